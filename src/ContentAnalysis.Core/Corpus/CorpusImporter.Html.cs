using System.Security.Cryptography;
using ContentAnalysis.Core.IO;

namespace ContentAnalysis.Core.Corpus;

/// <summary>Importing web pages (<c>.html</c>, <c>.htm</c>) and texts saved from them (<c>--strip-boilerplate</c>).</summary>
public static partial class CorpusImporter
{
    private static bool IsWebPage(string extension) => extension is ".html" or ".htm";

    private static ImportedDocument ReadWebPage(string file, string display, byte[] bytes, Dictionary<string, Dictionary<string, string>> manifest, CorpusImportOptions options)
    {
        var (fields, blocks) = HtmlText.Read(TextNormalizer.NormalizeLines(StrictUtf8.Decode(bytes, display)));
        var metadata = BuildMetadata(file, display, fields, manifest.GetValueOrDefault(Path.GetFileName(file)), options);
        var parsed = DocumentParser.ParseBlocks(blocks.Select(b => (b.IsHeading, b.Text)), options.UnitKind, metadata.Id, metadata.Period);
        return new ImportedDocument(metadata, Convert.ToHexStringLower(SHA256.HashData(bytes)), parsed, []);
    }

    /// <summary>
    /// A text saved from a browser without its boilerplate: its blocks (blank-line separated; each line when the text
    /// has hardly any blank lines, as browsers save it) judged as a web page's are.
    /// </summary>
    private static string StripBoilerplate(string body)
    {
        var lines = body.Split('\n');
        var blank = lines.Count(l => l.Trim().Length == 0);
        var pieces = blank * 5 < lines.Length
            ? lines.Where(l => l.Trim().Length > 0)
            : body.Split("\n\n").Select(p => p.Trim()).Where(p => p.Length > 0);
        var kept = Boilerplate.Keep([.. pieces.Select(p => new PageBlock(string.Join(' ', p.Split((char[])[' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries)), false, 0))]);
        return string.Join("\n\n", kept.Select(b => b.Text)) + "\n";
    }
}
