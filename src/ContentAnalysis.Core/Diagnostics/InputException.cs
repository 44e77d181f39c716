namespace ContentAnalysis.Core.Diagnostics;

/// <summary>
/// Thrown where a user's input makes it impossible to continue and collecting further problems
/// would be meaningless (for example a file that is not UTF-8). Carries the located diagnostics;
/// the CLI prints them and exits with code 2.
/// </summary>
public sealed class InputException : Exception
{
    /// <summary>Creates the exception from one or more diagnostics.</summary>
    public InputException(IReadOnlyList<Diagnostic> diagnostics)
        : base(diagnostics.Count > 0 ? diagnostics[0].ToString() : "invalid input")
    {
        Diagnostics = diagnostics;
    }

    /// <summary>Creates the exception from a single diagnostic.</summary>
    public InputException(Diagnostic diagnostic)
        : this([diagnostic])
    {
    }

    /// <summary>Creates the exception with a plain message (prefer the diagnostic overloads).</summary>
    public InputException(string message)
        : this(Diagnostic.Error("QCA9000", message))
    {
    }

    /// <summary>Creates the exception with a plain message and an inner exception.</summary>
    public InputException(string message, Exception innerException)
        : base(message, innerException)
    {
        Diagnostics = [Diagnostic.Error("QCA9000", message)];
    }

    /// <summary>Creates an exception without details (required by convention).</summary>
    public InputException()
        : this("invalid input")
    {
    }

    /// <summary>The problems found.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
