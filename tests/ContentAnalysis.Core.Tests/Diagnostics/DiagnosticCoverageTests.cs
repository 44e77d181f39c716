using System.Reflection;
using System.Text.RegularExpressions;

namespace ContentAnalysis.Core.Tests.Diagnostics;

/// <summary>Every code in a diagnostics catalogue is raised by some test, found by its constant's name or its code.</summary>
public sealed partial class DiagnosticCoverageTests
{
    // Catalogued ahead of the command that raises them. Each must not be used anywhere in src/ yet: once its command
    // raises it, this test fails until a test raises it too and the entry goes.
    private static readonly string[] NotRaisedYet = []; // codes catalogued ahead of the code that raises them

    [Fact]
    public void EveryCataloguedCode_OccursInATestOtherThanThisOne()
    {
        var catalogue = typeof(Core.Diagnostics.Diagnostic).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: true, IsSealed: true } && (t.Name.EndsWith("Diagnostics", StringComparison.Ordinal) || t.Name.EndsWith("DiagnosticCodes", StringComparison.Ordinal)))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral && f.GetRawConstantValue() is string code && Code().IsMatch(code)).Select(f => (Name: $"{t.Name}.{f.Name}", Code: (string)f.GetRawConstantValue()!)))
            .ToList();
        var self = Path.Combine("Diagnostics", nameof(DiagnosticCoverageTests) + ".cs");
        var tests = string.Concat(Directory.EnumerateFiles(RepositoryRoot.Combine("tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.EndsWith(self, StringComparison.Ordinal))
            .Select(File.ReadAllText));

        Assert.True(catalogue.Count > 60, $"only {catalogue.Count} catalogued codes found");
        var raising = string.Concat(Directory.EnumerateFiles(RepositoryRoot.Combine("src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => string.Join('\n', File.ReadLines(f).Where(line => !line.Contains("public const string", StringComparison.Ordinal)))));
        Assert.All(NotRaisedYet, code => Assert.DoesNotContain(catalogue.Where(c => c.Code == code), c => raising.Contains(c.Name, StringComparison.Ordinal) || raising.Contains(c.Name.Split('.')[1], StringComparison.Ordinal)));
        var untested = catalogue.Where(c => !NotRaisedYet.Contains(c.Code)).GroupBy(c => c.Code)
            .Where(g => !tests.Contains($"\"{g.Key}", StringComparison.Ordinal) && !tests.Contains($" {g.Key}", StringComparison.Ordinal) && !g.Any(c => tests.Contains(c.Name, StringComparison.Ordinal)))
            .Select(g => $"{g.Key} ({string.Join(", ", g.Select(c => c.Name))})");
        Assert.Empty(untested);
    }

    [GeneratedRegex("^QCA[0-9]{4}$")]
    private static partial Regex Code();
}
