namespace ContentAnalysis.Cli;

/// <summary>Process exit codes, documented in the README.</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Success = 0;

    /// <summary>The command line was wrong (unknown option, missing argument).</summary>
    public const int Usage = 1;

    /// <summary>The input is invalid or a check failed.</summary>
    public const int InvalidInput = 2;

    /// <summary>Interrupted by the user (Ctrl+C).</summary>
    public const int Cancelled = 130;

    /// <summary>An unexpected internal error (a bug).</summary>
    public const int Internal = 70;
}
