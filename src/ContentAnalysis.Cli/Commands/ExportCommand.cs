using System.CommandLine;
using ContentAnalysis.Core.Exchange;

namespace ContentAnalysis.Cli.Commands;

/// <summary><c>qcat export qdpx [--out PATH] [--coders …]</c>: the project as a REFI-QDA project for desktop QDA programs.</summary>
internal static class ExportCommand
{
    /// <summary>Creates the command with its subcommand.</summary>
    public static Command Create(CliContext context)
    {
        var coders = GlobalOptions.List("--coders", "Coders to export (default: every independent coder)");
        var output = new Option<string?>("--out", "-o") { Description = "The file to write (default: <codebook id>.qdpx in the current folder)" };
        var qdpx = new Command("qdpx", "The project (codebook, documents, coders, codings, memos) as a REFI-QDA .qdpx for ATLAS.ti, MAXQDA, NVivo or QualCoder") { coders, output };
        qdpx.SetAction(parseResult =>
        {
            var project = context.OpenProject(parseResult);
            var named = parseResult.GetValue(coders);
            var names = named is { Length: > 0 } ? project.Names.Coders(named) : project.Codings.IndependentCoders;
            var path = context.Resolve(parseResult.GetValue(output) ?? project.Codebook.Id + ".qdpx");
            var temporary = path + ".tmp";
            QdpxExport summary;
            try
            {
                using (var stream = File.Create(temporary))
                {
                    summary = ProjectExchange.Export(project, names, stream);
                }

                File.Move(temporary, path, overwrite: true);
            }
            finally
            {
                File.Delete(temporary);
            }

            context.Out.WriteLine($"wrote {CodebookCommand.Display(context, path)}: {summary.Documents} documents, {summary.Coders} coders, {summary.Selections} selections, {summary.Codings} codings");
            return ExitCodes.Success;
        });
        return new Command("export", "Export the project for other programs") { qdpx };
    }
}
