using System.Text;

namespace ContentAnalysis.Core.Reporting;

/// <summary>A piece of text inside a block.</summary>
public abstract record DocumentInline
{
    /// <summary>The inlines' text without formatting; author markers read "[to be completed by the author: …]".</summary>
    public static string PlainText(IEnumerable<DocumentInline> inlines)
    {
        ArgumentNullException.ThrowIfNull(inlines);
        var text = new StringBuilder();
        foreach (var inline in inlines)
        {
            text.Append(inline is IHasText hasText ? hasText.Text : string.Empty);
        }

        return text.ToString();
    }
}

/// <summary>An inline that carries text.</summary>
internal interface IHasText
{
    string Text { get; }
}

/// <summary>Plain text.</summary>
public sealed record InlineText(string Text) : DocumentInline, IHasText;

/// <summary>Emphasised (italic) text.</summary>
public sealed record InlineEmphasis(string Text) : DocumentInline, IHasText;

/// <summary>Strong (bold) text.</summary>
public sealed record InlineStrong(string Text) : DocumentInline, IHasText;

/// <summary>Code: an identifier, a command, a file name.</summary>
public sealed record InlineCode(string Text) : DocumentInline, IHasText;

/// <summary>A line break inside a paragraph.</summary>
public sealed record InlineBreak() : DocumentInline, IHasText
{
    /// <inheritdoc/>
    public string Text => "\n";
}

/// <summary>A fact the data cannot know, to be completed by the author (shown highlighted, never invented).</summary>
/// <param name="What">What is missing: "coder training hours".</param>
public sealed record AuthorMarker(string What) : DocumentInline, IHasText
{
    /// <summary>How the marker reads in every format.</summary>
    public string Display => $"[to be completed by the author: {What}]";

    string IHasText.Text => Display;
}
