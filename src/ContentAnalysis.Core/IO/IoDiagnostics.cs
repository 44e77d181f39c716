namespace ContentAnalysis.Core.IO;

/// <summary>Diagnostic codes for reading and writing project files, whatever the area (codes kept from the corpus range).</summary>
internal static class IoDiagnostics
{
    /// <summary>A text file is not valid UTF-8.</summary>
    public const string NotUtf8 = "QCA2001";
}
