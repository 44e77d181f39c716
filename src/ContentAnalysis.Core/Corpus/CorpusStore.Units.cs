using System.Collections;
using System.Globalization;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.IO;
using CsvHelper;

namespace ContentAnalysis.Core.Corpus;

/// <summary>Reading <c>data/units.csv</c> into columns.</summary>
public sealed partial class CorpusStore
{
    /// <summary>
    /// The units table as columns, without an object per row: ids (one string each), the document, section and period as
    /// numbers of strings kept once, the three numbers as arrays, the hash as 64 bits when it is 16 lower-case hex digits
    /// (as qcat writes it). A <see cref="TextUnit"/> is made when one is asked for, so 100,000 units take about 11 MB
    /// instead of 60 (docs/performance.md, project mode, fourth round).
    /// </summary>
    internal sealed class UnitTable : IReadOnlyList<TextUnit>
    {
        private readonly string[] _ids;
        private readonly int[] _documents;
        private readonly int[] _ordinals;
        private readonly int[] _sections;
        private readonly int[] _starts;
        private readonly int[] _lengths;
        private readonly ulong[] _hashes;
        private readonly int[] _periods;
        private readonly Dictionary<int, string>? _otherHashes;
        private readonly string[] _documentIds;
        private readonly string[] _texts;
        private readonly Dictionary<string, int> _index;
        private readonly (int[] Rows, int[] Starts, Dictionary<string, int> Documents) _byDocument;

        private UnitTable(Builder builder)
        {
            Count = builder.Count;
            _ids = builder.Ids;
            _documents = builder.Documents;
            _ordinals = builder.Ordinals;
            _sections = builder.Sections;
            _starts = builder.Starts;
            _lengths = builder.Lengths;
            _hashes = builder.Hashes;
            _periods = builder.Periods;
            _otherHashes = builder.OtherHashes;
            _documentIds = [.. builder.DocumentIds];
            _texts = [.. builder.Texts];
            _index = builder.Index;
            _byDocument = GroupByDocument();
        }

        public static UnitTable Empty { get; } = new(new Builder(0));

        /// <summary>The number of units.</summary>
        public int Count { get; }

        /// <summary>The unit in row <paramref name="index"/> (0-based, file order), made on each call.</summary>
        public TextUnit this[int index] =>
            (uint)index < (uint)Count
                ? new TextUnit(_ids[index], _documentIds[_documents[index]], _ordinals[index], _texts[_sections[index]], _starts[index], _lengths[index], Hash(index), _texts[_periods[index]])
                : throw new ArgumentOutOfRangeException(nameof(index));

        /// <summary>The id of the unit in row <paramref name="index"/>.</summary>
        public string Id(int index) => _ids[index];

        /// <summary>The document id of the unit in row <paramref name="index"/>.</summary>
        public string DocumentId(int index) => _documentIds[_documents[index]];

        /// <summary>The start offset of the unit in row <paramref name="index"/>.</summary>
        public int Start(int index) => _starts[index];

        /// <summary>The length of the unit in row <paramref name="index"/>.</summary>
        public int Length(int index) => _lengths[index];

        /// <summary>The recorded hash of the unit in row <paramref name="index"/>.</summary>
        public string Hash(int index) => _otherHashes is not null && _otherHashes.TryGetValue(index, out var other)
            ? other
            : _hashes[index].ToString("x16", CultureInfo.InvariantCulture);

        /// <summary>Whether the unit in row <paramref name="index"/> has the recorded hash <paramref name="hash"/> (without making a string).</summary>
        public bool HashIs(int index, ReadOnlySpan<char> hash)
        {
            if (_otherHashes is not null && _otherHashes.TryGetValue(index, out var other))
            {
                return hash.SequenceEqual(other);
            }

            return TryParseHash(hash, out var bits) && bits == _hashes[index];
        }

        /// <summary>The row of the unit with id <paramref name="id"/>, or -1.</summary>
        public int IndexOf(string id) => _index.GetValueOrDefault(id, -1);

        /// <summary>The rows of one document's units, in file order (empty for an unknown document).</summary>
        public ReadOnlySpan<int> RowsOf(string documentId)
        {
            var (rows, starts, documents) = _byDocument;
            return documents.TryGetValue(documentId, out var d) ? rows.AsSpan(starts[d], starts[d + 1] - starts[d]) : [];
        }

