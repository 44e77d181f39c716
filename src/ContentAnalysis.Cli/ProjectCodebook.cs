using ContentAnalysis.Core;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Cli;

/// <summary>Loads the codebook a command works with, stopping on its errors (warnings belong to `qcat codebook validate`).</summary>
internal static class ProjectCodebook
{
    /// <exception cref="InputException">No codebook can be found or it has errors.</exception>
    public static Codebook Load(ProjectLayout layout, string? requested)
    {
        var result = CodebookLoader.LoadFile(CodebookLocator.Resolve(layout, requested));
        if (result.Codebook is null)
        {
            throw new InputException(result.Diagnostics);
        }

        return result.Codebook;
    }
}
