using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.IO;
using ContentAnalysis.Core.Naming;

namespace ContentAnalysis.Core.Corpus;

/// <summary>Reads an import manifest: one row per file with <c>file,id,title,author,source,date,period</c> (any order; only <c>file</c> required).</summary>
internal static class ManifestReader
{
    /// <summary>Key of a row's entry holding the manifest's display path (not a column).</summary>
    public const string FileKey = "#file";

    /// <summary>Key of a row's entry holding the row's line number (not a column).</summary>
    public const string LineKey = "#line";

    private static readonly string[] Known = ["file", .. FrontMatter.Keys];

    /// <summary>File name (case-insensitive) → field → value (non-empty cells only, plus <see cref="FileKey"/> and <see cref="LineKey"/>).</summary>
    /// <exception cref="InputException">The manifest is missing or malformed.</exception>
    public static Dictionary<string, Dictionary<string, string>> Read(string path, string display)
    {
        if (Directory.Exists(path))
        {
            throw new InputException(Diagnostic.Error(CorpusDiagnostics.BadManifest, $"manifest '{display}' is a folder, not a file", hint: "pass the manifest CSV file to --meta"));
        }

        if (!File.Exists(path))
        {
            throw new InputException(Diagnostic.Error(CorpusDiagnostics.BadManifest, $"manifest '{display}' not found", hint: "check the --meta path"));
        }

        var rows = CsvTable.ReadLoose(path, display, CorpusDiagnostics.BadManifest);
        var result = new Dictionary<string, Dictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        if (rows.Count == 0)
        {
            return result;
        }

        var header = rows[0].Fields.Select(h => h.Trim().ToLowerInvariant()).ToArray();
        var fileColumn = Array.IndexOf(header, "file");
        var unknown = header.FirstOrDefault(h => !Known.Contains(h));
        if (fileColumn < 0 || unknown is not null)
        {
            var hint = (unknown is null ? null : EditDistance.DidYouMean(unknown, Known)) ?? "columns: " + string.Join(",", Known);
            throw new InputException(Diagnostic.Error(CorpusDiagnostics.BadManifest, fileColumn < 0 ? "the manifest has no 'file' column" : $"unknown manifest column '{unknown}'", display, 1, 1, hint));
        }

        foreach (var (fields, line) in rows.Skip(1))
        {
            if (fields.Length != header.Length)
            {
                throw new InputException(Diagnostic.Error(CorpusDiagnostics.BadManifest, $"{fields.Length} fields where the header has {header.Length}", display, line, 1));
            }

            var name = Path.GetFileName(fields[fileColumn].Trim());
            if (!result.TryAdd(name, new Dictionary<string, string> { [FileKey] = display, [LineKey] = line.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
            {
                throw new InputException(Diagnostic.Error(CorpusDiagnostics.BadManifest, $"file '{name}' is listed twice", display, line, 1));
            }

            for (var i = 0; i < header.Length; i++)
            {
                if (i != fileColumn && fields[i].Trim().Length > 0)
                {
                    result[name][header[i]] = fields[i].Trim();
                }
            }
        }

        return result;
    }
}
