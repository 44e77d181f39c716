using System.Globalization;
using ContentAnalysis.Core.IO;

namespace ContentAnalysis.Core.Coding;

/// <summary>
/// A coder's span file, <c>data/spans/{coder}.csv</c>: the header <c>document,start,end,dimension,category,memo</c>
/// and one row per coded span, appended and flushed as written (see <c>docs/formats.md</c>).
/// </summary>
public static partial class SpanFile
{
    /// <summary>The span file's columns, in order.</summary>
    public static readonly IReadOnlyList<string> Columns = ["document", "start", "end", "dimension", "category", "memo"];

    /// <summary>
    /// Appends <paramref name="spans"/> to the span file at <paramref name="path"/> (creating it and its folder, with
    /// the header) and flushes them to disk before returning. A last line left without a line end (a crash, an
    /// editor) is kept and ended first, so the new rows start on lines of their own and the old one is still reported
    /// when read.
    /// </summary>
    /// <param name="path">The span file.</param>
    /// <param name="spans">The spans; <see cref="CodedSpan.Coder"/> is not stored (the file name is the coder).</param>
    /// <exception cref="ArgumentException">A span has an empty document, dimension or category, a negative start, or an end not after its start.</exception>
    public static void Append(string path, IEnumerable<CodedSpan> spans)
    {
        ArgumentNullException.ThrowIfNull(spans);
        var rows = spans.Select(ToFields).ToList();
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        if (stream.Length == 0)
        {
            stream.Write(CsvTable.FormatHeader(Columns));
        }
        else
        {
            stream.Seek(-1, SeekOrigin.End);
            if (stream.ReadByte() != '\n')
            {
                stream.WriteByte((byte)'\n');
            }
        }

        stream.Seek(0, SeekOrigin.End);
        foreach (var row in rows)
        {
            stream.Write(CsvTable.FormatRecord(row));
        }

        stream.Flush(flushToDisk: true);
    }

    /// <summary>The stored fields of a span.</summary>
    /// <exception cref="ArgumentException">The span cannot be stored (see <see cref="Append"/>).</exception>
    internal static string[] ToFields(CodedSpan span)
    {
        ArgumentNullException.ThrowIfNull(span);
        if (span.Document.Length == 0 || span.Dimension.Length == 0 || span.Category.Length == 0)
        {
            throw new ArgumentException($"span {span} has an empty document, dimension or category", nameof(span));
        }

        if (span.Start < 0 || span.End <= span.Start)
        {
            throw new ArgumentException($"span {span} does not satisfy 0 <= start < end", nameof(span));
        }

        return
        [
            span.Document,
            span.Start.ToString(CultureInfo.InvariantCulture),
            span.End.ToString(CultureInfo.InvariantCulture),
            span.Dimension,
            span.Category,
            span.Memo ?? string.Empty,
        ];
    }
}
