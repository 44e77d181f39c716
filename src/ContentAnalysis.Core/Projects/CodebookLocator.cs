using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Projects;

/// <summary>Decides which codebook file a command works with.</summary>
public static class CodebookLocator
{
    /// <summary>
    /// Resolves the codebook: <paramref name="requested"/> (a path, or the file name or id of a
    /// codebook in <c>codebooks/</c>) if given; else <c>codebook:</c> in <c>qcat.yaml</c>; else the
    /// only YAML file in <c>codebooks/</c>.
    /// </summary>
    /// <param name="layout">The project.</param>
    /// <param name="requested">The codebook asked for on the command line, if any.</param>
    /// <param name="settings">The project's settings, read only when needed (default: read <c>qcat.yaml</c>).</param>
    /// <returns>The full path of the codebook file.</returns>
    /// <exception cref="InputException">No codebook can be determined or the file does not exist.</exception>
    public static string Resolve(ProjectLayout layout, string? requested, Func<ProjectSettings>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(layout);
        if (!string.IsNullOrWhiteSpace(requested))
        {
            var candidates = new[]
            {
                Path.GetFullPath(requested, layout.Root),
                Path.Combine(layout.CodebooksDirectory, requested),
                Path.Combine(layout.CodebooksDirectory, requested + ".yaml"),
                Path.Combine(layout.CodebooksDirectory, requested + ".yml"),
            };
            return candidates.FirstOrDefault(File.Exists)
                ?? throw new InputException(Directory.Exists(candidates[0])
                    ? CodebookDiagnosticCodes.RequestedCodebookIsFolder(requested)
                    : CodebookDiagnosticCodes.RequestedCodebookMissing(requested));
        }

        var configuredName = (settings?.Invoke() ?? ProjectSettings.Load(layout)).Codebook;
        if (configuredName is not null)
        {
            var configured = Path.GetFullPath(configuredName, layout.Root);
            return File.Exists(configured)
                ? configured
                : throw new InputException(CodebookDiagnosticCodes.ConfiguredCodebookMissing(configuredName, ProjectSettings.FileName));
        }

        var files = ListCodebookFiles(layout);
        return files.Count switch
        {
            1 => files[0],
            0 => throw new InputException(CodebookDiagnosticCodes.NoCodebookIn(layout.Relative(layout.CodebooksDirectory))),
            _ => throw new InputException(CodebookDiagnosticCodes.NoCodebookChosen(files.Count)),
        };
    }

    /// <summary>Every <c>.yaml</c>/<c>.yml</c> file in the project's <c>codebooks/</c> folder, sorted by name.</summary>
    public static IReadOnlyList<string> ListCodebookFiles(ProjectLayout layout)
    {
        if (!Directory.Exists(layout.CodebooksDirectory))
        {
            return [];
        }

        return [.. Directory.EnumerateFiles(layout.CodebooksDirectory)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)];
    }
}
