namespace ContentAnalysis.Core.Sampling;

/// <summary>Diagnostic codes of samples and coding sessions (QCA6xxx), kept in one place.</summary>
public static class SamplingDiagnostics
{
    /// <summary>The named sample does not exist.</summary>
    public const string UnknownSample = "QCA6001";

    /// <summary>The sample file's parameter line is missing or malformed.</summary>
    public const string BadParameters = "QCA6002";

    /// <summary>The sample file's table is malformed.</summary>
    public const string BadTable = "QCA6003";

    /// <summary>A sample names a unit the corpus does not have.</summary>
    public const string UnknownUnit = "QCA6004";

    /// <summary>A sample with that name exists already.</summary>
    public const string SampleExists = "QCA6005";

    /// <summary>The requested size is zero, negative, larger than the population or not a number.</summary>
    public const string BadSize = "QCA6006";

    /// <summary>The sample name is not allowed.</summary>
    public const string BadName = "QCA6007";

    /// <summary>A session option names an unknown dimension or document, or selects no units.</summary>
    public const string BadSessionOption = "QCA6008";

    /// <summary>A line of a keystroke script is not a key.</summary>
    public const string BadScript = "QCA6009";

    /// <summary>Coding needs an interactive terminal (or a script).</summary>
    public const string NotATerminal = "QCA6010";
}
