using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Corpus;
using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Coding;

/// <summary>
/// Cross-checks corpus, journals and codebook: codings of unknown units, dimensions, categories or levels;
/// units whose text changed since they were coded; codings made under another codebook version (warning);
/// documents without units (warning); missing or cut document texts; document texts no table lists (warning); damaged journals; journals whose file name is
/// not a coder name (warning).
/// </summary>
public static class IntegrityCheck
{
    /// <summary>Checks the project; <paramref name="codebook"/> null skips the codebook checks.</summary>
    /// <exception cref="InputException">A corpus table cannot be read at all.</exception>
    public static IntegrityReport Run(ProjectLayout layout, Codebook? codebook, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var corpus = CorpusStore.Open(layout);
        var store = CodingStore.Open(layout);
        var bag = new DiagnosticBag();
        var documentsFile = layout.Relative(CorpusStore.DocumentsTablePath(layout));
        // Hashing every unit's text is most of the check: the documents are checked in parallel, reported in order.
        var documentBags = new DiagnosticBag[corpus.Documents.Count];
        try
        {
            Parallel.For(0, documentBags.Length, new ParallelOptions { CancellationToken = cancellationToken }, i => CheckDocument(i));
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            // The same exception a sequential check throws (an unreadable text, say).
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }

        void CheckDocument(int i)
        {
            var document = corpus.Documents[i];
            var documentBag = new DiagnosticBag();
            if (corpus.UnitRows.RowsOf(document.Id).IsEmpty)
            {
                documentBag.Add(CodingDiagnostics.NoUnits(document.Id, documentsFile));
            }

            CheckText(layout, corpus, document.Id, documentBag);
            documentBags[i] = documentBag;
        }

        foreach (var documentBag in documentBags)
        {
            bag.AddRange(documentBag);
        }

        CheckUnlistedTexts(layout, corpus, bag);
        if (Directory.Exists(layout.CodingsDirectory))
        {
            foreach (var file in Directory.EnumerateFiles(layout.CodingsDirectory, "*.csv").Where(f => !CodingStore.IsValidJournalName(Path.GetFileNameWithoutExtension(f))).Order(StringComparer.Ordinal))
            {
                bag.Add(CodingDiagnostics.JournalNameIgnored(Path.GetFileName(file), layout.Relative(file)));
            }
        }

        var codingCount = 0;
        var coders = store.Coders;
        var checkedValues = new HashSet<(int Dimension, string[] Values)>(ValueSetComparer.Instance);
        int[] units = [];
        foreach (var codings in store.Inspect(coders, cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var coder = codings.Coder;
            bag.AddRange(codings.Diagnostics);
            var folded = codings.Folded;
            var keys = folded.Keys;
            units = UnitsByOrdinal(corpus, keys, units);
            var dimensions = Enumerable.Range(0, keys.DimensionCount).Select(d => codebook?.FindDimension(keys.DimensionId(d))).ToArray();
            var otherHashes = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var u = 0; u < keys.UnitCount; u++)
            {
                for (var d = 0; d < keys.DimensionCount; d++)
                {
                    var slot = folded.Slot(u, d);
                    if (slot == 0)
                    {
                        continue;
                    }

                    codingCount++;
                    ref readonly var entry = ref folded.At(slot);
                    var valid = dimensions[d] is not null && checkedValues.Contains((d, entry.Values));
                    CheckCoding(codings.JournalFile, keys.UnitId(u), corpus.UnitRows, units[u], keys.DimensionId(d), entry, codebook, !valid, bag, otherHashes);
                    if (!valid && dimensions[d] is { } dimension && CodingValidator.Values(dimension, entry.Values, new DiagnosticBag(), null, 0, string.Empty) is not null)
                    {
                        checkedValues.Add((d, entry.Values));
                    }
                }
            }

            foreach (var (hash, count) in otherHashes.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                bag.Add(CodingDiagnostics.CodedUnderOtherCodebook(count, coder, Short(hash), Short(codebook!.ContentHash), codings.JournalFile));
            }
        }

        return new IntegrityReport(bag.Sorted(), corpus.Documents.Count, corpus.Units.Count, coders.Count, codingCount);
    }

