namespace ContentAnalysis.Cli.Output;

/// <summary>
/// How a table fits a terminal <c>width</c> cells wide, tried in order: the full table; free-text columns
/// wrapped at words; shorter headings; optional columns left out one by one; else one block per record
/// (<see cref="Vertical"/>). Numbers are never wrapped and nothing is cut to <c>…</c>.
/// </summary>
/// <param name="Vertical">Whether the records are printed as blocks of <c>name: value</c> lines.</param>
/// <param name="Shown">The indexes of the columns shown, in order.</param>
/// <param name="Headers">The heading of each shown column (full or short).</param>
/// <param name="Widths">The width of each shown column; free text wider than it wraps.</param>
/// <param name="LeftOut">The headings of the columns left out.</param>
internal sealed record TableLayout(bool Vertical, IReadOnlyList<int> Shown, IReadOnlyList<string> Headers, IReadOnlyList<int> Widths, IReadOnlyList<string> LeftOut)
{
    // A wrapped column narrower than this reads as a column of syllables.
    private const int MinWrapWidth = 8;

    // Words up to this long are kept whole when a column wraps; longer ones (paths, URLs) may be cut.
    private const int MaxWholeWord = 20;

    /// <summary>Chooses the layout; <paramref name="overhead"/> gives the border and padding cells for a number of columns.</summary>
    public static TableLayout Choose(IReadOnlyList<OutputColumn> columns, IReadOnlyList<IReadOnlyList<string>> rows, int width, Func<int, int> overhead)
    {
        var all = Enumerable.Range(0, columns.Count).ToList();
        var dropOrder = all.Where(i => columns[i].DropRank > 0).OrderBy(i => columns[i].DropRank).ThenByDescending(i => i).ToList();
        for (var dropped = 0; dropped <= dropOrder.Count; dropped++)
        {
            var shown = all.Except(dropOrder.Take(dropped)).ToList();
            foreach (var useShort in new[] { false, true })
            {
                if (TryFit(columns, rows, shown, useShort, width - overhead(shown.Count)) is { } layout)
                {
                    return layout with { LeftOut = [.. dropOrder.Take(dropped).OrderBy(i => i).Select(i => columns[i].Header)] };
                }
            }
        }

        return new TableLayout(true, all, [.. columns.Select(c => c.Header)], [], []);
    }

    private static TableLayout? TryFit(IReadOnlyList<OutputColumn> columns, IReadOnlyList<IReadOnlyList<string>> rows, List<int> shown, bool useShort, int room)
    {
        var headers = shown.Select(i => useShort ? columns[i].ShortHeader ?? columns[i].Header : columns[i].Header).ToList();
        var natural = shown.Select((i, k) => rows.Select(r => CellWidth.Of(r[i])).Append(CellWidth.Of(headers[k])).Max()).ToArray();
        if (natural.Sum() <= room)
        {
            return new TableLayout(false, shown, headers, natural, []);
        }

        var wrapping = Enumerable.Range(0, shown.Count).Where(k => columns[shown[k]].Wraps).ToList();
        var budget = room - Enumerable.Range(0, shown.Count).Where(k => !columns[shown[k]].Wraps).Sum(k => natural[k]);
        var widths = (int[])natural.Clone();
        foreach (var k in wrapping)
        {
            var widestWord = rows.Select(r => CellWidth.WidestWord(r[shown[k]])).DefaultIfEmpty(0).Max();
            widths[k] = Math.Min(natural[k], Math.Max(Math.Max(MinWrapWidth, Math.Min(widestWord, MaxWholeWord)), CellWidth.WidestWord(headers[k])));
        }

        var leftover = budget - wrapping.Sum(k => widths[k]);
        if (wrapping.Count == 0 || leftover < 0)
        {
            return null;
        }

        // Share what is left: the column needing least takes its fill first, the rest split what remains.
        var needy = wrapping.OrderBy(k => natural[k] - widths[k]).ToList();
        for (var n = 0; n < needy.Count; n++)
        {
            var k = needy[n];
            var give = Math.Min(natural[k] - widths[k], leftover / (needy.Count - n));
            widths[k] += give;
            leftover -= give;
        }

        return new TableLayout(false, shown, headers, widths, []);
    }
}
