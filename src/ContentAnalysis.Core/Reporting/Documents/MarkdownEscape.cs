using System.Text;

namespace ContentAnalysis.Core.Reporting;

/// <summary>Escapes text so Markdown shows it literally (CommonMark backslash escapes).</summary>
internal static class MarkdownEscape
{
    // Characters that can start emphasis, code, links, HTML, table cells or (at a line start) blocks.
    private const string Special = "\\`*_[]<>|#!~&";

    /// <summary>The text with every Markdown-significant character backslash-escaped and line breaks kept as spaces.</summary>
    public static string Text(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\r' or '\n')
            {
                builder.Append(' ');
                continue;
            }

            if (Special.Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
