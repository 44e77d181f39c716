using System.Globalization;
using ContentAnalysis.Core.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace ContentAnalysis.Core.Codebooks;

/// <summary>
/// Typed, located access to the YAML representation model: every wrong key, missing field or
/// wrong type becomes a diagnostic at the node's line and column, and reading goes on.
/// </summary>
internal sealed class YamlNodeReader(string path, DiagnosticBag diagnostics)
{
    public DiagnosticBag Diagnostics { get; } = diagnostics;

    /// <summary>Where <paramref name="node"/> starts in the file, for a catalogue factory.</summary>
    public SourceLocation At(YamlNode node) => new(path, Line(node), Column(node));

    /// <summary>Adds a diagnostic made by the catalogue.</summary>
    public void Report(Diagnostic diagnostic) => Diagnostics.Add(diagnostic);

    public static int Line(YamlNode node) => checked((int)node.Start.Line);

    public static int Column(YamlNode node) => checked((int)node.Start.Column);

    /// <summary>Returns the node as a mapping, or reports that a mapping was expected.</summary>
    public YamlMappingNode? Mapping(YamlNode node, string what)
    {
        if (node is YamlMappingNode mapping)
        {
            return mapping;
        }

        Report(CodebookDiagnosticCodes.NotAMapping(what, At(node)));
        return null;
    }

    /// <summary>Reports every key of <paramref name="map"/> not in <paramref name="allowed"/>, suggesting the nearest.</summary>
    public void CheckKeys(YamlMappingNode map, IReadOnlyCollection<string> allowed, string owner)
    {
        foreach (var (name, key) in UnknownKeys(map, allowed))
        {
            Report(CodebookDiagnosticCodes.UnknownKeyIn(name, owner, allowed, At(key)));
        }
    }

    /// <summary>The keys of <paramref name="map"/> not in <paramref name="allowed"/>, each with its node.</summary>
    public static IEnumerable<(string Name, YamlNode Node)> UnknownKeys(YamlMappingNode map, IReadOnlyCollection<string> allowed) =>
        map.Children.Keys
            .Select(key => (Name: key is YamlScalarNode scalar ? scalar.Value ?? string.Empty : key.ToString(), Node: key))
            .Where(key => !allowed.Contains(key.Name));

    /// <summary>The value of <paramref name="key"/>, or null when absent or empty (<c>key:</c>, <c>~</c>, <c>null</c>).</summary>
    public static YamlNode? Get(YamlMappingNode map, string key)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode(key), out var value))
        {
            return null;
        }

        return value is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: "" or "~" or "null" or "Null" or "NULL" } ? null : value;
    }

    /// <summary>A text field; trims it and normalises line ends so layout never changes meaning.</summary>
    public string? Text(YamlMappingNode map, string key, string owner, bool required)
    {
        var node = Get(map, key);
        if (node is null)
        {
            ReportMissing(map, key, owner, required);
            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            var text = Normalise(scalar.Value);
            if (text.Length > 0)
            {
                return text;
            }

            ReportMissing(map, key, owner, required);
            return null;
        }

        Report(CodebookDiagnosticCodes.NotText(key, owner, Describe(node), At(node)));
        return null;
    }

    /// <summary>A boolean field (<c>true</c> or <c>false</c>).</summary>
    public bool? Bool(YamlMappingNode map, string key, string owner)
    {
        var node = Get(map, key);
        if (node is null)
        {
            return null;
        }

        var text = (node as YamlScalarNode)?.Value?.Trim();
        if (string.Equals(text, "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (string.Equals(text, "false", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        Report(CodebookDiagnosticCodes.NotBoolean(key, owner, text ?? Describe(node), At(node)));
        return null;
    }

    /// <summary>A number field (invariant culture).</summary>
    public double? Number(YamlMappingNode map, string key, string owner, bool required)
    {
        var node = Get(map, key);
        if (node is null)
        {
            ReportMissing(map, key, owner, required);
            return null;
        }

        var text = (node as YamlScalarNode)?.Value?.Trim();
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        Report(CodebookDiagnosticCodes.NotANumber(key, owner, text ?? Describe(node), At(node)));
        return null;
    }

    /// <summary>One of a fixed set of words, listed in the message when the value is wrong.</summary>
    public T? Choice<T>(YamlMappingNode map, string key, string owner, IReadOnlyDictionary<string, T> allowed, bool required)
        where T : struct
    {
        var node = Get(map, key);
        if (node is null)
        {
            ReportMissing(map, key, owner, required, "one of " + string.Join(", ", allowed.Keys));
            return null;
        }

        var text = (node as YamlScalarNode)?.Value?.Trim() ?? Describe(node);
        if (allowed.TryGetValue(text, out var value))
        {
            return value;
        }

        Report(CodebookDiagnosticCodes.NotOneOf(key, owner, [.. allowed.Keys], text, At(node)));
        return null;
    }

    /// <summary>A list of texts; a single text counts as a one-item list.</summary>
    public IReadOnlyList<(string Text, YamlNode Node)> TextList(YamlMappingNode map, string key, string owner)
    {
        var node = Get(map, key);
        switch (node)
        {
            case null:
                return [];
            case YamlScalarNode scalar:
                var single = Normalise(scalar.Value);
                return single.Length > 0 ? [(single, scalar)] : [];
            case YamlSequenceNode sequence:
                var items = new List<(string, YamlNode)>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode itemScalar && Normalise(itemScalar.Value) is { Length: > 0 } text)
                    {
                        items.Add((text, item));
                    }
                    else
                    {
                        Report(CodebookDiagnosticCodes.ItemNotText(key, owner, Describe(item), At(item)));
                    }
                }

                return items;
            default:
                Report(CodebookDiagnosticCodes.NotTextList(key, owner, Describe(node), At(node)));
                return [];
        }
    }

    /// <summary>The items of a list field; reports a value that is not a list.</summary>
    public IReadOnlyList<YamlNode> Sequence(YamlMappingNode map, string key, string owner)
    {
        var node = Get(map, key);
        switch (node)
        {
            case null:
                return [];
            case YamlSequenceNode sequence:
                return [.. sequence.Children];
            default:
                Report(CodebookDiagnosticCodes.NotList(key, owner, Describe(node), At(node)));
                return [];
        }
    }

    private void ReportMissing(YamlMappingNode map, string key, string owner, bool required, string? hint = null)
    {
        if (required)
        {
            Report(CodebookDiagnosticCodes.MissingRequired(key, owner, hint, At(map)));
        }
    }

    private static string Normalise(string? text) =>
        (text ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Trim();

    private static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "mapping",
        YamlSequenceNode => "list",
        _ => "value",
    };
}
