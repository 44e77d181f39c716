using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Analysis;

/// <summary>Checks what an analysis is asked for (coder, dimensions) and turns mistakes into diagnostics.</summary>
public static class AnalysisSelection
{
    /// <summary>The coder analysed when none is named: the reconciled coding.</summary>
    public const string DefaultCoder = "gold";

    /// <summary>
    /// The coder to analyse: <paramref name="requested"/>, or <c>gold</c> when it exists. Never a silent fallback to
    /// some other coder: the analysis of one coder's codings is a different finding from that of the reconciled ones.
    /// </summary>
    /// <exception cref="InputException">The requested coder has no journal, or none was named and there is no <c>gold</c>.</exception>
    public static string Coder(IReadOnlyList<string> coders, string? requested)
    {
        ArgumentNullException.ThrowIfNull(coders);
        var name = requested ?? DefaultCoder;
        if (coders.Contains(name, StringComparer.Ordinal))
        {
            return name;
        }

        var existing = coders.Count == 0 ? "no coder has codings yet" : "coders with codings: " + string.Join(", ", coders);
        return requested is null
            ? throw new InputException(Diagnostic.Error(AnalysisDiagnostics.UnknownCoder, $"there is no '{DefaultCoder}' coding to analyse ({existing})", hint: "reconcile the coders into 'gold' first, or name one with --coder NAME"))
            : throw new InputException(Diagnostic.Error(AnalysisDiagnostics.UnknownCoder, $"coder '{requested}' has no codings ({existing})", hint: "name a coder with a journal in data/codings/"));
    }

    /// <summary>The dimensions named in <paramref name="ids"/> (all when empty), each allowed by <paramref name="allowed"/>.</summary>
    /// <exception cref="InputException">An id is unknown, or names a dimension the analysis cannot use (every problem at once).</exception>
    public static IReadOnlyList<Dimension> Dimensions(Codebook codebook, IReadOnlyList<string> ids, Func<Dimension, bool> allowed, string why)
    {
        ArgumentNullException.ThrowIfNull(codebook);
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(allowed);
        if (ids.Count == 0)
        {
            return [.. codebook.Dimensions.Where(allowed)];
        }

        var problems = new List<Diagnostic>();
        var result = new List<Dimension>();
        foreach (var id in ids.Distinct(StringComparer.Ordinal))
        {
            var dimension = codebook.FindDimension(id);
            if (dimension is null)
            {
                problems.Add(Diagnostic.Error(AnalysisDiagnostics.BadDimension, $"the codebook has no dimension '{id}'", codebook.SourcePath, hint: "dimensions: " + string.Join(", ", codebook.Dimensions.Select(d => d.Id))));
            }
            else if (!allowed(dimension))
            {
                problems.Add(Diagnostic.Error(AnalysisDiagnostics.BadDimension, $"dimension '{id}' is {dimension.Kind.ToString().ToLowerInvariant()}: {why}", codebook.SourcePath, hint: "dimensions that fit: " + string.Join(", ", codebook.Dimensions.Where(allowed).Select(d => d.Id))));
            }
            else
            {
                result.Add(dimension);
            }
        }

        return problems.Count > 0 ? throw new InputException(problems) : result;
    }

    /// <summary>One dimension by id.</summary>
    /// <exception cref="InputException">The codebook has no such dimension.</exception>
    public static Dimension Dimension(Codebook codebook, string id) => Dimensions(codebook, [id], _ => true, string.Empty)[0];
}
