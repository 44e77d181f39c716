using System.CommandLine;
using ContentAnalysis.Core.Exchange;

namespace ContentAnalysis.Cli.Commands;

/// <summary><c>qcat codebook import FILE.qdc [--out codebooks/NAME.yaml]</c>: a REFI-QDA codebook as a qcat codebook.</summary>
internal static class CodebookImportCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "The .qdc file" };
        var output = new Option<string?>("--out", "-o") { Description = "The codebook file to write (default: codebooks/<codebook id>.yaml in the project); never overwritten" };
        var command = new Command("import", "Import a REFI-QDA codebook (.qdc) as a YAML codebook") { file, output };
        command.SetAction(parseResult =>
        {
            var layout = context.Layout(parseResult);
            var source = context.Resolve(parseResult.GetValue(file)!);
            var imported = CodebookExchange.ImportQdc(source, CodebookCommand.Display(context, source));
            var target = parseResult.GetValue(output) is { } given
                ? context.Resolve(given)
                : Path.Combine(layout.CodebooksDirectory, imported.Codebook.Id + ".yaml");
            var display = CodebookCommand.Display(context, target);
            CodebookExchange.Save(imported, target, display);
            var dimensions = imported.Codebook.Dimensions.Count;
            context.Out.WriteLine($"wrote {display}: {imported.Codes} codes as {dimensions} dimension{(dimensions == 1 ? string.Empty : "s")} (id '{imported.Codebook.Id}')");
            return ExitCodes.Success;
        });
        return command;
    }
}
