using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Agreement;

/// <summary>Turns the rows of a ratings spreadsheet into a <see cref="ReliabilityData"/>, collecting every problem.</summary>
internal static partial class MatrixBuilder
{
    // A broken million-row file should not print a million lines.
    internal const int MaxErrors = 20;

    public static ReliabilityMatrixFile FromCoderRows(ReliabilityMatrixReader.RawTable table, ReliabilityMatrixReadOptions options, string file)
    {
        var (rows, lines) = (table.Rows, table.Lines);
        if (rows.Count == 0)
        {
            throw new InputException(AgreementDiagnostics.EmptyMatrix(file, transposed: true));
        }

        var header = rows[0];
        var unitIds = CheckNames(header, 1, (int)lines[0], file, "unit");
        var coderCount = rows.Count - 1;
        if (coderCount < 2)
        {
            throw new InputException(AgreementDiagnostics.TooFewCoderLines(coderCount, "row", file, (int)lines[0]));
        }

        var bag = new DiagnosticBag();
        var interner = new ValueInterner();
        var coders = new string[coderCount];
        var cells = new int[checked(unitIds.Count * coderCount)];
        for (var r = 1; r < rows.Count && bag.Count < MaxErrors; r++)
        {
            var row = rows[r];
            if (row.Length != header.Length)
            {
                bag.Add(AgreementDiagnostics.RowLength(row.Length, header.Length, transposed: true, file, (int)lines[r]));
                continue;
            }

            coders[r - 1] = row[0];
            for (var u = 0; u < unitIds.Count; u++)
            {
                cells[(u * coderCount) + r - 1] = interner.Intern(row[u + 1], lines[r]);
            }
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < coders.Length; i++)
        {
            if (coders[i] is { } name && !names.Add(name))
            {
                bag.Add(AgreementDiagnostics.CoderRowTwice(name, file, (int)lines[i + 1]));
            }
        }

        return Finish(bag, interner, unitIds, coders, cells, options, file);
    }

    internal static List<string> CheckNames(string[] header, int first, int line, string file, string what)
    {
        var names = header.Skip(first).ToList();
        if (what == "coder" && names.Count < 2)
        {
            throw new InputException(AgreementDiagnostics.TooFewCoderLines(names.Count, "column", file, line));
        }

        if (what == "coder" && names.All(ReliabilityMatrixReader.IsNumber))
        {
            throw new InputException(AgreementDiagnostics.HeaderLooksLikeData(file, line));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i].Length == 0)
            {
                throw new InputException(AgreementDiagnostics.UnnamedColumn(first + i + 1, what, file, line));
            }

            if (!seen.Add(names[i]))
            {
                throw new InputException(AgreementDiagnostics.NameTwiceInHeader(what, names[i], file, line));
            }
        }

        return names;
    }

    internal static ReliabilityMatrixFile Finish(DiagnosticBag bag, ValueInterner interner, IReadOnlyList<string> unitIds, IReadOnlyList<string> coders, int[] cells, ReliabilityMatrixReadOptions options, string file)
    {
        CheckLabels(bag, interner, options, file);
        if (bag.HasErrors)
        {
            throw new InputException(bag.Sorted());
        }

        var (values, numbers, remap, isNumber) = interner.Sorted(options.ValueOrder);
        var warnings = numbers is null && isNumber.Contains(true) ? MixedColumns(cells, coders, interner.Labels, isNumber, file) : [];
        for (var i = 0; i < cells.Length; i++)
        {
            if (cells[i] >= 0)
            {
                cells[i] = remap[cells[i]];
            }
        }

        return new ReliabilityMatrixFile(new ReliabilityData(unitIds, coders, values, cells, numbers), null, warnings);
    }

    /// <summary>Adds an error for each label the options refuse: not a number when numbers are required, not in the given order.</summary>
    internal static void CheckLabels(DiagnosticBag bag, ValueInterner interner, ReliabilityMatrixReadOptions options, string file)
    {
        if (options.RequireNumeric)
        {
            foreach (var (label, line) in interner.FirstLines.Where(p => !ReliabilityMatrixReader.IsNumber(p.Label)).OrderBy(p => p.Line).Take(MaxErrors))
            {
                bag.Add(AgreementDiagnostics.ValueNotNumber(label, file, (int)line));
            }
        }
        else if (options.ValueOrder is { } order && !interner.Labels.All(ReliabilityMatrixReader.IsNumber))
        {
            foreach (var (label, line) in interner.FirstLines.Where(p => !order.Contains(p.Label)).OrderBy(p => p.Line).Take(MaxErrors))
            {
                bag.Add(AgreementDiagnostics.ValueNotInOrder(label, file, (int)line));
            }
        }
    }

    // Only run when the matrix holds both numbers and labels, so a clean file pays nothing for it.
    private static List<Diagnostic> MixedColumns(int[] cells, IReadOnlyList<string> coders, IReadOnlyList<string> labels, bool[] isNumber, string file)
    {
        var width = coders.Count;
        var warnings = new List<Diagnostic>();
        for (var c = 0; c < width; c++)
        {
            var (number, label) = (-1, -1);
            for (var i = c; i < cells.Length && (number < 0 || label < 0); i += width)
            {
                var code = cells[i];
                if (code >= 0 && isNumber[code])
                {
                    number = number < 0 ? code : number;
                }
                else if (code >= 0)
                {
                    label = label < 0 ? code : label;
                }
            }

            if (number >= 0 && label >= 0)
            {
                warnings.Add(AgreementDiagnostics.ColumnMixesNumbersAndLabels(coders[c], labels[number], labels[label], file));
            }
        }

        return warnings;
    }
}
