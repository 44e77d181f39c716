using System.CommandLine;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Coding;
using ContentAnalysis.Core.Corpus;
using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Cli.Commands;

/// <summary><c>qcat codings export</c>: folded codings as long, wide or matrix CSV.</summary>
internal static class CodingsExportCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var coder = new Option<string[]>("--coder") { Description = "Coder(s) to export (default: all)", AllowMultipleArgumentsPerToken = true };
        var format = new Option<string>("--format", "-f") { Description = "long|wide|matrix", DefaultValueFactory = _ => "long" };
        OptionValues.OneOf(format, "long", "wide", "matrix");
        var dimension = new Option<string?>("--dimension") { Description = "The dimension (required for matrix)" };
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output" };
        var command = new Command("export", "Export the current codings (last write wins) as CSV") { coder, format, dimension, output };
        command.SetAction(parseResult =>
        {
            var layout = context.Layout(parseResult);
            var store = CodingStore.Open(layout);
            var known = store.Coders;
            var names = parseResult.GetValue(coder) is { Length: > 0 } given ? given : [.. known];
            foreach (var name in names.Where(n => !known.Contains(n)))
            {
                throw new InputException(Diagnostic.Error(CodingDiagnostics.BadRequest, $"no journal for coder '{name}'", hint: known.Count == 0 ? "no codings yet" : "coders: " + string.Join(", ", known)));
            }

            var coders = names.Select(n => store.Load(n)).ToList();
            context.Report(coders.SelectMany(c => c.Diagnostics));
            var kind = parseResult.GetValue(format) switch
            {
                "wide" => CodingsFileFormat.Wide,
                "matrix" => CodingsFileFormat.Matrix,
                _ => CodingsFileFormat.Long,
            };
            var codebookDimensions = TryDimensions(layout);
            using var buffer = new MemoryStream();
            CodingsExporter.Write(
                buffer,
                coders,
                kind,
                parseResult.GetValue(dimension),
                codebookDimensions?.Select(d => d.Id).ToList(),
                CorpusStore.Open(layout),
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

    // The codebook only orders the wide columns, so exporting works without one.
    private static IReadOnlyList<Dimension>? TryDimensions(Core.ProjectLayout layout)
    {
        try
        {
            var result = CodebookLoader.LoadFile(CodebookLocator.Resolve(layout, null));
            return result.Codebook?.Dimensions;
        }
        catch (Exception e) when (e is InputException or NotImplementedException or IOException)
        {
            return null;
        }
    }
}
