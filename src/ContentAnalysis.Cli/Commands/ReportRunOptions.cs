using System.CommandLine;
using ContentAnalysis.Core.Agreement;
using ContentAnalysis.Core.Projects;
using ContentAnalysis.Core.Reporting;

namespace ContentAnalysis.Cli.Commands;

/// <summary>The options <c>qcat report</c> and <c>qcat demo</c> share to build the report model once.</summary>
internal sealed class ReportRunOptions
{
    private ReportRunOptions(Option<string?> templates, Option<string?> sample, Option<int> bootstrap)
    {
        Templates = templates;
        Sample = sample;
        Bootstrap = bootstrap;
    }

    public Option<string?> Templates { get; }

    public Option<string?> Sample { get; }

    public Option<int> Bootstrap { get; }

    public static ReportRunOptions Create(bool withBootstrap = true) => new(
        new Option<string?>("--templates") { Description = "A folder of templates overriding the defaults (default: 'templates:' in qcat.yaml)" },
        new Option<string?>("--sample") { Description = $"Reliability sample (default: '{ReportModelBuilder.DefaultSample}' when it exists, else all units)" },
        new Option<int>("--bootstrap", "-b") { Description = "Bootstrap resamples for alpha's interval and q(alpha < .800)", DefaultValueFactory = _ => AgreementOptions.DefaultBootstrapResamples, Hidden = !withBootstrap });

    /// <summary>The templates folder: the option (relative to the working folder), else qcat.yaml's (relative to the project).</summary>
    public string? TemplatesDirectory(CliContext context, ParseResult parseResult, Project project) =>
        parseResult.GetValue(Templates) is { } typed ? context.Resolve(typed)
        : project.Settings.Templates is { } configured ? Path.GetFullPath(Path.Combine(project.Root, configured))
        : null;

    /// <summary>Builds the model (bootstrapping once, with a progress bar on a terminal) and a publisher for it.</summary>
    public ReportPublisher Publisher(CliContext context, ParseResult parseResult, Project project, CancellationToken cancellationToken, int? bootstrap = null)
    {
        var resamples = bootstrap ?? parseResult.GetValue(Bootstrap);
        AgreeCommand.CheckBootstrap(resamples);
        var options = new ReportOptions
        {
            Clock = context.Clock,
            SoftwareVersion = VersionAction.Version,
            Sample = parseResult.GetValue(Sample),
            BootstrapResamples = resamples,
        };
        var model = ProgressRunner.Run(context, "computing agreement", progress => ReportModelBuilder.Build(project, options, progress, cancellationToken));
        return new ReportPublisher(model, TemplatesDirectory(context, parseResult, project));
    }
}
