using ContentAnalysis.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ContentAnalysis.Core.Corpus;

/// <summary>A YAML front matter block (<c>---</c> … <c>---</c>) at the top of a document.</summary>
internal static class FrontMatter
{
    /// <summary>
    /// Splits <paramref name="text"/> (LF line ends) into front matter fields and the body. The body keeps
    /// the front matter's lines as blank lines so line numbers stay meaningful.
    /// </summary>
    /// <exception cref="InputException">The block is not valid YAML or not a mapping of scalars.</exception>
    public static (IReadOnlyDictionary<string, string> Fields, string Body) Split(string text, string file)
    {
        var empty = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            return (empty, text);
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
            throw new InputException(Diagnostic.Error(CorpusDiagnostics.BadFrontMatter, "front matter opened with '---' is never closed", file, 1, 1, "end it with a line '---'"));
        }

        var yaml = text[4..(end + 1)];
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count > 0)
            {
                if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
                {
                    throw new InputException(Diagnostic.Error(CorpusDiagnostics.BadFrontMatter, "front matter is not a list of 'key: value' lines", file, 2, 1));
                }

                foreach (var (key, value) in mapping.Children)
                {
                    fields[((YamlScalarNode)key).Value ?? string.Empty] = value is YamlScalarNode scalar ? scalar.Value ?? string.Empty : string.Join("; ", ((YamlSequenceNode)value).Children.Select(c => c.ToString()));
                }
            }
        }
        catch (Exception e) when (e is YamlException or InvalidCastException)
        {
            var line = e is YamlException y ? (int)y.Start.Line + 1 : 2;
            throw new InputException(Diagnostic.Error(CorpusDiagnostics.BadFrontMatter, $"front matter is not valid YAML: {e.Message}", file, line, 1));
        }

        var headerLines = text.AsSpan(0, end + endLength).Count('\n');
        return (fields, new string('\n', headerLines) + text[(end + endLength)..]);
    }
}
