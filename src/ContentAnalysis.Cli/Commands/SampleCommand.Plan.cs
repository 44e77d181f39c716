using System.CommandLine;
using System.Globalization;
using ContentAnalysis.Cli.Output;
using ContentAnalysis.Core.Projects;
using ContentAnalysis.Core.Sampling;

namespace ContentAnalysis.Cli.Commands;

/// <summary><c>qcat sample plan</c>: the minimum reliability sample (Krippendorff 2004, §11.4.3), and <c>--size auto</c>.</summary>
internal static partial class SampleCommand
{
    private static readonly string[] PlanHeader = ["units", "alpha_min", "significance", "categories", "smallest_share", "basis"];

    /// <summary>True for <c>--size auto</c>.</summary>
    public static bool IsAuto(string size) => string.Equals(size.Trim(), "auto", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The size <c>--size auto</c> stands for: the plan at α_min .800 and significance .05 for the codebook dimension
    /// with the most categories (equally likely), printed so the user sees where the number came from.
    /// </summary>
    public static string AutoSize(CliContext context, Project project)
    {
        var plan = ReliabilitySamplePlan.Compute(ReliabilitySamplePlan.DefaultAlphaMin, ReliabilitySamplePlan.DefaultSignificance, CodebookCategories(project));
        context.Out.WriteLine(Invariant($"--size auto: {plan.Units} units for alpha ≥ {plan.AlphaMin:0.000} at significance {plan.Significance:0.###} with {plan.Categories} categories ({ReliabilitySamplePlan.Basis})"));
        return Invariant(plan.Units);
    }

    private static Command CreatePlan(CliContext context)
    {
        var alphaMin = new Option<double>("--alpha-min") { Description = "The smallest acceptable alpha", DefaultValueFactory = _ => ReliabilitySamplePlan.DefaultAlphaMin };
        var significance = new Option<double>("--significance") { Description = "The significance level (one-tailed)", DefaultValueFactory = _ => ReliabilitySamplePlan.DefaultSignificance };
        var categories = new Option<int?>("--categories") { Description = "K, the number of categories (default: the most of any codebook dimension)" };
        var smallest = new Option<double?>("--smallest-share") { Description = "Expected share of the least frequent category (default: 1/K)" };
        var format = GlobalOptions.Format(OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv, OutputFormat.Md);
        var command = new Command("plan", "The minimum number of units a reliability sample needs (Krippendorff 2004, §11.4.3)")
        {
            alphaMin, significance, categories, smallest, format,
        };
        command.SetAction(parseResult =>
        {
            var k = parseResult.GetValue(categories) ?? CodebookCategories(context.OpenProject(parseResult));
            var plan = ReliabilitySamplePlan.Compute(parseResult.GetValue(alphaMin), parseResult.GetValue(significance), k, parseResult.GetValue(smallest));
            string[] row =
            [
                Invariant(plan.Units), Invariant($"{plan.AlphaMin:0.000}"), Invariant($"{plan.Significance:0.###}"),
                Invariant(plan.Categories), Invariant($"{plan.SmallestShare:0.000}"), ReliabilitySamplePlan.Basis,
            ];
            TablePrinter.Print(context, parseResult.GetValue(format), PlanHeader, [row]);
            return ExitCodes.Success;
        });
        return command;
    }

    // The most demanding dimension: the one with the most categories (0 when the codebook has none; the plan then refuses).
    private static int CodebookCategories(Project project) =>
        project.Codebook.Dimensions.Where(d => d.IsCategorical).Select(d => d.AllCategories().Count()).DefaultIfEmpty(0).Max();

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
