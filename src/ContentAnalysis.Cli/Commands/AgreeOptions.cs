using System.CommandLine;
using ContentAnalysis.Core.Agreement;

namespace ContentAnalysis.Cli.Commands;

/// <summary>The options of <c>qcat agree</c>.</summary>
internal sealed class AgreeOptions
{
    public Option<string?> Matrix { get; } = new("--matrix", "-m") { Description = "Standalone mode: a CSV with a header row of coder names, an optional first column 'unit', one row per unit (empty, NA or . = missing)" };

    public Option<LevelOfMeasurement?> Level { get; } = new("--level", "-l") { Description = "Level of measurement: nominal|ordinal|interval|ratio (default: nominal with --matrix; the dimension's kind in a project)" };

    public Option<bool> Transpose { get; } = new("--transpose") { Description = "With --matrix: coders in rows (first column the coder), units in columns" };

    public Option<string[]> Order { get; } = GlobalOptions.List("--order", "With --matrix: rank order of text labels for ordinal data, lowest first");

    public Option<string[]> Dimension { get; } = GlobalOptions.List("--dimension", "Only these dimensions (default: all)", "-d");

    public Option<string[]> Coders { get; } = GlobalOptions.List("--coders", "Only these coders (default: all with codings)");

    public Option<string?> Sample { get; } = new("--sample") { Description = "Only the units of this sample (data/samples/NAME.csv)" };

    public Option<string?> Codebook { get; } = new("--codebook") { Description = "Codebook file (default: qcat.yaml's, or the only one in codebooks/)" };

    public Option<bool> ByCategory { get; } = new("--by-category") { Description = "Also one row per category (present/absent) so unreliable categories show" };

    public Option<string[]> Coefficients { get; } = GlobalOptions.List("--coefficients", "Only these coefficients, snake_case names (see README)");

    public Option<int?> Bootstrap { get; } = new("--bootstrap", "-b") { Description = "Bootstrap resamples for alpha's 95% CI and q-values (default: 1000 in a project, 0 with --matrix)" };

    public Option<BootstrapMethod> BootstrapMethod { get; } = new("--bootstrap-method") { Description = "What the bootstrap resamples: pairs (of values, Hayes & Krippendorff 2007; default) or units (Zapf et al. 2016)", DefaultValueFactory = _ => Core.Agreement.BootstrapMethod.Pairs };

    public Option<long> Seed { get; } = new("--seed") { Description = "Bootstrap seed (same seed, same interval)", DefaultValueFactory = _ => KrippendorffBootstrapOptions.DefaultSeed };

    public Option<double> Significance { get; } = new("--significance") { Description = "Significance of the verdict: 'reliable' needs the bootstrap's q(alpha < .800) below it", DefaultValueFactory = _ => ReliabilityVerdict.DefaultSignificance };

    public Option<string[]> Compare { get; } = AgreeCommand.CompareOption();

    public Option<bool> Details { get; } = new("--details") { Description = "Also print pairwise coder agreement, alpha without each coder, prevalence and the disagreeing units" };

    public Option<OutputFormat> Format { get; } = GlobalOptions.Format(OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv, OutputFormat.Md);

    public void AddTo(Command command)
    {
        command.Add(Matrix);
        command.Add(Level);
        command.Add(Transpose);
        command.Add(Order);
        command.Add(Dimension);
        command.Add(Coders);
        command.Add(Sample);
        command.Add(Codebook);
        command.Add(ByCategory);
        command.Add(Coefficients);
        command.Add(Bootstrap);
        command.Add(BootstrapMethod);
        command.Add(Seed);
        command.Add(Significance);
        command.Add(Details);
        command.Add(Compare);
        command.Add(Format);
    }
}
