using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.Naming;

namespace ContentAnalysis.Core.Reporting;

/// <summary>The catalogue of report templates (QCA50xx): each code with the messages raised under it, worded once here.</summary>
public static class TemplateDiagnostics
{
    /// <summary>A template is not valid Liquid (an unclosed tag, a missing <c>endfor</c>, a stray character).</summary>
    public const string Syntax = "QCA5001";

    /// <summary>
    /// The Liquid parser's refusal, located by the parser's position; its text (e.g. <c>'{% endif %}' was expected</c>)
    /// is shown as it is, or a sentence of ours when the parser stopped without one.
    /// </summary>
    internal static Diagnostic SyntaxError(string? parserMessage, SourceLocation at) =>
        parserMessage is null
            ? at.Error(Syntax, "the template is not valid Liquid", "check that every '{%' and '{{' is closed and every block tag has its end tag")
            : at.Error(Syntax, parserMessage);

    /// <summary>A template names a variable or member the report model does not have.</summary>
    public const string UnknownVariable = "QCA5002";

    /// <summary>A variable the template's scope does not have.</summary>
    internal static Diagnostic VariableUnknown(string name, IReadOnlyCollection<string> known, SourceLocation at) =>
        at.Error(UnknownVariable, $"unknown variable '{name}'", Known(name, known));

    /// <summary>A member the value at <paramref name="path"/> does not have.</summary>
    internal static Diagnostic MemberUnknown(string member, string path, IReadOnlyCollection<string> known, SourceLocation at) =>
        at.Error(UnknownVariable, $"unknown member '{member}' in '{path}.{member}'", Known(member, known));

    /// <summary>A template uses a filter that does not exist.</summary>
    public const string UnknownFilter = "QCA5003";

    /// <summary>A filter that is neither Liquid's nor ours.</summary>
    internal static Diagnostic FilterUnknown(string filter, IReadOnlyCollection<string> known, SourceLocation at) =>
        at.Error(UnknownFilter, $"unknown filter '{filter}'", Known(filter, known));

    /// <summary>Rendering a template failed (for example a filter given an argument of the wrong kind).</summary>
    public const string RenderFailed = "QCA5004";

    /// <summary>A filter or tag that failed while rendering (the engine's text, for display).</summary>
    internal static Diagnostic RenderingFailed(string engineMessage, string source) =>
        Diagnostic.Error(RenderFailed, engineMessage, source);

    /// <summary>A template that shows a figure the report model does not draw.</summary>
    internal static Diagnostic FigureNotDrawn(string figure, IEnumerable<string> known, string source) =>
        Diagnostic.Error(RenderFailed, $"The report names figure '{figure}', which it was not given.", source, hint: "figures: " + string.Join(", ", known.Order(StringComparer.Ordinal)));

    /// <summary>Writing the default templates would overwrite a file that exists.</summary>
    public const string TemplateExists = "QCA5005";

    /// <summary>A default template's file exists already.</summary>
    internal static Diagnostic TemplateFileExists(string path) =>
        Diagnostic.Error(TemplateExists, $"template '{Path.GetFileName(path)}' exists already", path, hint: "edit it, move it away, or use --force to overwrite it with the default");

    /// <summary>No template of that name exists, neither in the templates folder nor among the defaults.</summary>
    public const string UnknownTemplate = "QCA5006";

    /// <summary>A template name neither the folder nor the defaults have; <paramref name="folder"/> is the templates folder.</summary>
    internal static Diagnostic TemplateNotFound(string name, string file, IReadOnlyCollection<string> known, string? folder) =>
        Diagnostic.Error(UnknownTemplate, $"no template '{file}'", folder, hint: EditDistance.DidYouMean(name, known) ?? "templates: " + string.Join(", ", known));

    private static string? Known(string word, IReadOnlyCollection<string> candidates) =>
        EditDistance.DidYouMean(word, candidates)
        ?? (candidates.Count is > 0 and <= 12 ? "known: " + string.Join(", ", candidates.Order(StringComparer.Ordinal)) : null);
}
