using System.Globalization;
using Fluid;
using Fluid.Values;

namespace ContentAnalysis.Core.Reporting;

/// <summary>The report filters: <c>apa</c>, <c>ci</c>, <c>pvalue</c>, <c>thousands</c>, <c>plural</c>, <c>percent</c>, <c>md</c>, <c>author_or</c>.</summary>
internal static class TemplateFilters
{
    /// <summary>The names of the filters added here.</summary>
    public static readonly IReadOnlyList<string> Names = ["apa", "ci", "pvalue", "thousands", "plural", "percent", "md", "author_or"];

    /// <summary>Adds the report filters to a filter collection.</summary>
    public static void Register(FilterCollection filters)
    {
        filters.AddFilter("apa", (input, args, _) => Text(ReportFormat.Apa(Number(input), Decimals(args, 0))));
        filters.AddFilter("ci", (input, args, _) => Text(ReportFormat.Interval(Number(input), Number(args.At(0)), Decimals(args, 1))));
        filters.AddFilter("pvalue", (input, _, _) => Text(ReportFormat.PValue(Number(input))));
        filters.AddFilter("thousands", (input, _, _) => Text(ReportFormat.Thousands(Number(input))));
        filters.AddFilter("percent", (input, _, _) => Text(ReportFormat.Percent(Number(input))));
        filters.AddFilter("plural", Plural);
        filters.AddFilter("md", (input, _, _) => Text(MarkdownEscape.Text(input.ToStringValue())));
        filters.AddFilter("author_or", AuthorOr);
    }

    private static ValueTask<FluidValue> Plural(FluidValue input, FilterArguments args, TemplateContext context)
    {
        if (args.Count < 2)
        {
            throw new FluidException("plural needs two words: {{ n | plural: \"unit\", \"units\" }}");
        }

        var count = Number(input) ?? 0;
        return Text(ReportFormat.Plural(count, args.At(0).ToStringValue(), args.At(1).ToStringValue()));
    }

    private static ValueTask<FluidValue> AuthorOr(FluidValue input, FilterArguments args, TemplateContext context)
    {
        if (!input.IsNil() && input.ToStringValue().Length > 0)
        {
            return Text(MarkdownEscape.Text(input.ToStringValue()));
        }

        var what = args.Count > 0 ? args.At(0).ToStringValue() : "missing fact";
        return Text(ReportFormat.AuthorMarker(what));
    }

    private static double? Number(FluidValue value)
    {
        if (value.IsNil())
        {
            return null;
        }

        if (value.Type == FluidValues.Number)
        {
            return (double)value.ToNumberValue();
        }

        var raw = value.ToObjectValue();
        if (raw is double d)
        {
            return d;
        }

        return double.TryParse(value.ToStringValue(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
    }

    private static int Decimals(FilterArguments args, int index)
    {
        if (args.Count <= index)
        {
            return 3;
        }

        var decimals = (int)args.At(index).ToNumberValue();
        return Math.Clamp(decimals, 0, 6);
    }

    // Formatted numbers are the template's own output, not user text: they are not escaped again.
    private static ValueTask<FluidValue> Text(string text) => new(new StringValue(text, false));
}
