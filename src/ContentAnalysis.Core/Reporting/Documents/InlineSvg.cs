using System.Xml;
using System.Xml.Linq;

namespace ContentAnalysis.Core.Reporting;

/// <summary>Prepares an SVG for inlining in HTML: re-serialised (so text stays escaped), scripts and event handlers and external links removed.</summary>
internal static class InlineSvg
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>The SVG element as HTML-embeddable markup, labelled with <paramref name="altText"/>.</summary>
    public static string Sanitise(string svg, string altText)
    {
        var document = XDocument.Parse(svg, LoadOptions.None);
        var root = document.Root ?? throw new ArgumentException("The SVG has no root element.", nameof(svg));
        root.Descendants().Where(e => e.Name.LocalName is "script" or "foreignObject").ToList().ForEach(e => e.Remove());
        foreach (var element in root.DescendantsAndSelf())
        {
            element.Attributes()
                .Where(a => a.Name.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase)
                    || (a.Name.LocalName == "href" && !a.Value.StartsWith('#')))
                .ToList()
                .ForEach(a => a.Remove());
        }

        // Without a viewBox, a browser crops an SVG scaled down to the page width instead of shrinking it.
        if (root.Attribute("viewBox") is null && root.Attribute("width") is { } width && root.Attribute("height") is { } height)
        {
            root.SetAttributeValue("viewBox", $"0 0 {width.Value} {height.Value}");
        }

        root.SetAttributeValue("role", "img");
        root.SetAttributeValue("aria-label", altText);
        root.Elements(Svg + "title").Remove();
        root.AddFirst(new XElement(Svg + "title", altText));
        var settings = new XmlWriterSettings { OmitXmlDeclaration = true, Indent = false };
        using var writer = new StringWriter();
        using (var xml = XmlWriter.Create(writer, settings))
        {
            root.WriteTo(xml);
        }

        return writer.ToString();
    }
}
