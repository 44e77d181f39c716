using ContentAnalysis.Core.Agreement;
using ContentAnalysis.Core.Projects;
using ContentAnalysis.Core.Reporting;

namespace ContentAnalysis.Cli.Commands;

/// <summary>The demo's last step: every report in every format, from one report model (bootstrapped once).</summary>
internal static class DemoReports
{
    private static readonly ReportOutputFormat[] Formats = [ReportOutputFormat.Markdown, ReportOutputFormat.Html, ReportOutputFormat.Word];

    /// <summary>Writes every report into <paramref name="folder"/>; returns the paths written, report by report.</summary>
    public static IReadOnlyList<string> Write(CliContext context, Project project, string folder, string? sample, AgreementOptions options, CancellationToken cancellationToken)
    {
        var reportOptions = new ReportOptions
        {
            Clock = context.Clock,
            SoftwareVersion = VersionAction.Version,
            Sample = sample ?? NameResolver.AllUnits,
            BootstrapResamples = options.BootstrapResamples,
            Significance = options.Significance,
        };
        var model = ProgressRunner.Run(context, "preparing reports", progress => ReportModelBuilder.Build(project, reportOptions, progress, cancellationToken));
        var templates = project.Settings.Templates is { } configured ? Path.GetFullPath(Path.Combine(project.Root, configured)) : null;
        var publisher = new ReportPublisher(model, templates);
        var written = new List<string>();
        foreach (var report in ReportPublisher.Reports)
        {
            var (document, diagnostics) = publisher.Render(report, cancellationToken);
            if (context.Report(diagnostics) || document is null)
            {
                continue;
            }

            foreach (var format in Formats)
            {
                var path = Path.Combine(folder, report + ReportPublisher.Extension(format));
                ReportPublisher.Write(document, format, path);
                written.Add(path);
            }
        }

        return written;
    }
}
