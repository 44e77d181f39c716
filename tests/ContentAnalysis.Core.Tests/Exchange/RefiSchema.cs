using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace ContentAnalysis.Core.Tests.Exchange;

/// <summary>Validates XML against the REFI-QDA schemas copied into tests/ (offline, System.Xml.Schema).</summary>
internal static partial class RefiSchema
{
    public static IReadOnlyList<string> Validate(byte[] xml, string schema)
    {
        var set = new XmlSchemaSet { XmlResolver = null };
        using (var reader = XmlReader.Create(Path.Combine(RepositoryRoot.Combine("tests", "ContentAnalysis.Core.Tests", "Exchange", "Schemas"), schema), new XmlReaderSettings { XmlResolver = null }))
        {
            set.Add(null, reader);
        }

        var errors = new List<string>();
        using var stream = new MemoryStream(xml);
        var document = XDocument.Load(stream, LoadOptions.SetLineInfo);
        document.Validate(set, (_, e) => errors.Add($"{e.Exception?.LineNumber}: {e.Message}"));
        return errors;
    }

    public static bool IsGuid(string value) => Guid().IsMatch(value);

    [GeneratedRegex("^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")]
    private static partial Regex Guid();
}
