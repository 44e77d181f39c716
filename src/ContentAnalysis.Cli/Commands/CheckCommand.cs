using System.CommandLine;
using System.Globalization;
using ContentAnalysis.Cli.Output;
using ContentAnalysis.Core.Coding;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.Reporting;

namespace ContentAnalysis.Cli.Commands;

/// <summary><c>qcat check</c>: cross-checks corpus, codings and codebook.</summary>
internal static class CheckCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var format = GlobalOptions.Format(OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv, OutputFormat.Md);
        var codebook = CodingsCommand.CodebookOption();
        var command = new Command("check", "Check that codings point to existing units, dimensions and categories, and that coded units are unchanged") { format, codebook };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var project = context.OpenProject(parseResult, parseResult.GetValue(codebook));
            var layout = project.Layout;
            var findings = new List<Diagnostic>();
            var book = project.OptionalCodebook;
            if (book is null)
            {
                findings.Add(CliMessages.ChecksWithoutCodebook());
            }

            var report = IntegrityCheck.Run(layout, book, cancellationToken);
            findings.AddRange(report.Findings);
            var (errors, warnings) = DiagnosticBag.Tally(findings);
            var summary = $"checked {report.Documents} document(s), {report.Units} unit(s), {report.Codings} coding(s) by {report.Coders} coder(s): {errors} error(s), {warnings} warning(s)";
            var chosen = parseResult.GetValue(format);
            if (chosen is OutputFormat.Csv or OutputFormat.Md)
            {
                // The same fields as the JSON findings; CSV stays a plain table, Markdown gets the summary below it.
                var rows = findings.Select(f => new[] { f.Code, f.IsError ? "error" : "warning", f.Message, f.File ?? string.Empty, f.Line > 0 ? f.Line.ToString(CultureInfo.InvariantCulture) : string.Empty, f.Hint ?? string.Empty }).ToList();
                TablePrinter.Print(context, chosen, ["code", "severity", "message", "file", "line", "hint"], rows);
                if (chosen == OutputFormat.Md)
                {
                    context.Out.WriteLine();
                    context.Out.WriteLine(summary);
                }
            }
            else if (chosen == OutputFormat.Json)
            {
                context.Out.Write(DataJsonWriter.Check(report, findings));
            }
            else
            {
                foreach (var finding in findings)
                {
                    context.Out.WriteLine(finding.ToString());
                }

                context.Out.WriteLine(summary);
            }

            return Task.FromResult(errors > 0 ? ExitCodes.InvalidInput : ExitCodes.Success);
        });
        return command;
    }
}
