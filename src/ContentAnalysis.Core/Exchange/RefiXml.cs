using System.Xml;
using System.Xml.Linq;

namespace ContentAnalysis.Core.Exchange;

/// <summary>The REFI-QDA namespaces and the one way qcat serialises its XML (UTF-8 without BOM, LF, two-space indent).</summary>
internal static class RefiXml
{
    /// <summary>The namespace of <c>.qdc</c> files.</summary>
    public static readonly XNamespace Codebook = "urn:QDA-XML:codebook:1.0";

    /// <summary>The namespace of <c>project.qde</c>.</summary>
    public static readonly XNamespace Project = "urn:QDA-XML:project:1.0";

    /// <summary>The bytes of <paramref name="root"/> as an XML document.</summary>
    public static byte[] Serialize(XElement root)
    {
        using var buffer = new MemoryStream();
        var settings = new XmlWriterSettings
        {
            Encoding = SafeXml.Utf8,
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Entitize,
        };
        using (var writer = XmlWriter.Create(buffer, settings))
        {
            new XDocument(new XDeclaration("1.0", "utf-8", null), root).Save(writer);
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }
}
