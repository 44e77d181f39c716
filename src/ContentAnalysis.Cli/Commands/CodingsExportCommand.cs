using System.CommandLine;
using ContentAnalysis.Core.Coding;

namespace ContentAnalysis.Cli.Commands;

/// <summary><c>qcat codings export</c>: folded codings as long, wide or matrix CSV.</summary>
internal static class CodingsExportCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var coder = GlobalOptions.List("--coder", "Coder(s) to export (default: all)");
        var format = GlobalOptions.Choice("--format", "Table shape", [CodingsFileFormat.Long, CodingsFileFormat.Wide, CodingsFileFormat.Matrix], "-f");
        var dimension = new Option<string?>("--dimension", "-d") { Description = "The dimension (required for matrix)" };
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output" };
        var codebook = CodingsCommand.CodebookOption();
        var command = new Command("export", "Export the current codings (last write wins) as CSV") { coder, format, dimension, output, codebook };
        command.SetAction(parseResult =>
        {
            var project = context.OpenProject(parseResult, parseResult.GetValue(codebook));
            var kind = parseResult.GetValue(format);
            var named = parseResult.GetValue(coder);

            // A reliability matrix of "all coders" has the independent coders only, as 'qcat agree' computes it.
            var names = kind == CodingsFileFormat.Matrix && named is not { Length: > 0 } ? project.Codings.IndependentCoders : project.Names.Coders(named);

            // The codebook only orders the wide columns, so a project without one still exports; a broken one is refused.
            var codebookDimensions = project.OptionalCodebook?.Dimensions;
            var coders = names.Select(n => project.Codings.Load(n)).ToList();
            context.Report(coders.SelectMany(c => c.Diagnostics));
            if (parseResult.GetValue(dimension) is { } requested)
            {
                project.Names.CodedDimension(requested, coders);
            }

            using var buffer = new MemoryStream();
            CodingsExporter.Write(
                buffer,
                coders,
                kind,
                parseResult.GetValue(dimension),
                codebookDimensions?.Select(d => d.Id).ToList(),
                project.Corpus,
                codebookDimensions?.Where(d => !d.IsCategorical).Select(d => d.Id).ToHashSet(StringComparer.Ordinal));
            if (parseResult.GetValue(output) is { } path)
            {
                File.WriteAllBytes(context.Resolve(path), buffer.ToArray());
            }
            else
            {
                context.Out.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