        public IEnumerator<TextUnit> GetEnumerator()
        {
            for (var i = 0; i < Count; i++)
            {
                yield return this[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        // A counting sort of the rows by document: stable, so each document's units stay in file order.
        private (int[] Rows, int[] Starts, Dictionary<string, int> Documents) GroupByDocument()
        {
            var starts = new int[_documentIds.Length + 1];
            for (var i = 0; i < Count; i++)
            {
                starts[_documents[i] + 1]++;
            }

            for (var d = 0; d < _documentIds.Length; d++)
            {
                starts[d + 1] += starts[d];
            }

            var next = starts[..^1];
            var rows = new int[Count];
            for (var i = 0; i < Count; i++)
            {
                rows[next[_documents[i]]++] = i;
            }

            var documents = new Dictionary<string, int>(_documentIds.Length, StringComparer.Ordinal);
            for (var d = 0; d < _documentIds.Length; d++)
            {
                documents[_documentIds[d]] = d;
            }

            return (rows, starts, documents);
        }

        /// <summary>
        /// Reads the table at <paramref name="path"/>, row by row: the same checks and messages as reading it whole with
        /// <see cref="CsvTable.Read"/> first, then the ids, then the numbers, and the first problem of the first kind found wins.
        /// </summary>
        /// <exception cref="InputException">The table is malformed.</exception>
        public static UnitTable Read(string path, string display)
        {
            if (!File.Exists(path))
            {
                return Empty;
            }

            var bytes = File.ReadAllBytes(path);
            if (Utf8Scan.Check(bytes) is { } invalid)
            {
                throw new InputException(IoDiagnostics.NotUtf8Text(invalid, display, invalid.Line));
            }

            // About 50 bytes a row as qcat writes them: room without growing the columns step by step.
            var builder = new Builder((bytes.Length / 48) + 16);
            Diagnostic? fieldCount = null, twice = null, numbers = null;
            var header = true;
            try
            {
                using var reader = CsvReader.Create(bytes, CsvTable.RecordOptions());
                while (reader.Read())
                {
                    var line = (int)reader.LineNumber;
                    if (header)
                    {
                        header = false;
                        var found = new string[reader.FieldCount];
                        for (var i = 0; i < found.Length; i++)
                        {
                            found[i] = reader.GetString(i);
                        }

                        if (!found.SequenceEqual(UnitColumns, StringComparer.Ordinal))
                        {
                            throw new InputException(IoDiagnostics.UnexpectedHeader(CorpusDiagnostics.BadTable, found, UnitColumns, display, line));
                        }

                        continue;
                    }

                    if (reader.FieldCount != UnitColumns.Count)
                    {
                        fieldCount ??= IoDiagnostics.StoredFieldCount(CorpusDiagnostics.BadTable, reader.FieldCount, UnitColumns.Count, display, line);
                        continue;
                    }

                    if (fieldCount is not null)
                    {
                        // Only the first wrong field count is reported; the rest is read for quoting errors alone.
                        continue;
                    }

                    var id = reader.GetString(0);
                    if (!builder.Index.TryAdd(id, builder.Count))
                    {
                        twice ??= CorpusDiagnostics.RowIdTwice("unit", id, builder.Lines[builder.Index[id]], display, line);
                        continue;
                    }

                    if (!int.TryParse(reader.GetSpan(2), out var ordinal) || !int.TryParse(reader.GetSpan(4), out var start) || !int.TryParse(reader.GetSpan(5), out var length))
                    {
                        numbers ??= CorpusDiagnostics.NotWholeNumbers(display, line);
                        (ordinal, start, length) = (0, 0, 0);
                    }

                    builder.Add(id, reader.GetSpan(1), ordinal, reader.GetSpan(3), start, length, reader.GetSpan(6), reader.GetSpan(7), line);
                }
            }
            catch (CsvFormatException e)
            {
                throw new InputException(IoDiagnostics.BadQuotes(CorpusDiagnostics.BadTable, e.Message, display, (int)e.LineNumber));
            }

            if ((fieldCount ?? twice ?? numbers) is { } problem)
            {
                throw new InputException(problem);
            }

            return new UnitTable(builder);
        }

        private static bool TryParseHash(ReadOnlySpan<char> hash, out ulong bits)
        {
            bits = 0;
            if (hash.Length != 16)
            {
                return false;
            }

            foreach (var c in hash)
            {
                int digit = c is >= '0' and <= '9' ? c - '0' : c is >= 'a' and <= 'f' ? c - 'a' + 10 : -1;
                if (digit < 0)
                {
                    return false;
                }

                bits = (bits << 4) | (uint)digit;
            }

            return true;
        }

        // The columns while they are read.
        private sealed class Builder
        {
            private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _documentsBySpan;
            private readonly Dictionary<string, int> _textIndex = new(StringComparer.Ordinal);
            private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _textsBySpan;

            public Builder(int capacity)
            {
                (Ids, Documents, Ordinals, Sections, Starts, Lengths, Hashes, Periods, Lines) =
                    (new string[capacity], new int[capacity], new int[capacity], new int[capacity], new int[capacity], new int[capacity], new ulong[capacity], new int[capacity], new int[capacity]);
                Index = new Dictionary<string, int>(capacity, StringComparer.Ordinal);
                _documentsBySpan = DocumentIndex.GetAlternateLookup<ReadOnlySpan<char>>();
                _textsBySpan = _textIndex.GetAlternateLookup<ReadOnlySpan<char>>();
            }

            public int Count { get; private set; }

#pragma warning disable SA1401 // Fields should be private: the columns are handed over as they are.
            public string[] Ids;
            public int[] Documents;
            public int[] Ordinals;
            public int[] Sections;
            public int[] Starts;
            public int[] Lengths;
            public ulong[] Hashes;
            public int[] Periods;
            public int[] Lines;
#pragma warning restore SA1401

            public Dictionary<int, string>? OtherHashes { get; private set; }

            public Dictionary<string, int> Index { get; }

            public Dictionary<string, int> DocumentIndex { get; } = new(StringComparer.Ordinal);

            public List<string> DocumentIds { get; } = [];

            public List<string> Texts { get; } = [];

            private char[] _chars = new char[256];

            public void Add(string id, ReadOnlySpan<byte> document, int ordinal, ReadOnlySpan<byte> section, int start, int length, ReadOnlySpan<byte> hash, ReadOnlySpan<byte> period, int line)
            {
                if (Count == Ids.Length)
                {
                    Grow();
                }

                var i = Count++;
                Ids[i] = id;
                Documents[i] = Number(_documentsBySpan, DocumentIds, Chars(document));
                Ordinals[i] = ordinal;
                Sections[i] = Number(_textsBySpan, Texts, Chars(section));
                Starts[i] = start;
                Lengths[i] = length;
                Periods[i] = Number(_textsBySpan, Texts, Chars(period));
                Lines[i] = line;
                if (!TryParseHash(Chars(hash), out Hashes[i]))
                {
                    OtherHashes ??= [];
                    OtherHashes[i] = Chars(hash).ToString();
                }
            }

            // A field as text, in a buffer reused from field to field.
            private ReadOnlySpan<char> Chars(ReadOnlySpan<byte> utf8)
            {
                if (_chars.Length < utf8.Length)
                {
                    _chars = new char[utf8.Length];
                }

                return _chars.AsSpan(0, System.Text.Encoding.UTF8.GetChars(utf8, _chars));
            }

            private static int Number(Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup, List<string> list, ReadOnlySpan<char> text)
            {
                if (!lookup.TryGetValue(text, out var number))
                {
                    number = list.Count;
                    var owned = text.ToString();
                    lookup.Dictionary.Add(owned, number);
                    list.Add(owned);
                }

                return number;
            }

            private void Grow()
            {
                var size = Math.Max(16, Ids.Length * 2);
                Array.Resize(ref Ids, size);
                Array.Resize(ref Documents, size);
                Array.Resize(ref Ordinals, size);
                Array.Resize(ref Sections, size);
                Array.Resize(ref Starts, size);
                Array.Resize(ref Lengths, size);
                Array.Resize(ref Hashes, size);
                Array.Resize(ref Periods, size);
                Array.Resize(ref Lines, size);
            }
        }
    }
}
