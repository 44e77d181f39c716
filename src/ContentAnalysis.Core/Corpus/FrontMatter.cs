using ContentAnalysis.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ContentAnalysis.Core.Corpus;

/// <summary>A YAML front matter block (<c>---</c> … <c>---</c>) at the top of a document.</summary>
internal static class FrontMatter
{
    /// <summary>The metadata fields a front matter block (or a manifest row) may give.</summary>
    public static readonly IReadOnlyList<string> Keys = ["id", "title", "author", "source", "date", "period"];

    /// <summary>
    /// Splits <paramref name="text"/> (LF line ends) into front matter fields and the body. The body keeps
    /// the front matter's lines as blank lines so line numbers stay meaningful. An unknown key is a
    /// warning (its value would otherwise be lost unnoticed), suggesting the nearest known key.
    /// </summary>
    /// <exception cref="InputException">The block is not valid YAML or not a mapping of scalars.</exception>
    public static (IReadOnlyDictionary<string, string> Fields, string Body, IReadOnlyList<Diagnostic> Warnings) Split(string text, string file)
    {
        var empty = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            return (empty, text, []);
        }

        var end = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        var endLength = 5;
        if (end < 0 && text.EndsWith("\n---", StringComparison.Ordinal))
        {
            end = text.Length - 4;
            endLength = 4;
        }

        if (end < 0)
        {
            throw new InputException(CorpusDiagnostics.FrontMatterNotClosed(file));
        }

        var yaml = text[4..(end + 1)];
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var warnings = new List<Diagnostic>();
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count > 0)
            {
                if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
                {
                    throw new InputException(CorpusDiagnostics.FrontMatterNotMapping(file));
                }

                foreach (var (key, value) in mapping.Children)
                {
                    var name = ((YamlScalarNode)key).Value ?? string.Empty;
                    if (!Keys.Contains(name, StringComparer.OrdinalIgnoreCase))
                    {
                        // The block starts on line 2 of the file, after the opening '---'.
                        warnings.Add(CorpusDiagnostics.FrontMatterKeyIgnored(name, Keys, file, checked((int)key.Start.Line + 1), checked((int)key.Start.Column)));
                        continue;
                    }

                    fields[name] = value is YamlScalarNode scalar ? scalar.Value ?? string.Empty : string.Join("; ", ((YamlSequenceNode)value).Children.Select(c => c.ToString()));
                }
            }
        }
        catch (Exception e) when (e is YamlException or InvalidCastException)
        {
            var line = e is YamlException y ? (int)y.Start.Line + 1 : 2;
            throw new InputException(CorpusDiagnostics.FrontMatterNotYaml(e.Message, file, line));
        }

        var headerLines = text.AsSpan(0, end + endLength).Count('\n');
        return (fields, new string('\n', headerLines) + text[(end + endLength)..], warnings.Count == 0 ? [] : warnings);
    }
}
