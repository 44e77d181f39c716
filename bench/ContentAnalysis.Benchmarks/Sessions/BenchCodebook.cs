using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Sessions;

namespace ContentAnalysis.Benchmarks.Sessions;

/// <summary>Four multi-valued dimensions of four categories, and generated units of 40 words.</summary>
internal static class BenchCodebook
{
    public static IReadOnlyList<Dimension> Dimensions { get; } =
    [
        .. Enumerable.Range(1, 4).Select(d => new Dimension(
            $"dim{d}", $"Dimension {d}", "Which apply?", DimensionKind.Multi, Required: true,
            [.. Enumerable.Range(1, 4).Select(c => new Category($"c{d}{c}", $"Category {c}", "A definition.", ["A rule."], [], ["An example."], Indicators.None, null, []))],
            [])),
    ];

    public static IReadOnlyList<SessionUnit> Units(int count)
    {
        var text = string.Join(' ', Enumerable.Repeat("ceasefire corridor peacekeepers talks", 10));
        return
        [
            .. Enumerable.Range(0, count).Select(i => new SessionUnit(
                $"d{i / 100:0000}.p{(i % 100) + 1:000}", (i % 100) + 1, text, "h",
                new SessionDocument($"d{i / 100:0000}", "Generated", "Bench", "2021-01-01", "postwar"), text, text)),
        ];
    }
}
