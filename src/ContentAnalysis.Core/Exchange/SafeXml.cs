using System.Text;
using System.Xml;
using System.Xml.Linq;
using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Exchange;

/// <summary>
/// Reads REFI-QDA XML as hostile input: no DTD (so no external or expanding entities), no resolver, a bounded size,
/// depth and attribute length. Every refusal is one <see cref="Diagnostic"/>.
/// </summary>
internal static class SafeXml
{
    /// <summary>The deepest element nesting accepted (a project is about 8 levels deep).</summary>
    public const int MaxDepth = 64;

    /// <summary>The longest attribute value accepted, in characters.</summary>
    public const int MaxAttributeLength = 1 << 20;

    /// <summary>The largest document accepted, in characters.</summary>
    public const long MaxCharacters = 512L << 20;

    /// <summary>Parses <paramref name="bytes"/> into a document.</summary>
    /// <exception cref="InputException">The XML is unsafe or not well-formed.</exception>
    public static XDocument Load(byte[] bytes, string display)
    {
        // Checked before parsing so the message names the problem; the reader below prohibits DTDs as well.
        if (bytes.AsSpan().IndexOf("<!DOCTYPE"u8) >= 0)
        {
            throw new InputException(ExchangeDiagnostics.DtdFound(display));
        }

        Scan(bytes, display);
        using var stream = new MemoryStream(bytes, writable: false);
        using var reader = XmlReader.Create(stream, Settings());
        try
        {
            return XDocument.Load(reader, LoadOptions.PreserveWhitespace);
        }
        catch (XmlException e)
        {
            throw new InputException(ExchangeDiagnostics.Malformed(display, e.LineNumber, e.LinePosition));
        }
    }

    /// <summary>The reader settings: DTDs prohibited, no resolver, bounded size.</summary>
    public static XmlReaderSettings Settings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        MaxCharactersInDocument = MaxCharacters,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    private static void Scan(byte[] bytes, string display)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        using var reader = XmlReader.Create(stream, Settings());
        var lines = (IXmlLineInfo)reader;
        try
        {
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (reader.Depth >= MaxDepth)
                {
                    throw new InputException(ExchangeDiagnostics.TooDeep(MaxDepth, display, lines.LineNumber, lines.LinePosition));
                }

                while (reader.MoveToNextAttribute())
                {
                    if (reader.Value.Length > MaxAttributeLength)
                    {
                        throw new InputException(ExchangeDiagnostics.LongAttribute(reader.Name, MaxAttributeLength, display, lines.LineNumber, lines.LinePosition));
                    }
                }

                reader.MoveToElement();
            }
        }
        catch (XmlException e)
        {
            throw new InputException(ExchangeDiagnostics.Malformed(display, e.LineNumber, e.LinePosition));
        }
    }

    /// <summary>UTF-8 without a byte order mark, as every file qcat writes.</summary>
    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
}
