using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace ContentAnalysis.Core.Codebooks;

/// <summary>
/// Builds the codebook model from the YAML representation model and validates it in the same
/// pass; every problem goes to the reader's diagnostics. Dimensions are in
/// <c>CodebookReader.Dimensions.cs</c>, categories in <c>CodebookReader.Categories.cs</c>.
/// </summary>
internal sealed partial class CodebookReader(YamlNodeReader reader)
{
    private static readonly string[] RootKeys = ["id", "title", "version", "description", "authors", "unit", "dimensions", "negation"];

    private static readonly string[] NegationKeys = ["words", "window"];

    private static readonly Dictionary<string, UnitKind> Units = new(StringComparer.Ordinal)
    {
        ["paragraph"] = UnitKind.Paragraph,
        ["sentence"] = UnitKind.Sentence,
        ["document"] = UnitKind.Document,
    };

    /// <summary>Reads the codebook; the result is only meaningful when no error was reported.</summary>
    public Codebook? Read(YamlNode root)
    {
        var map = reader.Mapping(root, "a codebook");
        if (map is null)
        {
            return null;
        }

        const string owner = "the codebook";
        reader.CheckKeys(map, RootKeys, owner);
        var id = reader.Text(map, "id", owner, required: true);
        CheckId(id, YamlNodeReader.Get(map, "id"), "codebook");
        var title = reader.Text(map, "title", owner, required: true);
        var version = reader.Text(map, "version", owner, required: true);
        var description = reader.Text(map, "description", owner, required: false);
        var authors = reader.TextList(map, "authors", owner).Select(a => a.Text).ToList();
        var unit = reader.Choice(map, "unit", owner, Units, required: false) ?? UnitKind.Paragraph;
        var dimensions = ReadDimensions(map);
        var negation = ReadNegation(map);
        return new Codebook(id ?? string.Empty, title ?? string.Empty, version ?? string.Empty, description ?? string.Empty, authors, unit, dimensions, ContentHash: string.Empty) { Negation = negation };
    }

    /// <summary>The optional <c>negation:</c> mapping: <c>words</c> (required, at least one) and <c>window</c> (a whole number ≥ 1, default 3).</summary>
    private Negation? ReadNegation(YamlMappingNode map)
    {
        var node = YamlNodeReader.Get(map, "negation");
        if (node is null)
        {
            return null;
        }

        const string owner = "the negation";
        var negationMap = reader.Mapping(node, owner);
        if (negationMap is null)
        {
            return null;
        }

        reader.CheckKeys(negationMap, NegationKeys, owner);
        var words = reader.TextList(negationMap, "words", owner).Select(w => w.Text).Where(w => w.Length > 0).ToList();
        if (words.Count == 0)
        {
            reader.Report(CodebookDiagnosticCodes.NegationWithoutWords(reader.At(negationMap)));
        }

        var window = reader.Number(negationMap, "window", owner, required: false) ?? Negation.DefaultWindow;
        if (window < 1 || window > 100 || window != Math.Floor(window))
        {
            reader.Report(CodebookDiagnosticCodes.BadNegationWindow(window, reader.At(YamlNodeReader.Get(negationMap, "window")!)));
            window = Negation.DefaultWindow;
        }

        return new Negation(words, (int)window);
    }

    /// <summary>Reports an id that is not lower-case letters, digits, <c>_</c> and <c>-</c>, starting with a letter.</summary>
    private void CheckId(string? id, YamlNode? node, string what)
    {
        if (id is null || node is null || IdPattern().IsMatch(id))
        {
            return;
        }

        reader.Report(CodebookDiagnosticCodes.BadId(what, id, SuggestId(id), reader.At(node)));
    }

    private static string? SuggestId(string id)
    {
        var lower = NonIdCharacters().Replace(id.Trim().ToLowerInvariant(), "_").Trim('_');
        return IdPattern().IsMatch(lower) ? lower : null;
    }

    [GeneratedRegex("^[a-z][a-z0-9_-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex("[^a-z0-9_-]+", RegexOptions.CultureInvariant)]
    private static partial Regex NonIdCharacters();
}
