namespace ContentAnalysis.Core.Analysis;

/// <summary>
/// Random two-way tables with given row and column totals, uniformly over the tables the margins allow
/// weighted by their hypergeometric probability (the null distribution of a table given its margins), by
/// Patefield's algorithm (Patefield 1981, Applied Statistics 30:91–97, AS 159; R's <c>r2dtable</c>): cell by
/// cell, row by row, each count is drawn from its hypergeometric distribution given the counts already drawn.
/// </summary>
internal sealed class RandomTable
{
    private readonly int[] _rowTotals;
    private readonly int[] _columnTotals;
    private readonly double[] _logFactorials;
    private readonly int[] _columnsLeft;
    private readonly Random _random;

    /// <summary>Prepares draws for the given margins.</summary>
    public RandomTable(IReadOnlyList<int> rowTotals, IReadOnlyList<int> columnTotals, Random random)
    {
        _rowTotals = [.. rowTotals];
        _columnTotals = [.. columnTotals];
        _random = random;
        var total = _rowTotals.Sum();
        _logFactorials = new double[total + 1];
        for (var i = 2; i <= total; i++)
        {
            _logFactorials[i] = _logFactorials[i - 1] + Math.Log(i);
        }

        _columnsLeft = new int[_columnTotals.Length];
    }

    /// <summary>Fills <paramref name="table"/> (rows × columns) with the next random table.</summary>
    public void Next(int[,] table)
    {
        int rows = _rowTotals.Length, columns = _columnTotals.Length;
        Array.Copy(_columnTotals, _columnsLeft, columns);
        var unitsLeft = _logFactorials.Length - 1;
        for (var r = 0; r < rows - 1; r++)
        {
            var rowLeft = _rowTotals[r];
            var pool = unitsLeft;
            unitsLeft -= _rowTotals[r];
            for (var c = 0; c < columns - 1; c++)
            {
                // The rest of row r falls into columns c.. like rowLeft draws without replacement from the units those
                // columns still hold; cell (r, c) counts the draws from column c.
                var column = _columnsLeft[c];
                var count = Hypergeometric(pool, column, rowLeft);
                table[r, c] = count;
                rowLeft -= count;
                _columnsLeft[c] -= count;
                pool -= column;
            }

            table[r, columns - 1] = rowLeft;
            _columnsLeft[columns - 1] -= rowLeft;
        }

        for (var c = 0; c < columns; c++)
        {
            table[rows - 1, c] = _columnsLeft[c];
        }
    }

    /// <summary>
    /// One draw of the number of successes in <paramref name="draws"/> draws without replacement from
    /// <paramref name="population"/> items of which <paramref name="successes"/> are successes: inversion,
    /// visiting the support outwards from the mode so that few probabilities are computed.
    /// </summary>
    private int Hypergeometric(int population, int successes, int draws)
    {
        var low = Math.Max(0, draws - (population - successes));
        var high = Math.Min(draws, successes);
        if (low == high)
        {
            return low;
        }

        var mode = Math.Clamp((int)((draws + 1.0) * (successes + 1.0) / (population + 2.0)), low, high);
        var atMode = Math.Exp(LogChoose(successes, mode) + LogChoose(population - successes, draws - mode) - LogChoose(population, draws));
        var u = _random.NextDouble();
        var sum = atMode;
        if (u < sum)
        {
            return mode;
        }

        // p(x + 1) / p(x) = (K − x)(n − x) / ((x + 1)(N − K − n + x + 1)), with N, K, n the population, successes and draws.
        double up = atMode, down = atMode;
        int above = mode, below = mode;
        while (above < high || below > low)
        {
            if (above < high)
            {
                up *= (double)(successes - above) * (draws - above) / ((above + 1.0) * (population - successes - draws + above + 1.0));
                above++;
                sum += up;
                if (u < sum)
                {
                    return above;
                }
            }

            if (below > low)
            {
                down *= (double)below * (population - successes - draws + below) / ((double)(successes - below + 1) * (draws - below + 1));
                below--;
                sum += down;
                if (u < sum)
                {
                    return below;
                }
            }
        }

        // Rounding can leave the total a hair below u: the mode is the safest answer.
        return mode;
    }

    private double LogChoose(int n, int k) => _logFactorials[n] - _logFactorials[k] - _logFactorials[n - k];
}
