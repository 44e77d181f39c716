using System.Reflection;
using System.Text.RegularExpressions;

namespace ContentAnalysis.Core.Tests;

public sealed partial class ArchitectureTests
{
    private const string Root = "Core";

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

    [Theory]
    [InlineData("JsonSerializer.Serialize")]
    [InlineData("new JsonSerializerOptions")]
    [InlineData("Utf8JsonWriter")]
    public void Cli_DoesNotSerializeJsonItself(string pattern)
    {
        // Issue 15: output has one home, Core/Reporting (DTOs and a source-generated context); the CLI only prints.
        Assert.Empty(CliSourcesContaining(pattern));
    }

    [Theory]
    [InlineData("\"| ")]
    [InlineData("\"|---")]
    [InlineData("\"### ")]
    [InlineData("\"**")]
    public void Cli_DoesNotWriteMarkdownItself(string literal)
    {
        // Issue 15: Markdown tables, headings and bold text are written by Core/Reporting (TableWriter,
        // AnalysisMarkdownWriter, AgreementMarkdownWriter); a CLI string literal starting with one of them is an offender.
        Assert.Empty(CliSourcesContaining(literal));
    }

    private static List<string> CliSourcesContaining(string pattern)
    {
        var cli = RepositoryRoot.Combine("src", "ContentAnalysis.Cli");
        return Directory.EnumerateFiles(cli, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains(pattern, StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(cli, f))
            .ToList();
    }

    [Fact]
    public void ArchitectureDoc_ListsEveryCoreFolder()
    {
        var listed = AllowedDependencies();
        var missing = CoreSources.Value.Select(s => s.Folder).Distinct().Where(f => !listed.ContainsKey(f)).Order(StringComparer.Ordinal);
        Assert.Empty(missing);
    }

    [Fact]
    public void CoreFiles_DeclareTheirTopLevelFolderNamespace()
    {
        var offenders = CoreSources.Value
            .Where(s => s.Namespace is not null && s.Namespace != NamespaceOf(s.Folder))
            .Select(s => $"{s.RelativePath}: namespace {s.Namespace}, expected {NamespaceOf(s.Folder)}")
            .ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void CoreFolders_UseOnlyTheFoldersDocsArchitectureAllows()
    {
        var allowed = AllowedDependencies();
        var offenders = Edges()
            .Where(e => e.From != e.To && e.To != Root && !(allowed.TryGetValue(e.From, out var uses) && uses.Contains(e.To)))
            .Select(e => $"{e.File}: {e.From} -> {e.To} ({e.Evidence}) is not allowed by docs/architecture.md")
            .Distinct()
            .ToList();
        Assert.True(offenders.Count == 0, string.Join(Environment.NewLine, offenders));
    }

    [Fact]
    public void AllowedDependencies_HaveNoCycle()
    {
        var cycle = FindCycle(AllowedDependencies());
        Assert.True(cycle is null, $"docs/architecture.md allows a cycle: {string.Join(" -> ", cycle ?? [])}");
    }

    [Fact]
    public void CoreFolders_ActualDependencies_HaveNoCycle()
    {
        var graph = Edges()
            .Where(e => e.From != e.To)
            .GroupBy(e => e.From)
            .ToDictionary(g => g.Key, g => (IReadOnlySet<string>)g.Select(e => e.To).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var cycle = FindCycle(graph);
        Assert.True(cycle is null, $"Core folders form a cycle: {string.Join(" -> ", cycle ?? [])}");
    }

    [Fact]
    public void AllowedDependencies_ParseTheDocumentedBlock()
    {
        var allowed = AllowedDependencies();

        // Spot checks of the layering the page describes, so a parsing slip cannot pass silently.
        Assert.Empty(allowed["Diagnostics"]);
        Assert.DoesNotContain("Coding", allowed["Corpus"]);
        Assert.DoesNotContain("Codebooks", allowed["Agreement"]);
        Assert.Contains("Agreement", allowed["Coding"]);
    }

    private static string NamespaceOf(string folder) => folder == Root ? "ContentAnalysis.Core" : $"ContentAnalysis.Core.{folder}";

    private static Dictionary<string, IReadOnlySet<string>> AllowedDependencies()
    {
        var text = File.ReadAllText(RepositoryRoot.Combine("docs", "architecture.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var block = DependencyBlock().Match(text);
        Assert.True(block.Success, "docs/architecture.md has no ```dependencies block");
        var allowed = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var line in block.Groups[1].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var match = DependencyLine().Match(line);
            Assert.True(match.Success, $"docs/architecture.md: cannot read dependency line '{line}'");
            var uses = match.Groups[2].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            Assert.True(allowed.TryAdd(match.Groups[1].Value, uses.ToHashSet(StringComparer.Ordinal)), $"docs/architecture.md lists {match.Groups[1].Value} twice");
        }

        return allowed;
    }

    private static List<Edge> Edges()
    {
        var sources = CoreSources.Value;
        var typesByFolder = sources.GroupBy(s => s.Folder)
            .ToDictionary(g => g.Key, g => g.SelectMany(s => s.DeclaredTypes).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var edges = new List<Edge>();
        foreach (var source in sources)
        {
            foreach (Match match in QualifiedUse().Matches(source.Code))
            {
                edges.Add(new Edge(source.RelativePath, source.Folder, match.Groups[1].Value, match.Value.Trim()));
            }

            // Inside ContentAnalysis.Core.*, "Coding.CodingStore" names a sibling folder's type without the prefix.
            foreach (Match match in PartlyQualifiedUse().Matches(source.Code))
            {
                var (folder, type) = (match.Groups[1].Value, match.Groups[2].Value);
                if (folder != source.Folder && typesByFolder.TryGetValue(folder, out var types) && types.Contains(type))
                {
                    edges.Add(new Edge(source.RelativePath, source.Folder, folder, match.Value));
                }
            }

            // Root types (ProjectLayout) are visible from every Core namespace without a using.
            if (source.Folder != Root && typesByFolder.TryGetValue(Root, out var rootTypes))
            {
                foreach (var type in rootTypes.Where(t => Regex.IsMatch(source.Code, $@"\b{t}\b")))
                {
                    edges.Add(new Edge(source.RelativePath, source.Folder, Root, type));
                }
            }
        }

        return edges;
    }

    private static IReadOnlyList<string>? FindCycle(IReadOnlyDictionary<string, IReadOnlySet<string>> graph)
    {
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: on the path, true: done
        var path = new List<string>();

        IReadOnlyList<string>? Visit(string node)
        {
            if (state.TryGetValue(node, out var done))
            {
                return done ? null : [.. path.Skip(path.IndexOf(node)), node];
            }

            state[node] = false;
            path.Add(node);
            foreach (var next in graph.GetValueOrDefault(node) ?? new HashSet<string>())
            {
                if (next != node && Visit(next) is { } cycle)
                {
                    return cycle;
                }
            }

            path.RemoveAt(path.Count - 1);
            state[node] = true;
            return null;
        }

        return graph.Keys.Order(StringComparer.Ordinal).Select(Visit).FirstOrDefault(c => c is not null);
    }

    private static readonly Lazy<List<SourceFile>> CoreSources = new(() =>
    {
        var core = RepositoryRoot.Combine("src", "ContentAnalysis.Core");
        return Directory.EnumerateFiles(core, "*.cs", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(core, path).Replace('\\', '/'))
            .Where(relative => !relative.StartsWith("obj/", StringComparison.Ordinal) && !relative.StartsWith("bin/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(relative =>
            {
                var code = WithoutLineComments(File.ReadAllText(Path.Combine(core, relative)));
                var slash = relative.IndexOf('/', StringComparison.Ordinal);
                var folder = slash < 0 ? Root : relative[..slash];
                var ns = NamespaceDeclaration().Match(code);
                return new SourceFile(
                    "src/ContentAnalysis.Core/" + relative,
                    folder,
                    ns.Success ? ns.Groups[1].Value : null,
                    code,
                    [.. TypeDeclaration().Matches(code).Select(m => m.Groups[1].Value)]);
            })
            .ToList();
    });

    // "//" comments may mention a namespace without using it; "///" doc comments (cref) do use it.
    private static string WithoutLineComments(string code) =>
        string.Join('\n', code.Split('\n').Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal) || line.TrimStart().StartsWith("///", StringComparison.Ordinal)));

    [GeneratedRegex(@"```dependencies\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex DependencyBlock();

    [GeneratedRegex(@"^([A-Za-z]+) ->(.*)$")]
    private static partial Regex DependencyLine();

    // "using ContentAnalysis.Core.X;", "using static ContentAnalysis.Core.X.T;", "ContentAnalysis.Core.X.T", "global::ContentAnalysis.Core.X.T".
    [GeneratedRegex(@"\bContentAnalysis\.Core\.([A-Za-z]+)\b")]
    private static partial Regex QualifiedUse();

    [GeneratedRegex(@"(?<![\w.])([A-Z][A-Za-z]+)\.([A-Z]\w*)\b")]
    private static partial Regex PartlyQualifiedUse();

    [GeneratedRegex(@"^namespace ([\w.]+)", RegexOptions.Multiline)]
    private static partial Regex NamespaceDeclaration();

    [GeneratedRegex(@"\b(?:class|record|struct|interface|enum)\s+(?:struct\s+|class\s+)?([A-Z]\w*)")]
    private static partial Regex TypeDeclaration();

    private sealed record SourceFile(string RelativePath, string Folder, string? Namespace, string Code, IReadOnlyList<string> DeclaredTypes);

    private sealed record Edge(string File, string From, string To, string Evidence);
}
