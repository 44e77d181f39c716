using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Corpus;

/// <summary>Document metadata from front matter, manifest and file name.</summary>
public static partial class CorpusImporter
{
    /// <summary>
    /// The default id of a file: its name without extension, lower-cased, white space as <c>-</c>, Latin letters
    /// with accents or umlauts transliterated to ASCII (<c>ü</c> → <c>u</c>, <c>ß</c> → <c>ss</c>, <c>æ</c> →
    /// <c>ae</c>; docs/corpus.md) and any other run of characters an id cannot hold as one <c>-</c>.
    /// </summary>
    public static string DefaultId(string file)
    {
        var name = Whitespace().Replace(Path.GetFileNameWithoutExtension(file).Trim().ToLowerInvariant(), "-");
        var ascii = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormKD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            ascii.Append(Transliterations.GetValueOrDefault(c) ?? c.ToString());
        }

        return NotInId().Replace(ascii.ToString(), "-").Trim('-');
    }

    private static DocumentMetadata BuildMetadata(string file, string display, IReadOnlyDictionary<string, string> frontMatter, Dictionary<string, string>? manifestRow, CorpusImportOptions options)
    {
        string Field(string name) =>
            manifestRow?.GetValueOrDefault(name) ?? frontMatter.GetValueOrDefault(name)?.Trim() ?? string.Empty;

        var id = options.Id ?? (Field("id") is { Length: > 0 } given ? given : DefaultId(file));
        if (id.Length == 0)
        {
            throw new InputException(CorpusDiagnostics.NoIdFromFileName(Path.GetFileName(file), display));
        }

        if (!DocumentId().IsMatch(id))
        {
            throw new InputException(CorpusDiagnostics.IdNotAllowed(id, display));
        }

        // A value from the manifest must be fixed there, not in the front matter.
        bool FromManifest(string name) => manifestRow?.ContainsKey(name) == true;
        var date = Field("date");
        var period = Field("period");
        if (period.Length > 0 && !options.Periods.Contains(period))
        {
            // A misspelt period would silently become a group of its own in every comparison by period.
            var (where, line) = manifestRow?.ContainsKey("period") == true
                ? (manifestRow[ManifestReader.FileKey], int.Parse(manifestRow[ManifestReader.LineKey], CultureInfo.InvariantCulture))
                : (display, FrontMatterLine(file, "period"));
            throw new InputException(options.Periods.Periods.Count == 0
                ? CorpusDiagnostics.NoPeriodsDeclared(period, Path.GetFileName(file), where, line)
                : CorpusDiagnostics.PeriodNotDeclared(period, Path.GetFileName(file), [.. options.Periods.Ids], FromManifest("period"), where, line));
        }

        if (date.Length > 0)
        {
            if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                throw new InputException(CorpusDiagnostics.NotADate(date, Path.GetFileName(file), FromManifest("date"), display));
            }

            if (period.Length == 0)
            {
                period = options.Periods.PeriodOf(parsed);
            }
        }

        return new DocumentMetadata(id, Field("title"), Field("author"), Field("source"), date, period);
    }

    // The line of 'key:' in a text file's front matter, for messages; 0 when not found (e.g. a .docx).
    private static int FrontMatterLine(string file, string key)
    {
        if (!file.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !file.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        var lines = File.ReadLines(file).Take(200).ToList();
        var index = lines.FindIndex(l => l.TrimStart().StartsWith(key + ":", StringComparison.Ordinal));
        return index + 1;
    }

    // Latin letters NFKD does not decompose into a base letter and marks.
    private static readonly Dictionary<char, string> Transliterations = new()
    {
        ['ß'] = "ss",
        ['æ'] = "ae",
        ['œ'] = "oe",
        ['ø'] = "o",
        ['đ'] = "d",
        ['ð'] = "d",
        ['ł'] = "l",
        ['þ'] = "th",
        ['ı'] = "i",
        ['ħ'] = "h",
    };

    [GeneratedRegex("-*[^a-z0-9_-]+-*")]
    private static partial Regex NotInId();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]*$")]
    private static partial Regex DocumentId();
}
