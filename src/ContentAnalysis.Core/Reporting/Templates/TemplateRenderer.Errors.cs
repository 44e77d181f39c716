using ContentAnalysis.Core.Diagnostics;
using Fluid;
using Fluid.Parser;

namespace ContentAnalysis.Core.Reporting;

public sealed partial class TemplateRenderer
{
    // Fluid's Parse folds Parlot's located error into an exception's text; its grammar hands the error over whole,
    // so the position is taken from ParseError.Position, and only its message is shown.
    private static Diagnostic? Parse(string text, string source, out IFluidTemplate? template)
    {
        template = null;
        if (Parser.Grammar.TryParse(new FluidParseContext(text), out var statements, out var error) && error is null)
        {
            template = new FluidTemplate(statements);
            return null;
        }

        return error is null
            ? TemplateDiagnostics.SyntaxError(null, new SourceLocation(source, 1, 1))
            : TemplateDiagnostics.SyntaxError(error.Message, new SourceLocation(source, error.Position.Line, error.Position.Column));
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
            return new TemplateResult(null, source, [TemplateDiagnostics.RenderingFailed(e.Message, source)]);
        }
    }
}
