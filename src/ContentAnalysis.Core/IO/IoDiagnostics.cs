namespace ContentAnalysis.Core.IO;

/// <summary>Diagnostic codes for reading and writing project files, whatever the area (codes kept from the corpus range).</summary>
internal static class IoDiagnostics
{
    /// <summary>A text file is not valid UTF-8 (also: UTF-16 or binary).</summary>
    public const string NotUtf8 = "QCA2001";

    /// <summary>Another writer held the project lock for the whole wait.</summary>
    public const string ProjectLocked = "QCA2012";
}
