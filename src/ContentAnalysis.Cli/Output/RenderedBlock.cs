using Spectre.Console.Rendering;

namespace ContentAnalysis.Cli.Output;

/// <summary>A renderable that lays itself out only once it knows the width it is given.</summary>
/// <param name="render">Produces the segments for a width.</param>
internal sealed class RenderedBlock(Func<RenderOptions, int, IEnumerable<Segment>> render) : IRenderable
{
    /// <inheritdoc/>
    public Measurement Measure(RenderOptions options, int maxWidth) => new(maxWidth, maxWidth);

    /// <inheritdoc/>
    public IEnumerable<Segment> Render(RenderOptions options, int maxWidth) => render(options, maxWidth);

    /// <summary>Renders the items one under another, each ending its line; a null item is an empty line.</summary>
    public static IEnumerable<Segment> Stack(RenderOptions options, int width, IEnumerable<IRenderable?> items)
    {
        foreach (var item in items)
        {
            if (item is null)
            {
                yield return Segment.LineBreak;
                continue;
            }

            var last = (Segment?)null;
            foreach (var segment in item.Render(options, width))
            {
                last = segment;
                yield return segment;
            }

            if (last is null || !last.IsLineBreak)
            {
                yield return Segment.LineBreak;
            }
        }
    }
}
