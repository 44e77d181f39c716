using System.Globalization;

namespace ContentAnalysis.Core.Corpus;

/// <summary>The date of a Word document's Date paragraph, as <c>yyyy-MM-dd</c> when it is a whole date.</summary>
internal static class DocxDates
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "d MMMM yyyy", "d MMM yyyy", "MMMM d, yyyy", "MMM d, yyyy", "d. MMMM yyyy", "dd.MM.yyyy", "d MMMM, yyyy"];

    /// <summary>The date, or null when the paragraph is not a whole date in English or ISO form (then it is left out).</summary>
    public static string? TryParse(string text) =>
        DateOnly.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
}
