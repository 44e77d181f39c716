using System.Text.RegularExpressions;
using ContentAnalysis.Core.Diagnostics;
using Fluid;

namespace ContentAnalysis.Core.Reporting;

public sealed partial class TemplateRenderer
{
    // Fluid (Parlot) reports "'{% endif %}' was expected at (4:14)", then the source line.
    private static Diagnostic? Parse(string text, string source, out IFluidTemplate? template)
    {
        if (Parser.TryParse(text, out template, out var error))
        {
            return null;
        }

        var firstLine = error.Split('\n')[0].Trim();
        var match = ParsePosition().Match(firstLine);
        return match.Success
            ? Diagnostic.Error(TemplateDiagnostics.Syntax, match.Groups[1].Value, source,
                int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(match.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture))
            : Diagnostic.Error(TemplateDiagnostics.Syntax, firstLine, source);
    }

    // Unknown names were found by the checker; what is left is a failure inside a filter or tag.
    private TemplateResult RenderChecked(IFluidTemplate template, object model, string source)
    {
        var context = new TemplateContext(model, _options);
        try
        {
            return new TemplateResult(template.Render(context, NullEncoder.Default), source, []);
        }
        catch (Exception e) when (e is FluidException or InvalidOperationException or FormatException or OverflowException)
        {
            return new TemplateResult(null, source, [Diagnostic.Error(TemplateDiagnostics.RenderFailed, e.Message, source)]);
        }
    }

    [GeneratedRegex(@"^(.*) at \((\d+):(\d+)\)$")]
    private static partial Regex ParsePosition();
}
