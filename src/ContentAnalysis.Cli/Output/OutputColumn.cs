using System.Globalization;

namespace ContentAnalysis.Cli.Output;

/// <summary>
/// A column of a terminal table and how it may give way when the terminal is narrow: numbers and ids
/// stay whole, free text wraps at words, optional columns are left out (lowest <see cref="DropRank"/> first).
/// </summary>
/// <param name="Header">The column heading.</param>
internal sealed record OutputColumn(string Header)
{
    /// <summary>Whether the cells are free text that may wrap at word boundaries (otherwise never wrapped).</summary>
    public bool Wraps { get; init; }

    /// <summary>Whether the cells are right-aligned.</summary>
    public bool RightAligned { get; init; }

    /// <summary>0 when the column is always shown; otherwise its turn to be left out (1 first).</summary>
    public int DropRank { get; init; }

    /// <summary>A shorter heading used once the full table does not fit (e.g. <c>n</c> for <c>units</c>).</summary>
    public string? ShortHeader { get; init; }

    /// <summary>A column of whole values (numbers, ids, dates).</summary>
    public static OutputColumn Whole(string header, int dropRank = 0) => new(header) { DropRank = dropRank };

    /// <summary>A column of numbers: right-aligned, never wrapped.</summary>
    public static OutputColumn Number(string header, int dropRank = 0) => new(header) { RightAligned = true, DropRank = dropRank };

    /// <summary>A column of free text that wraps at words.</summary>
    public static OutputColumn Text(string header, int dropRank = 0) => new(header) { Wraps = true, DropRank = dropRank };

    /// <summary>
    /// Guesses a column's kind from its cells: text with spaces wraps, anything else (numbers, ids,
    /// dates, intervals) stays whole; nothing is left out.
    /// </summary>
    public static OutputColumn Infer(string header, IEnumerable<string> cells) =>
        cells.Any(c => c.Contains(' ', StringComparison.Ordinal) && !IsNumeric(c)) ? Text(header) : Whole(header);

    /// <summary>Whether a cell is a number, a percentage, a bound such as <c>&lt; .001</c> or an interval such as <c>[0.734, 0.893]</c>.</summary>
    public static bool IsNumeric(string cell)
    {
        var trimmed = cell.Trim().TrimStart('<', '>', '≤', '≥', ' ').Trim('[', ']', '(', ')', '%');
        return trimmed.Length > 0 && trimmed.Split(',').All(p => double.TryParse(p.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out _));
    }
}
