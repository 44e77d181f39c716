using ContentAnalysis.Core.Agreement;

namespace ContentAnalysis.Cli.Commands;

/// <summary>Reading <c>agree --matrix</c>: the matrix, one line naming the unit column, and the reader's warnings.</summary>
internal static partial class AgreeCommand
{
    private static ReliabilityData ReadMatrix(CliContext context, string path, ReliabilityMatrixReadOptions options, string display, CancellationToken cancellationToken)
    {
        var file = ReliabilityMatrixReader.LoadFile(path, options, display, cancellationToken);
        if (file.UnitColumn is { } unitColumn)
        {
            context.Fail(CliMessages.UnitColumnTaken(display, unitColumn, file.Data.CoderCount));
        }

        context.Report(file.Warnings);
        return file.Data;
    }
}
