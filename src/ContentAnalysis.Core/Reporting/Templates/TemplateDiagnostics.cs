namespace ContentAnalysis.Core.Reporting;

/// <summary>Diagnostic codes of report templates (QCA50xx), kept in one place.</summary>
public static class TemplateDiagnostics
{
    /// <summary>A template is not valid Liquid (an unclosed tag, a missing <c>endfor</c>, a stray character).</summary>
    public const string Syntax = "QCA5001";

    /// <summary>A template names a variable or member the report model does not have.</summary>
    public const string UnknownVariable = "QCA5002";

    /// <summary>A template uses a filter that does not exist.</summary>
    public const string UnknownFilter = "QCA5003";

    /// <summary>Rendering a template failed (for example a filter given an argument of the wrong kind).</summary>
    public const string RenderFailed = "QCA5004";

    /// <summary>Writing the default templates would overwrite a file that exists.</summary>
    public const string TemplateExists = "QCA5005";

    /// <summary>No template of that name exists, neither in the templates folder nor among the defaults.</summary>
    public const string UnknownTemplate = "QCA5006";
}
