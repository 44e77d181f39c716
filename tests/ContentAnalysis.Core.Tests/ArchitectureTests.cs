using System.Reflection;

namespace ContentAnalysis.Core.Tests;

public sealed class ArchitectureTests
{
    private static readonly Assembly Core = typeof(ProjectLayout).Assembly;

    [Theory]
    [InlineData("System.CommandLine")]
    [InlineData("Spectre.Console")]
    public void Core_DoesNotReference_ConsoleLibraries(string assemblyName)
    {
        var references = Core.GetReferencedAssemblies().Select(a => a.Name);
        Assert.DoesNotContain(assemblyName, references);
    }

    [Fact]
    public void Core_PublicTypes_LiveInFolderNamespaces()
    {
        var offenders = Core.GetExportedTypes()
            .Where(t => t.Namespace is null || !t.Namespace.StartsWith("ContentAnalysis.Core", StringComparison.Ordinal))
            .Select(t => t.FullName)
            .ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void Core_PublicClasses_AreSealedOrStaticOrAbstract()
    {
        var offenders = Core.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract)
            .Select(t => t.FullName)
            .ToList();
        Assert.Empty(offenders);
    }
}
