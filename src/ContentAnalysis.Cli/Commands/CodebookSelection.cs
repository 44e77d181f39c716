using ContentAnalysis.Core.Codebooks;

namespace ContentAnalysis.Cli.Commands;

/// <summary>What <c>qcat codebook show</c> prints: the whole codebook, one dimension, or one category.</summary>
internal sealed record CodebookSelection(Dimension? Dimension, Category? Category)
{
    /// <summary>The dimensions to print.</summary>
    public IReadOnlyList<Dimension> Dimensions(Codebook codebook) =>
        Dimension is null ? codebook.Dimensions : [Dimension];

    /// <summary>The codebook cut down to the selection (the content hash stays the full codebook's).</summary>
    public Codebook Narrowed(Codebook codebook) => (Dimension, Category) switch
    {
        (null, _) => codebook,
        (var d, null) => codebook with { Dimensions = [d] },
        (var d, var c) => codebook with { Dimensions = [d with { Categories = [c], Levels = [] }] },
    };
}
