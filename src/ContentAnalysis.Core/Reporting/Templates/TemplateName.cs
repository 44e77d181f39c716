namespace ContentAnalysis.Core.Reporting;

/// <summary>Template names: <c>appendix</c> and <c>appendix.liquid</c> name the same file.</summary>
internal static class TemplateName
{
    /// <summary>The file extension of templates.</summary>
    public const string Extension = ".liquid";

    /// <summary>The name with its <c>.liquid</c> extension.</summary>
    public static string Normalise(string name) =>
        name.EndsWith(Extension, StringComparison.OrdinalIgnoreCase) ? name : name + Extension;
}
