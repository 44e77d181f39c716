using System.Drawing;
using System.Globalization;

namespace ContentAnalysis.Core.Exchange;

/// <summary>Category colours as REFI-QDA writes them: <c>#rrggbb</c> or <c>#rgb</c> (CSS colour names become hex).</summary>
internal static class CodeColor
{
    /// <summary>The REFI-QDA form of a codebook colour, or null.</summary>
    public static string? ToHex(string? color)
    {
        if (string.IsNullOrEmpty(color))
        {
            return null;
        }

        if (color.StartsWith('#'))
        {
            return color;
        }

        // .NET knows every CSS name in its 'gray' spelling only.
        var known = Color.FromName(color.Replace("grey", "gray", StringComparison.OrdinalIgnoreCase));
        return known.IsKnownColor
            ? string.Create(CultureInfo.InvariantCulture, $"#{known.R:x2}{known.G:x2}{known.B:x2}")
            : null;
    }

    /// <summary>Whether a colour attribute read from a file is a REFI-QDA colour.</summary>
    public static bool IsHex(string value) =>
        value.Length is 4 or 7 && value[0] == '#' && value.Skip(1).All(char.IsAsciiHexDigit);
}
