using System.Globalization;

namespace ContentAnalysis.Core.Values;

/// <summary>
/// The one rule for "is this recorded value a number, and which number", shared by the matrix reader, the
/// engine's value interning and project codings of scale dimensions, so that <c>3</c> and <c>3.0</c> are one value.
/// </summary>
/// <remarks>
/// A value is a number when it parses with the invariant culture as an optional sign, digits with at most one
/// decimal point, and an optional exponent (<see cref="NumberStyles.Float"/>; surrounding white space allowed),
/// and is finite: <c>1</c>, <c>01</c>, <c>+1</c>, <c>1.0</c>, <c>1.</c>, <c>1e0</c> and <c>10E-1</c> are all the number 1.
/// Not numbers: thousands separators (<c>1,000</c>), decimal commas (<c>1,5</c>), hexadecimal, <c>NaN</c>,
/// <c>Infinity</c>, and anything that overflows a double (<c>1e400</c>). Two numbers are equal when their doubles
/// are equal (<c>-0</c> is <c>0</c>); their canonical text is <see cref="Format"/>. Whether a set of labels is
/// treated as numbers at all is decided by the caller: a value list is numeric only when every value in it is a
/// number (docs/decisions.md, "Agreement engine, second round").
/// </remarks>
internal static class NumericValue
{
    private const NumberStyles Style = NumberStyles.Float;

    /// <summary>True when <paramref name="text"/> is a finite number by the rule above; <paramref name="value"/> is it, with −0 made 0.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out double value)
    {
        if (double.TryParse(text, Style, CultureInfo.InvariantCulture, out value) && double.IsFinite(value))
        {
            value += 0.0; // −0 + 0 is +0, so −0 and 0 are one key
            return true;
        }

        value = 0;
        return false;
    }

    /// <summary>True when the UTF-8 <paramref name="utf8"/> is a finite number by the rule above.</summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out double value)
    {
        if (double.TryParse(utf8, Style, CultureInfo.InvariantCulture, out value) && double.IsFinite(value))
        {
            value += 0.0;
            return true;
        }

        value = 0;
        return false;
    }

    /// <summary>True when <paramref name="text"/> is a number by the rule above.</summary>
    public static bool IsNumber(ReadOnlySpan<char> text) => TryParse(text, out _);

    /// <summary>True when <paramref name="text"/> is a number by the rule above (null is not).</summary>
    public static bool IsNumber(string? text) => text is not null && TryParse(text.AsSpan(), out _);

    /// <summary>
    /// The canonical text of a number: the shortest invariant text that reads back as the same double
    /// (<c>3</c> for <c>3.0</c> and <c>03</c>, <c>0.5</c> for <c>.50</c>, <c>1E+154</c> for <c>1e154</c>).
    /// </summary>
    public static string Format(double value) => (value + 0.0).ToString("R", CultureInfo.InvariantCulture);

    /// <summary>True when both texts are numbers and the same number (<c>3</c> and <c>3.0</c>).</summary>
    public static bool NumericallyEqual(ReadOnlySpan<char> left, ReadOnlySpan<char> right) =>
        TryParse(left, out var a) && TryParse(right, out var b) && a.Equals(b);

    /// <summary>The canonical text of <paramref name="text"/> when it is a number, else the text unchanged.</summary>
    public static string Canonical(string text) => TryParse(text.AsSpan(), out var value) ? Format(value) : text;

    /// <summary>The canonical text of UTF-8 <paramref name="utf8"/> when it is a number, else null.</summary>
    public static string? CanonicalOrNull(ReadOnlySpan<byte> utf8) =>
        TryParse(utf8, out var value) ? Format(value) : null;
}
