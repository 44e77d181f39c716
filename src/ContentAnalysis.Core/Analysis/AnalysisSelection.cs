using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Analysis;

/// <summary>The rules of what an analysis runs on when the user does not say: the coder, and dimensions of the right kind.</summary>
public static class AnalysisSelection
{
    /// <summary>The coder analysed when none is named: the reconciled coding.</summary>
    public const string DefaultCoder = "gold";

    /// <summary>
    /// The coder to analyse when none is named: <c>gold</c> if it has a journal. Never a silent fallback to some other
    /// coder: the analysis of one coder's codings is a different finding from that of the reconciled ones.
    /// </summary>
    /// <exception cref="InputException">There is no <c>gold</c> journal; the message lists the coders that have one.</exception>
    public static string Coder(IReadOnlyList<string> coders)
    {
        ArgumentNullException.ThrowIfNull(coders);
        if (coders.Contains(DefaultCoder, StringComparer.Ordinal))
        {
            return DefaultCoder;
        }

        throw new InputException(AnalysisDiagnostics.NoDefaultCoder(DefaultCoder, coders));
    }

    /// <summary>
    /// The category dimensions among <paramref name="named"/>, or all of the codebook's when none were named;
    /// a named scale is refused (every one at once).
    /// </summary>
    /// <exception cref="InputException">A named dimension is ordinal or interval.</exception>
    public static IReadOnlyList<Dimension> Categorical(Codebook codebook, IReadOnlyList<Dimension> named, string why)
    {
        ArgumentNullException.ThrowIfNull(codebook);
        ArgumentNullException.ThrowIfNull(named);
        if (named.Count == 0)
        {
            return [.. codebook.Dimensions.Where(d => d.IsCategorical)];
        }

        var scales = named.Where(d => !d.IsCategorical).ToList();
        return scales.Count == 0
            ? named
            : throw new InputException([.. scales.Select(d => AnalysisDiagnostics.ScaleNotAllowed(d, why, codebook))]);
    }
}
