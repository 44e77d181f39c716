using ContentAnalysis.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ContentAnalysis.Core.Codebooks;

/// <summary>Settings of a project, read from the optional <c>qcat.yaml</c> at its root.</summary>
/// <param name="Codebook">Path of the project's codebook, relative to the project root, if set.</param>
public sealed record ProjectSettings(string? Codebook)
{
    /// <summary>The settings file name.</summary>
    public const string FileName = "qcat.yaml";

    /// <summary>Reads <c>qcat.yaml</c> from the project root; missing file = defaults.</summary>
    /// <exception cref="InputException">The file is not valid YAML or has unknown keys.</exception>
    public static ProjectSettings Load(ProjectLayout layout)
    {
        var path = Path.Combine(layout.Root, FileName);
        if (!File.Exists(path))
        {
            return new ProjectSettings(Codebook: null);
        }

        try
        {
            var deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
            var raw = deserializer.Deserialize<RawSettings?>(File.ReadAllText(path));
            return new ProjectSettings(raw?.Codebook);
        }
        catch (YamlException e)
        {
            throw new InputException(Diagnostic.Error(
                CodebookDiagnosticCodes.BadProjectSettings,
                e.InnerException?.Message ?? e.Message,
                layout.Relative(path),
                (int)e.Start.Line,
                (int)e.Start.Column,
                "qcat.yaml takes one key: 'codebook: codebooks/FILE.yaml'"));
        }
    }

    private sealed class RawSettings
    {
        public string? Codebook { get; set; }
    }
}
