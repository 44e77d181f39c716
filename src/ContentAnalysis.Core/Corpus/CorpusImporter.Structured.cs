using System.Security.Cryptography;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.IO;

namespace ContentAnalysis.Core.Corpus;

/// <summary>Documents read into a <see cref="StructuredDocument"/>: PDF, Word, and plain text under <c>--repair</c>.</summary>
public static partial class CorpusImporter
{
    private static ImportedDocument ReadStructured(string file, string display, string extension, byte[] bytes, Dictionary<string, Dictionary<string, string>> manifest, CorpusImportOptions options)
    {
        StructuredDocument structured;
        RepairLog? repairs = null;
        IReadOnlyList<Diagnostic> warnings = [];
        if (extension == ".pdf")
        {
            structured = PdfText.Read(bytes, display);
        }
        else if (extension == ".docx")
        {
            structured = DocxText.Read(bytes, display);
        }
        else
        {
            // Plain text under --repair: the usual cleaning (page furniture, line-end hyphens, markers), then the repairs.
            var text = TextNormalizer.NormalizeLines(StrictUtf8.Decode(bytes, display));
            (var fields, var body, warnings) = FrontMatter.Split(text, display);
            (structured, repairs) = TextRepair.Repair(TextNormalizer.Clean(body));
            foreach (var (key, value) in fields)
            {
                structured.Fields[key] = value;
            }
        }

        var metadata = BuildMetadata(file, display, structured.Fields, manifest.GetValueOrDefault(Path.GetFileName(file)), options);
        var parsed = DocumentParser.ParseBlocks(structured, options.UnitKind, metadata.Id, metadata.Period);
        return new ImportedDocument(metadata, Convert.ToHexStringLower(SHA256.HashData(bytes)), parsed, warnings) { Repairs = repairs };
    }

    // Each repaired document's log goes to data/documents/{id}.repairs.csv; a document imported without --repair loses its old log.
    private static List<DocumentImportOutcome> SaveRepairs(ProjectLayout layout, List<ImportedDocument> documents, List<DocumentImportOutcome> outcomes)
    {
        var result = new List<DocumentImportOutcome>(outcomes.Count);
        foreach (var (document, outcome) in documents.Zip(outcomes))
        {
            var path = RepairLog.PathOf(layout, document.Metadata.Id);
            if (document.Repairs is { } log)
            {
                log.Save(path);
            }
            else if (File.Exists(path) && outcome.Status != "unchanged")
            {
                File.Delete(path);
            }

            result.Add(outcome with { Repairs = document.Repairs });
        }

        return result;
    }
}
