using System.Text.RegularExpressions;

namespace ContentAnalysis.Core.IO;

/// <summary>
/// Neutralises CSV formula injection (OWASP, "CSV Injection"): a cell a spreadsheet would run as a formula — one
/// starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return — gets a leading single quote. A cell
/// that is a plain decimal number (<c>-0.143</c>, <c>+2</c>, <c>1e-3</c>) is a value, not a formula, and stays as it
/// is. <see cref="Restore(string)"/> undoes <see cref="Cell"/> exactly, so an exported table imports back unchanged.
/// </summary>
public static partial class SpreadsheetSafe
{
    /// <summary>The cell as written to a CSV file a user may open in a spreadsheet.</summary>
    public static string Cell(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return NeedsQuote(value) ? "'" + value : value;
    }

    /// <summary>The original text of a cell written by <see cref="Cell"/>: one leading quote is removed where <see cref="Cell"/> added it.</summary>
    public static string Restore(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.Length > 1 && cell[0] == '\'' && NeedsQuote(cell.AsSpan(1)) ? cell[1..] : cell;
    }

    /// <summary>The cells of every row, restored as the rows are read (header included; a header never needs it).</summary>
    internal static IEnumerable<(string[] Fields, int Line)> RestoreAll(IEnumerable<(string[] Fields, int Line)> rows)
    {
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Fields.Length; i++)
            {
                row.Fields[i] = Restore(row.Fields[i]);
            }

            yield return row;
        }
    }

    // A text that already starts with a quote before such a cell gets one more, so Restore cannot take a quote the
    // user typed: "'=x" is written "''=x" and read back as "'=x".
    private static bool NeedsQuote(ReadOnlySpan<char> value) =>
        !value.IsEmpty && (value[0] switch
        {
            '=' or '+' or '-' or '@' or '\t' or '\r' => !PlainNumber().IsMatch(value),
            '\'' => NeedsQuote(value[1..]),
            _ => false,
        });

    [GeneratedRegex(@"^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainNumber();
}