    // A text no table lists is invisible to every command; it is left by a removed document or a write that failed.
    private static void CheckUnlistedTexts(ProjectLayout layout, CorpusStore corpus, DiagnosticBag bag)
    {
        var folder = CorpusStore.TextsDirectory(layout);
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileNameWithoutExtension(file);
            if (corpus.FindDocument(id) is null)
            {
                bag.Add(CodingDiagnostics.TextUnlisted(id, layout.Relative(file)));
            }
        }
    }

    // Every unit is a span of the stored text; without it (or with a cut one) 'corpus show' and coding fail.
    private static void CheckText(ProjectLayout layout, CorpusStore corpus, string documentId, DiagnosticBag bag)
    {
        var path = CorpusStore.TextPath(layout, documentId);
        if (!File.Exists(path))
        {
            bag.Add(CodingDiagnostics.TextMissing(documentId, layout.Relative(path)));
            return;
        }

        var text = File.ReadAllText(path);
        var length = text.Length;
        var table = corpus.UnitRows;
        var rows = table.RowsOf(documentId);
        var (beyond, firstBeyond) = (0, -1);
        foreach (var row in rows)
        {
            if ((long)table.Start(row) + table.Length(row) > length)
            {
                beyond++;
                firstBeyond = firstBeyond < 0 ? row : firstBeyond;
            }
        }

        if (beyond > 0)
        {
            bag.Add(CodingDiagnostics.TextTooShort(documentId, length, beyond, table.Id(firstBeyond), table.Start(firstBeyond) + table.Length(firstBeyond), layout.Relative(path)));
            return;
        }

        // A text edited by hand keeps its length more often than not: each unit's span must still hash as recorded.
        var (changed, firstChanged) = (0, -1);
        foreach (var row in rows)
        {
            if (!table.HashIs(row, DocumentParser.HashUnit(text.AsSpan(table.Start(row), table.Length(row)))))
            {
                changed++;
                firstChanged = firstChanged < 0 ? row : firstChanged;
            }
        }

        if (changed > 0)
        {
            bag.Add(CodingDiagnostics.TextChanged(documentId, changed, table.Id(firstChanged), table.Start(firstChanged), layout.Relative(path)));
        }
    }

    // The units table row of each unit ordinal (-1: not in the corpus), looked up once for all journals.
    private static int[] UnitsByOrdinal(CorpusStore corpus, CodingKeys keys, int[] known)
    {
        if (known.Length == keys.UnitCount)
        {
            return known;
        }

        var units = new int[keys.UnitCount];
        known.CopyTo(units, 0);
        for (var u = known.Length; u < units.Length; u++)
        {
            units[u] = corpus.UnitRows.IndexOf(keys.UnitId(u));
        }

        return units;
    }

    // codebook null: no codebook checks; checkValues false: the values were found valid on this dimension already.
    private static void CheckCoding(string file, string unitId, CorpusStore.UnitTable table, int row, string dimensionId, in FoldedCodings.Entry value, Codebook? codebook, bool checkValues, DiagnosticBag bag, Dictionary<string, int> otherHashes)
    {
        if (row < 0)
        {
            bag.Add(CodingDiagnostics.CodedUnitGone(unitId, dimensionId, file, value.Line));
        }
        else if (!table.HashIs(row, value.UnitHash))
        {
            bag.Add(CodingDiagnostics.UnitChanged(unitId, dimensionId, value.UnitHash, table.Hash(row), file, value.Line));
        }

        if (codebook is null)
        {
            return;
        }

        if (checkValues && CodingValidator.Dimension(codebook, dimensionId, bag, file, value.Line) is { } dimension)
        {
            CodingValidator.Values(dimension, value.Values, bag, file, value.Line, unitId);
        }

        if (!string.Equals(value.CodebookHash, codebook.ContentHash, StringComparison.Ordinal))
        {
            otherHashes[value.CodebookHash] = otherHashes.GetValueOrDefault(value.CodebookHash) + 1;
        }
    }

    // A dimension and a value set by reference: the journals share one array per distinct values field.
    private sealed class ValueSetComparer : IEqualityComparer<(int Dimension, string[] Values)>
    {
        public static readonly ValueSetComparer Instance = new();

        public bool Equals((int Dimension, string[] Values) x, (int Dimension, string[] Values) y) => x.Dimension == y.Dimension && ReferenceEquals(x.Values, y.Values);

        public int GetHashCode((int Dimension, string[] Values) obj) => HashCode.Combine(obj.Dimension, System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Values));
    }

    private static string Short(string hash) => hash.Length > 12 ? hash[..12] : hash;
}
