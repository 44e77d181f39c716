using Spectre.Console;
using Spectre.Console.Rendering;

namespace ContentAnalysis.Cli.Output;

/// <summary>A section heading: a rule with the title in it, or, when the title is too long for that, the title wrapped above a plain rule.</summary>
internal static class HeadingRule
{
    // Spectre's rule needs room for the line on both sides of its title, else it cuts the title to "…".
    private const int RuleMargin = 8;

    /// <summary>A heading for Spectre <paramref name="markup"/> that never cuts the title.</summary>
    public static IRenderable Create(string markup) => new RenderedBlock((options, width) =>
        CellWidth.Of(Markup.Remove(markup)) + RuleMargin <= width
            ? ((IRenderable)new Rule(markup).LeftJustified()).Render(options, width)
            : RenderedBlock.Stack(options, width, [new Markup(markup), new Rule()]));
}
