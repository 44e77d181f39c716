using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.IO;

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
            throw new InputException(CorpusDiagnostics.ManifestIsFolder(display));
        }

        if (!File.Exists(path))
        {
            throw new InputException(CorpusDiagnostics.ManifestNotFound(display));
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
            throw new InputException(CorpusDiagnostics.BadManifestHeader(fileColumn < 0 ? null : unknown, Known, display));
        }

        foreach (var (fields, line) in rows.Skip(1))
        {
            if (fields.Length != header.Length)
            {
                throw new InputException(CorpusDiagnostics.ManifestFieldCount(fields.Length, header.Length, display, line));
            }

            var name = Path.GetFileName(fields[fileColumn].Trim());
            if (!result.TryAdd(name, new Dictionary<string, string> { [FileKey] = display, [LineKey] = line.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
            {
                throw new InputException(CorpusDiagnostics.ManifestFileTwice(name, display, line));
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
