using System.CommandLine;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.Projects;

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
            var project = context.OpenProject(parseResult, parseResult.GetValue(file));
            Codebook codebook;
            try
            {
                codebook = project.Codebook;
            }
            catch (InputException e) when (e.Diagnostics.Any(d => d.Line > 0))
            {
                var display = project.Relative(project.CodebookPath);
                context.Report(e.Diagnostics);
                context.Fail(CliMessages.CodebookHasErrors(display));
                return ExitCodes.InvalidInput;
            }

            context.Report(project.CodebookWarnings);
            var selection = Select(project, parseResult.GetValue(dimensionOption), parseResult.GetValue(categoryOption));
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
    private static CodebookSelection Select(Project project, string? dimensionId, string? categoryId)
    {
        var dimension = dimensionId is null ? null : project.Names.Dimension(dimensionId);
        if (categoryId is null)
        {
            return new CodebookSelection(dimension, null);
        }

        var (owner, category) = project.Names.Category(categoryId, dimension);
        return new CodebookSelection(owner, category);
    }
}
