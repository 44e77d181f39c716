using ContentAnalysis.Core.Analysis;

namespace ContentAnalysis.Core.Tests.Analysis.Statistics;

/// <summary>Small published tables used by the statistics tests.</summary>
internal static class Tables
{
    /// <summary>
    /// R's <c>?chisq.test</c> example M (Agresti 2007, Table 2.5: party identification by gender, GSS):
    /// rows F, M; columns Democrat, Independent, Republican.
    /// </summary>
    public static ContingencyTable PartyByGender() => Make(new[,] { { 762, 327, 468 }, { 484, 239, 477 } });

    /// <summary>R's <c>?fisher.test</c> TeaTasting: Guess (Milk, Tea) × Truth (Milk, Tea).</summary>
    public static ContingencyTable TeaTasting() => Make(new[,] { { 3, 1 }, { 1, 3 } });

    /// <summary>Makes a table with labels r1…, c1….</summary>
    public static ContingencyTable Make(int[,] counts) => ContingencyTable.Create(
        [.. Enumerable.Range(1, counts.GetLength(0)).Select(i => "r" + i)],
        [.. Enumerable.Range(1, counts.GetLength(1)).Select(i => "c" + i)],
        counts);
}
