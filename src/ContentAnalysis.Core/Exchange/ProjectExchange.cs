using System.IO.Compression;
using System.Text;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.Projects;

namespace ContentAnalysis.Core.Exchange;

/// <summary>
/// REFI-QDA Project Exchange (<c>.qdpx</c>, specification 1.5): a whole project (codebook, documents, coders,
/// codings, memos) out to a desktop QDA program, and a program's project in (docs/exchange.md).
/// </summary>
public static partial class ProjectExchange
{
    // A fixed time stamp on every archive entry, so the same project gives the same bytes.
    private static readonly DateTimeOffset EntryTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Writes the project as a <c>.qdpx</c> archive to <paramref name="output"/>.</summary>
    /// <param name="project">The project (its codebook, corpus and codings).</param>
    /// <param name="coders">The coders to export (their journals' current codings).</param>
    /// <param name="output">A writable stream.</param>
    /// <exception cref="InputException">The codebook or a journal cannot be read.</exception>
    public static QdpxExport Export(Project project, IReadOnlyList<string> coders, Stream output)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(coders);
        var codings = coders.Select(c => project.Codings.Load(c)).ToList();
        var writer = new QdeWriter(project.Codebook, project.Corpus, codings);
        var qde = RefiXml.Serialize(writer.Write());
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "project.qde", qde);
            foreach (var document in project.Corpus.Documents.OrderBy(d => d.Id, StringComparer.Ordinal))
            {
                Add(zip, $"sources/{QdeWriter.SourceGuid(document.Id)}.txt", Encoding.UTF8.GetBytes(project.Corpus.ReadText(document.Id)));
            }
        }

        return new QdpxExport(project.Corpus.Documents.Count, codings.Count, writer.Selections, writer.Codings);
    }

    /// <summary>The <c>project.qde</c> of <paramref name="project"/> alone (for tests and validation).</summary>
    internal static byte[] ExportQde(Project project, IReadOnlyList<string> coders) =>
        RefiXml.Serialize(new QdeWriter(project.Codebook, project.Corpus, [.. coders.Select(c => project.Codings.Load(c))]).Write());

    private static void Add(ZipArchive zip, string name, byte[] bytes)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryTime;
        using var stream = entry.Open();
        stream.Write(bytes);
    }
}
