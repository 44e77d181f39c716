using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Agreement;

/// <summary>Turns the rows of a ratings spreadsheet into a <see cref="ReliabilityData"/>, collecting every problem.</summary>
internal static partial class MatrixBuilder
{
    // A broken million-row file should not print a million lines.
    internal const int MaxErrors = 20;

    public static ReliabilityData FromCoderRows(ReliabilityMatrixReader.RawTable table, ReliabilityMatrixReadOptions options, string file)
    {
        var (rows, lines) = (table.Rows, table.Lines);
        if (rows.Count == 0)
        {
            throw Fail(AgreementDiagnostics.Empty, "the file is empty", file, 1, "with --transpose: a header row of unit ids, then one row per coder starting with the coder's name");
        }

        var header = rows[0];
        var unitIds = CheckNames(header, 1, (int)lines[0], file, "unit");
        var coderCount = rows.Count - 1;
        if (coderCount < 2)
        {
            throw Fail(AgreementDiagnostics.TooFewCoders, $"{coderCount} coder row(s); agreement needs at least two coders", file, (int)lines[0], "add a row per coder");
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
                bag.Error(AgreementDiagnostics.RaggedRow, $"row has {row.Length} cells but the header has {header.Length}", file, (int)lines[r], hint: "every coder row needs one cell per unit; leave a cell empty (or NA) for a missing value");
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
                bag.Error(AgreementDiagnostics.BadHeader, $"coder '{name}' appears twice", file, (int)lines[i + 1], hint: "give each coder one row");
            }
        }

        return Finish(bag, interner, unitIds, coders, cells, options, file);
    }

    internal static List<string> CheckNames(string[] header, int first, int line, string file, string what)
    {
        var names = header.Skip(first).ToList();
        if (what == "coder" && names.Count < 2)
        {
            throw Fail(AgreementDiagnostics.TooFewCoders, $"{names.Count} coder column(s); agreement needs at least two coders", file, line, "put one column per coder, with the coder's name in the first row");
        }

        if (what == "coder" && names.All(ReliabilityMatrixReader.IsNumber))
        {
            throw Fail(AgreementDiagnostics.BadHeader, "the first row looks like data, not coder names", file, line, "add a header row of coder names (optionally starting with 'unit')");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i].Length == 0)
            {
                throw Fail(AgreementDiagnostics.BadHeader, $"column {first + i + 1} of the header has no {what} name", file, line, $"name every {what} column");
            }

            if (!seen.Add(names[i]))
            {
                throw Fail(AgreementDiagnostics.BadHeader, $"{what} '{names[i]}' appears twice in the header", file, line, $"give each {what} one column");
            }
        }

        return names;
    }

    internal static ReliabilityData Finish(DiagnosticBag bag, ValueInterner interner, IReadOnlyList<string> unitIds, IReadOnlyList<string> coders, int[] cells, ReliabilityMatrixReadOptions options, string file)
    {
        if (options.RequireNumeric)
        {
            foreach (var (label, line) in interner.FirstLines.Where(p => !ReliabilityMatrixReader.IsNumber(p.Key)).OrderBy(p => p.Value).Take(MaxErrors))
            {
                bag.Error(AgreementDiagnostics.NotNumeric, $"value '{label}' is not a number", file, (int)line, hint: "interval and ratio data need numbers (use . as decimal point); use --level nominal or ordinal for labels");
            }
        }
        else if (options.ValueOrder is { } order && !interner.Labels.All(ReliabilityMatrixReader.IsNumber))
        {
            foreach (var (label, line) in interner.FirstLines.Where(p => !order.Contains(p.Key)).OrderBy(p => p.Value).Take(MaxErrors))
            {
                bag.Error(AgreementDiagnostics.NotInOrder, $"value '{label}' is not in the given value order", file, (int)line, hint: "list every label in --order, lowest rank first");
            }
        }

        if (bag.HasErrors)
        {
            throw new InputException(bag.Sorted());
        }

        var (values, numbers, remap) = interner.Sorted(options.ValueOrder);
        for (var i = 0; i < cells.Length; i++)
        {
            if (cells[i] >= 0)
            {
                cells[i] = remap[cells[i]];
            }
        }

        return new ReliabilityData(unitIds, coders, values, cells, numbers);
    }

    internal static InputException Fail(string code, string message, string file, int line, string hint) =>
        new(Diagnostic.Error(code, message, file, line, hint: hint));
}
