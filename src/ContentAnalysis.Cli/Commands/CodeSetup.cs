using ContentAnalysis.Core.Projects;

namespace ContentAnalysis.Cli.Commands;

/// <summary>Names shared by <c>code</c>, <c>sample</c> and <c>progress</c>.</summary>
internal static class CodeSetup
{
    /// <summary>The name that means "every unit of the corpus" for <c>--sample</c>.</summary>
    public const string AllUnits = NameResolver.AllUnits;
}
