using ContentAnalysis.Core.Agreement;

namespace ContentAnalysis.Cli.Commands;

/// <summary>Reading <c>agree --matrix</c>: the matrix, one line naming the unit column, and the reader's warnings.</summary>
internal static partial class AgreeCommand
{
    private const int LargeMatrixCells = 1_000_000;

    private static ReliabilityData ReadMatrix(CliContext context, string path, ReliabilityMatrixReadOptions options, string display, CancellationToken cancellationToken)
    {
        var file = ReliabilityMatrixReader.LoadFile(path, options, display, cancellationToken);
        if (file.UnitColumn is { } unitColumn)
        {
            context.Fail(CliMessages.UnitColumnTaken(display, unitColumn, file.Data.CoderCount));
        }

        context.Report(file.Warnings);
        if (file.Data.Cells.Length >= LargeMatrixCells && file.Data.ValueCount > ReliabilityMatrixReader.ContinuousFromValues)
        {
            // The reader's temporary arrays of a large continuous matrix (its sort keys: tens of MB) are dead now;
            // collecting them here lets the coefficients reuse that memory instead of adding to the peak. A matrix of
            // categories leaves less behind than the collection costs in time.
            GC.Collect();
        }

        return file.Data;
    }
}
