using System.Xml.Linq;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.IO;

namespace ContentAnalysis.Core.Exchange;

/// <summary>
/// REFI-QDA Codebook Exchange (<c>.qdc</c>, specification 1.5): a codebook out to ATLAS.ti, MAXQDA, NVivo or
/// QualCoder and back. Export → import → export is a fixed point (docs/exchange.md).
/// </summary>
public static class CodebookExchange
{
    /// <summary>The <c>.qdc</c> bytes of <paramref name="codebook"/>: the same codebook always gives the same bytes.</summary>
    public static byte[] ExportQdc(Codebook codebook)
    {
        ArgumentNullException.ThrowIfNull(codebook);
        var ns = RefiXml.Codebook;
        var root = new XElement(ns + "CodeBook", new XAttribute("origin", "qcat"), new XElement(ns + "Codes", CodeTreeWriter.Codes(codebook, ns)));
        return RefiXml.Serialize(root);
    }

    /// <summary>Reads a <c>.qdc</c> file into a codebook.</summary>
    /// <param name="path">The file.</param>
    /// <param name="display">The file as messages name it.</param>
    /// <exception cref="InputException">The file is missing, unsafe, not a REFI-QDA codebook, or its codes make no valid codebook.</exception>
    public static CodebookImport ImportQdc(string path, string display)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new InputException(ExchangeDiagnostics.Missing(display));
        }

        var document = SafeXml.Load(File.ReadAllBytes(path), display);
        var root = document.Root!;
        if (root.Name.LocalName != "CodeBook")
        {
            throw new InputException(ExchangeDiagnostics.WrongRoot(root.Name.LocalName, "CodeBook", display));
        }

        var codes = CodeTreeReader.Child(root, "Codes");
        return FromCodes(codes, CodeTreeReader.Slug(Path.GetFileNameWithoutExtension(path)), display);
    }

    /// <summary>Writes the <c>.qdc</c> of <paramref name="codebook"/> to <paramref name="path"/> (replaced atomically).</summary>
    public static void WriteQdc(Codebook codebook, string path) => AtomicFile.WriteAllBytes(path, [ExportQdc(codebook)]);

    /// <summary>Saves an imported codebook as <paramref name="path"/>; an existing file is never overwritten.</summary>
    /// <exception cref="InputException">The file exists.</exception>
    public static void Save(CodebookImport imported, string path, string display)
    {
        ArgumentNullException.ThrowIfNull(imported);
        if (File.Exists(path))
        {
            throw new InputException(ExchangeDiagnostics.TargetExists(display));
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        AtomicFile.WriteAllBytes(path, [SafeXml.Utf8.GetBytes(imported.Yaml)]);
    }

    /// <summary>The codebook of a <c>Codes</c> element (null or empty: no codes).</summary>
    internal static CodebookImport FromCodes(XElement? codes, string fallbackId, string display, Dictionary<string, CodeTarget>? targets = null)
    {
        var count = codes?.Descendants().Count(e => e.Name.LocalName == "Code") ?? 0;
        if (codes is null || count == 0)
        {
            throw new InputException(ExchangeDiagnostics.NoCodes(display));
        }

        var model = CodeTreeReader.Read(codes, fallbackId, targets ?? []);
        var yaml = CodebookYamlWriter.Write(model, $"Imported by qcat from {Path.GetFileName(display)} (REFI-QDA); docs/exchange.md explains the mapping.");
        var loaded = CodebookLoader.Parse(yaml, display);
        if (loaded.Codebook is null)
        {
            throw new InputException(loaded.Diagnostics.Where(d => d.IsError).ToList());
        }

        return new CodebookImport(loaded.Codebook, yaml, count);
    }
}
