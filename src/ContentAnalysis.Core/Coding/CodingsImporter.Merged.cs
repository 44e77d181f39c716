using System.Collections;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Corpus;
using ContentAnalysis.Core.Values;

namespace ContentAnalysis.Core.Coding;

/// <summary>The imported codings held compactly between reading the table and appending them.</summary>
public static partial class CodingsImporter
{
    /// <summary>
    /// The merged codings of the rows read so far: one struct per coder × unit × dimension (in the order of first rows),
    /// found again through an array per coder and dimension indexed by the unit's row in the units table. 600,000 rows
    /// take about 30 MB, where rows, cells and a record each took over 400 MB.
    /// </summary>
    private sealed class MergedCodings(int unitCount, int dimensionCount, int capacity)
    {
        private readonly IdNumbering _coders = new();
        private readonly List<int[]?> _slots = [];
        private Entry[] _entries = new Entry[Math.Max(16, capacity)];

        public int Count { get; private set; }

        public int CoderCount => _coders.Count;

        public string CoderName(int coder) => _coders[coder];

        /// <summary>The number of a coder, numbering it when new (so coders are numbered in the order of their first coding).</summary>
        public int Coder(string name)
        {
            var coder = _coders.Number(name, out var added);
            if (added)
            {
                _slots.AddRange(Enumerable.Repeat<int[]?>(null, dimensionCount));
            }

            return coder;
        }

        /// <summary>The index of the entry of the same coder, unit and dimension, or null.</summary>
        public int? Find(in Entry entry) =>
            _slots[(entry.Coder * dimensionCount) + entry.Dimension] is { } slots && slots[entry.Unit] > 0 ? slots[entry.Unit] - 1 : null;

        public void Add(in Entry entry)
        {
            if (Count == _entries.Length)
            {
                Array.Resize(ref _entries, _entries.Length * 2);
            }

            _entries[Count++] = entry;
            var index = (entry.Coder * dimensionCount) + entry.Dimension;
            (_slots[index] ??= new int[unitCount])[entry.Unit] = Count;
        }

        public ref Entry At(int index) => ref _entries[index];

        /// <summary>One merged coding: the coder's number, the unit's row, the dimension's index in the codebook.</summary>
#pragma warning disable CA1859 // The validated lists are shared read-only arrays; a merge makes a list.
        internal readonly record struct Entry(int Coder, int Unit, int Dimension, IReadOnlyList<string> Values, string Memo, int Line);
#pragma warning restore CA1859
    }

    /// <summary>
    /// The records appended, made when they are read (to be written, or by a caller), never all held: each coder's
    /// entries in the order of first rows, then its <c>uncoded</c> records.
    /// </summary>
    private sealed class ImportedRecords(MergedCodings merged, CorpusStore.UnitTable table, Codebook codebook, DateTimeOffset time) : IReadOnlyList<CodingRecord>
    {
        private readonly List<CoderRecords> _appended = [];

        public int Count { get; private set; }

        public CodingRecord this[int index]
        {
            get
            {
                ArgumentOutOfRangeException.ThrowIfNegative(index);
                foreach (var records in _appended)
                {
                    if (index < records.Count)
                    {
                        return records[index];
                    }

                    index -= records.Count;
                }

                throw new ArgumentOutOfRangeException(nameof(index));
            }
        }

        /// <summary>The records of one coder: its entries, then an <c>uncoded</c> per (unit row, dimension index).</summary>
        public CoderRecords Of(int coder, List<(int Unit, int Dimension)> uncoded)
        {
            var entries = new List<int>();
            for (var e = 0; e < merged.Count; e++)
            {
                if (merged.At(e).Coder == coder)
                {
                    entries.Add(e);
                }
            }

            return new CoderRecords(this, merged.CoderName(coder), [.. entries], uncoded);
        }

        /// <summary>Counts a coder's records among the appended ones.</summary>
        public void Add(CoderRecords records)
        {
            _appended.Add(records);
            Count += records.Count;
        }

        public IEnumerator<CodingRecord> GetEnumerator() => _appended.SelectMany(r => r).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        private CodingRecord Record(string coder, int unit, int dimension, IReadOnlyList<string> values, string memo) =>
            new(time, coder, table.Id(unit), codebook.Dimensions[dimension].Id, values, memo, codebook.ContentHash, table.Hash(unit));

        internal sealed class CoderRecords(ImportedRecords all, string coder, int[] entries, List<(int Unit, int Dimension)> uncoded) : IReadOnlyList<CodingRecord>, CodingJournal.IWithoutProvenance
        {
            private static readonly string[] Uncoded = [ReservedValues.Uncoded];

            public int Count => entries.Length + uncoded.Count;

            public CodingRecord this[int index]
            {
                get
                {
                    if (index < entries.Length)
                    {
                        ref readonly var entry = ref all.Merged.At(entries[index]);
                        return all.Record(coder, entry.Unit, entry.Dimension, entry.Values, entry.Memo);
                    }

                    var (unit, dimension) = uncoded[index - entries.Length];
                    return all.Record(coder, unit, dimension, Uncoded, string.Empty);
                }
            }

            public IEnumerator<CodingRecord> GetEnumerator()
            {
                for (var i = 0; i < Count; i++)
                {
                    yield return this[i];
                }
            }

            IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
        }

        private MergedCodings Merged => merged;
    }
}
