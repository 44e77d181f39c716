using System.CommandLine;
using ContentAnalysis.Core.Reporting;

namespace ContentAnalysis.Cli.Commands;

/// <summary>
/// <c>qcat report NAME</c>: renders a report (appendix, codebook, reliability, findings) from its template in Markdown,
/// HTML or Word; <c>--check</c> lists what the author still has to supply; <c>qcat report templates</c> writes the defaults.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var name = new Argument<string>("NAME") { Description = "The report: " + string.Join(", ", ReportPublisher.Reports) + " (or a template of your own in --templates)" };
        var format = GlobalOptions.Choice("--format", "File format", [ReportFileFormat.Md, ReportFileFormat.Html, ReportFileFormat.Docx], "-f");
        var output = new Option<string?>("--out", "-o") { Description = "The file to write (default: reports/out/NAME.md|html|docx in the project)" };
        var check = new Option<bool>("--check") { Description = "Write nothing; list every item the author still has to supply (exit code 2 when any is missing)" };
        var options = ReportRunOptions.Create();
        var command = new Command("report", "Render a report from the project's data: the methods appendix, codebook, reliability diagnostics or findings")
        {
            name, format, output, check, options.Templates, options.Sample, options.Bootstrap,
        };
        command.Add(TemplatesCommand(context));
        command.SetAction((parseResult, cancellationToken) =>
        {
            var project = context.OpenProject(parseResult);
            var publisher = options.Publisher(context, parseResult, project, cancellationToken);
            var report = parseResult.GetValue(name)!;
            var (document, diagnostics) = publisher.Render(report, cancellationToken);
            if (context.Report(diagnostics) || document is null)
            {
                return Task.FromResult(ExitCodes.InvalidInput);
            }

            if (parseResult.GetValue(check))
            {
                return Task.FromResult(Check(context, report, document));
            }

            var kind = ToOutput(parseResult.GetValue(format));
            var path = parseResult.GetValue(output) is { } typed
                ? context.Resolve(typed)
                : Path.Combine(project.Root, "reports", "out", report + ReportPublisher.Extension(kind));
            ReportPublisher.Write(document, kind, path);
            context.Out.WriteLine(project.Relative(path));
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    /// <summary>Maps the typed format to Core's.</summary>
    public static ReportOutputFormat ToOutput(ReportFileFormat format) => format switch
    {
        ReportFileFormat.Html => ReportOutputFormat.Html,
        ReportFileFormat.Docx => ReportOutputFormat.Word,
        _ => ReportOutputFormat.Markdown,
    };

    // Exit code 2 when anything is missing, so a script (or CI) can refuse to submit an incomplete appendix.
    private static int Check(CliContext context, string report, ReportDocument document)
    {
        var markers = document.AuthorMarkers();
        if (markers.Count == 0)
        {
            context.Out.WriteLine($"{report}: complete, nothing left for the author");
            return ExitCodes.Success;
        }

        context.Out.WriteLine($"{report}: {markers.Count} item(s) to be completed by the author:");
        foreach (var marker in markers)
        {
            context.Out.WriteLine("  - " + marker.What);
        }

        return ExitCodes.InvalidInput;
    }

    private static Command TemplatesCommand(CliContext context)
    {
        var output = new Option<string>("--out", "-o") { Description = "The folder to write the default templates into", Required = true };
        var force = new Option<bool>("--force") { Description = "Overwrite templates that exist in the folder" };
        var command = new Command("templates", "Write the default report templates into a folder for editing (use it with --templates DIR or 'templates:' in qcat.yaml)") { output, force };
        command.SetAction(parseResult =>
        {
            var (written, diagnostics) = TemplateCatalog.Reports.WriteDefaults(context.Resolve(parseResult.GetValue(output)!), parseResult.GetValue(force));
            if (context.Report(diagnostics))
            {
                return ExitCodes.InvalidInput;
            }

            foreach (var path in written)
            {
                context.Out.WriteLine(Path.GetRelativePath(context.WorkingDirectory, path).Replace('\\', '/'));
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
