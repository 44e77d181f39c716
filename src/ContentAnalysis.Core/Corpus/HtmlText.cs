using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ContentAnalysis.Core.Corpus;

/// <summary>
/// Reads a saved web page: its metadata (title, author, date, site) from the head, and its article from the body.
/// Page parts that are never the article are dropped first (scripts, forms, <c>nav</c>, <c>header</c>, <c>footer</c>,
/// <c>aside</c>, figures and their captions, and elements whose class, id or role names navigation, sharing, comments,
/// related content and the like); the remaining blocks go through <see cref="Boilerplate"/>.
/// </summary>
internal static partial class HtmlText
{
    private static readonly string[] Dropped = ["script", "style", "noscript", "template", "iframe", "form", "button", "select", "svg", "nav", "footer", "aside", "figure", "figcaption", "img", "menu", "dialog"];

    private static readonly HashSet<string> BlockNames = new(StringComparer.Ordinal)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "tr", "dt", "dd", "div", "section", "article", "main", "td", "th", "caption", "address", "table", "ul", "ol", "dl", "body",
    };

    /// <summary>The page's metadata fields (as front matter names them) and its article blocks.</summary>
    public static (Dictionary<string, string> Fields, List<PageBlock> Blocks) Read(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var fields = Metadata(document);
        foreach (var element in document.QuerySelectorAll(string.Join(',', Dropped)).ToList())
        {
            element.Remove();
        }

        // A page's header is its masthead; an article's header holds its title and byline.
        foreach (var element in document.QuerySelectorAll("header").Where(h => h.Closest("article, main") is null).ToList())
        {
            element.Remove();
        }

        // Inside the main article the names of its parts ("entry-header") are no reason to drop them.
        foreach (var element in document.Body?.QuerySelectorAll("*").Where(IsUnlikely).ToList() ?? [])
        {
            element.Remove();
        }

        var blocks = new List<PageBlock>();
        if (document.Body is { } body)
        {
            Collect(body, blocks);
        }

        return (fields, Boilerplate.Keep(JoinListItems(blocks)));
    }

    // A list is judged as a whole (a list of links is navigation; a list of points is text) and is one block, its items lines.
    private static List<PageBlock> JoinListItems(List<PageBlock> blocks)
    {
        var joined = new List<PageBlock>();
        foreach (var block in blocks)
        {
            if (block.IsListItem && joined.Count > 0 && joined[^1].IsListItem)
            {
                joined[^1] = joined[^1] with { Text = joined[^1].Text + "\n" + block.Text, LinkCharacters = joined[^1].LinkCharacters + block.LinkCharacters };
            }
            else
            {
                joined.Add(block);
            }
        }

        return joined;
    }

    private static bool IsUnlikely(IElement element)
    {
        var names = $"{element.ClassName} {element.Id} {element.GetAttribute("role")}";
        return Unlikely().IsMatch(names) && !Likely().IsMatch(names) && element.LocalName is not ("body" or "article" or "main");
    }

    // A block element whose own text (outside nested blocks) is not empty becomes one block; its nested blocks follow.
    private static void Collect(IElement element, List<PageBlock> blocks)
    {
        var text = new StringBuilder();
        var links = 0;
        void Flush()
        {
            var collapsed = Collapse(text.ToString());
            if (collapsed.Length > 0)
            {
                var heading = element.LocalName is ['h', >= '1' and <= '6'];
                blocks.Add(new PageBlock(collapsed, heading, Math.Min(links, collapsed.Length), element.LocalName == "li"));
            }

            text.Clear();
            links = 0;
        }

        foreach (var node in element.ChildNodes)
        {
            if (node is IElement child && BlockNames.Contains(child.LocalName))
            {
                Flush();
                Collect(child, blocks);
            }
            else if (node is IElement { LocalName: "br" })
            {
                text.Append(' ');
            }
            else
            {
                var content = node.TextContent;
                text.Append(content);
                links += node switch
                {
                    IElement { LocalName: "a" } => Collapse(content).Length,
                    IElement inline => inline.QuerySelectorAll("a").Sum(a => Collapse(a.TextContent).Length),
                    _ => 0,
                };
            }
        }

        Flush();
    }

    private static Dictionary<string, string> Metadata(AngleSharp.Html.Dom.IHtmlDocument document)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        string? Meta(string selector) => document.QuerySelector(selector)?.GetAttribute("content") is { } v && Collapse(v) is { Length: > 0 } c ? c : null;

        var title = Meta("meta[property='og:title']") ?? Meta("meta[name='citation_title']") ?? Meta("meta[name='dc.title']")
            ?? (document.QuerySelector("h1") is { } h1 && Collapse(h1.TextContent) is { Length: > 0 } h ? h : null)
            ?? (Collapse(document.Title ?? string.Empty) is { Length: > 0 } t ? t : null);
        Add(fields, "title", title);
        Add(fields, "author", Meta("meta[name='author']") ?? Meta("meta[name='citation_author']") ?? Meta("meta[property='article:author']"));
        Add(fields, "source", Meta("meta[property='og:site_name']"));
        var date = Meta("meta[property='article:published_time']") ?? Meta("meta[name='citation_publication_date']") ?? Meta("meta[name='date']")
            ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        if (date is not null && IsoDate().Match(date) is { Success: true } match
            && DateOnly.TryParseExact(match.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            fields["date"] = match.Value;
        }

        return fields;
    }

    private static void Add(Dictionary<string, string> fields, string name, string? value)
    {
        if (value is not null)
        {
            fields[name] = value;
        }
    }

    private static string Collapse(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"nav|menu|breadcrumb|share|sharing|social|comment|related|sidebar|footer|header|banner|newsletter|subscribe|widget|cookie|promo|advert|\bads?\b|popup|modal|caption|byline|author|meta|views|hits|tags|pagination|print", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Unlikely();

    [GeneratedRegex(@"article|body|content|main|story|post-text|entry-content|text", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Likely();
}
