using System.CommandLine;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.Naming;

namespace ContentAnalysis.Cli.Commands;

/// <summary><c>qcat codebook show [FILE]</c>: prints a codebook, a dimension or one category.</summary>
internal static class CodebookShowCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var file = new Argument<string?>("file")
        {
            Arity = ArgumentArity.ZeroOrOne,
            Description = "Codebook path or name (default: 'codebook:' in qcat.yaml, else the only file in codebooks/)",
        };
        var dimensionOption = new Option<string?>("--dimension", "-d") { Description = "Show only this dimension" };
        var categoryOption = new Option<string?>("--category", "-c") { Description = "Show this category in full (definition, rules, examples, indicators)" };
        var format = GlobalOptions.Format(OutputFormat.Table, OutputFormat.Md, OutputFormat.Json);
        var command = new Command("show", "Display a codebook as tables, Markdown or JSON") { file, dimensionOption, categoryOption, format };
        command.SetAction(parseResult =>
        {
            var path = CodebookLocator.Resolve(context.Layout(parseResult), parseResult.GetValue(file));
            var display = CodebookCommand.Display(context, path);
            var result = CodebookLoader.LoadFile(path, display);
            context.Report(result.Diagnostics);
            if (result.Codebook is not { } codebook)
            {
                context.Fail($"{display}: the codebook has errors; run 'qcat codebook validate {display}'");
                return ExitCodes.InvalidInput;
            }

            var selection = Select(codebook, parseResult.GetValue(dimensionOption), parseResult.GetValue(categoryOption));
            switch (parseResult.GetValue(format))
            {
                case OutputFormat.Json:
                    context.Out.Write(CodebookJsonWriter.Write(selection.Narrowed(codebook)));
                    break;
                case OutputFormat.Md:
                    context.Out.Write(CodebookMarkdownWriter.Write(selection.Narrowed(codebook)));
                    break;
                default:
                    CodebookTableRenderer.Render(context.Console, codebook, selection);
                    break;
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <exception cref="InputException">The dimension or category does not exist, or the category id is ambiguous.</exception>
    private static CodebookSelection Select(Codebook codebook, string? dimensionId, string? categoryId)
    {
        Dimension? dimension = null;
        if (dimensionId is not null)
        {
            dimension = codebook.FindDimension(dimensionId)
                ?? throw Unknown("dimension", dimensionId, codebook, codebook.Dimensions.Select(d => d.Id));
        }

        if (categoryId is null)
        {
            return new CodebookSelection(dimension, null);
        }

        var scope = dimension is null ? codebook.Dimensions : [dimension];
        var matches = scope.SelectMany(d => d.AllCategories().Select(c => (Dimension: d, Category: c)))
            .Where(m => string.Equals(m.Category.Id, categoryId, StringComparison.Ordinal))
            .ToList();
        return matches.Count switch
        {
            1 => new CodebookSelection(matches[0].Dimension, matches[0].Category),
            0 when dimension is not null && codebook.Dimensions.FirstOrDefault(d => d.FindCategory(categoryId) is not null) is { } other => throw new InputException(Diagnostic.Error(
                CodebookDiagnosticCodes.UnknownSelection,
                $"category '{categoryId}' is in dimension '{other.Id}', not '{dimension.Id}'",
                hint: $"use --dimension {other.Id}, or leave --dimension out")),
            0 when dimension is { IsCategorical: false } => throw new InputException(Diagnostic.Error(
                CodebookDiagnosticCodes.UnknownSelection,
                $"dimension '{dimension.Id}' is an {dimension.Kind.ToString().ToLowerInvariant()} scale with levels, not categories",
                hint: $"use 'qcat codebook show --dimension {dimension.Id}' to see its levels")),
            0 => throw Unknown("category", categoryId, codebook, scope.SelectMany(d => d.AllCategories()).Select(c => c.Id)),
            _ => throw new InputException(Diagnostic.Error(
                CodebookDiagnosticCodes.UnknownSelection,
                $"category '{categoryId}' exists in dimensions {string.Join(", ", matches.Select(m => m.Dimension.Id))}",
                hint: "choose one with --dimension")),
        };
    }

    private static InputException Unknown(string what, string id, Codebook codebook, IEnumerable<string> known)
    {
        var ids = known.ToList();
        var hint = EditDistance.DidYouMean(id, ids) ?? $"{what} ids: {string.Join(", ", ids)}";
        return new InputException(Diagnostic.Error(CodebookDiagnosticCodes.UnknownSelection, $"unknown {what} '{id}' in codebook '{codebook.Id}'", hint: hint));
    }
}
