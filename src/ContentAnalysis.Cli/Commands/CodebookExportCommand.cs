using System.CommandLine;
using ContentAnalysis.Core.Exchange;

namespace ContentAnalysis.Cli.Commands;

/// <summary><c>qcat codebook export --format qdc [--out PATH]</c>: the codebook as a REFI-QDA <c>.qdc</c> file.</summary>
internal static class CodebookExportCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var file = new Argument<string?>("file") { Arity = ArgumentArity.ZeroOrOne, Description = "Codebook path or name (default: the project's codebook)" };
        var format = GlobalOptions.Choice("--format", "Exchange format", [ExchangeFormat.Qdc], "-f");
        var output = new Option<string?>("--out", "-o") { Description = "The file to write (default: <codebook id>.qdc in the current folder)" };
        var command = new Command("export", "Export the codebook for ATLAS.ti, MAXQDA, NVivo or QualCoder (REFI-QDA .qdc)") { file, format, output };
        command.SetAction(parseResult =>
        {
            var codebook = context.OpenProject(parseResult, parseResult.GetValue(file)).Codebook;
            var path = context.Resolve(parseResult.GetValue(output) ?? codebook.Id + ".qdc");
            CodebookExchange.WriteQdc(codebook, path);
            context.Out.WriteLine($"wrote {CodebookCommand.Display(context, path)}");
            return ExitCodes.Success;
        });
        return command;
    }
}
