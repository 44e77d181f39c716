using System.Text;

namespace ContentAnalysis.Core.Tests.Corpus;

/// <summary>
/// Random Markdown documents made of the blocks whose ends a chunked parse must find as a whole-document parse does:
/// ATX and setext headings, fences (closed, unclosed, longer closing fences, blank lines and <c># not a heading</c>
/// inside, in list items and block quotes), lists with blank lines between items and nested items, block quotes with
/// lazy lines, tables, HTML comments and blocks spanning blank lines, indented code, thematic breaks, escapes, page
/// numbers and hyphen breaks; optionally front matter and link reference definitions.
/// </summary>
internal static class RandomMarkdown
{
    private static readonly string[] Words = ["war", "Ceasefire", "Karabakh", "naïve", "e\u0301te", "inter-\nnational", "Nagorno-\nKarabakh", "word[12]", "end.¹", "\\*stars\\*", "**bold**", "_it_", "`code`", "&amp;", "&copy;", "<b>x</b>", "<https://x.org>", "[a](http://x)", "[ref]", "[ref][]", "1.", "#", "|", "--", "==="];

    private static readonly Func<Random, bool, string>[] Blocks =
    [
        (r, _) => Paragraph(r),
        (r, _) => Paragraph(r),
        (r, _) => new string('#', r.Next(1, 8)) + " " + Line(r) + (r.Next(3) == 0 ? " ##" : string.Empty),
        (r, _) => Paragraph(r) + "\n" + (r.Next(2) == 0 ? "===" : "---"),
        (r, _) => Line(r) + "\n" + new string(r.Next(2) == 0 ? '=' : '-', r.Next(1, 5)) + (r.Next(4) == 0 ? "  " : string.Empty),
        (r, links) => Fence(r, string.Empty, links),
        (r, _) => "    " + Line(r) + "\n\n    # not a heading\n" + (r.Next(2) == 0 ? "\n" : string.Empty) + "        " + Line(r),
        (r, links) => List(r, links),
        (r, links) => List(r, links),
        (r, links) => Quote(r, links),
        (r, _) => "| " + Line(r) + " | b |\n|---|:-:|\n| 1 | " + Line(r) + " |" + (r.Next(2) == 0 ? "\n| 2020 | 2022 |" : string.Empty),
        (r, _) => "<!-- " + Line(r) + "\n\n" + (r.Next(2) == 0 ? "# hidden\n\n" : string.Empty) + Line(r) + (r.Next(5) == 0 ? string.Empty : " -->"),
        (r, _) => r.Next(3) switch { 0 => "<!-->", 1 => "<!---> " + Line(r), _ => "<!-- a --> " + Line(r) },
        (r, _) => "<script>\nvar a = 1;\n\n# not a heading\n" + (r.Next(4) == 0 ? string.Empty : "</script>"),
        (r, _) => "<div>\n" + Line(r) + "\n</div>",
        (r, _) => "<?php\n\necho 1;\n" + (r.Next(4) == 0 ? string.Empty : "?>"),
        (r, _) => r.Next(3) switch { 0 => "---", 1 => "***", _ => "_ _ _" },
        (r, _) => r.Next(3) switch { 0 => "12", 1 => "Page 3 of 40", _ => "\f" + Line(r) },
        (r, links) => links ? "[ref]: http://example.org/" + r.Next(9) + (r.Next(2) == 0 ? " \"Title\"" : string.Empty) : Paragraph(r),
        (r, links) => links ? "[^1]: a note " + Line(r) : Paragraph(r),
    ];

    /// <summary>A document of up to <paramref name="maxBlocks"/> blocks; <paramref name="links"/> adds link reference definitions.</summary>
    public static string Generate(Random random, int maxBlocks, bool links)
    {
        var text = new StringBuilder();
        if (random.Next(4) == 0)
        {
            text.Append("---\ntitle: A title\n---\n");
        }

        var count = random.Next(maxBlocks + 1);
        for (var i = 0; i < count; i++)
        {
            text.Append(Blocks[random.Next(Blocks.Length)](random, links));
            text.Append(random.Next(6) switch { 0 => "\n", 1 => "\n\n\n", 2 => "\n  \n", _ => "\n\n" });
        }

        return random.Next(3) == 0 ? text.ToString().TrimEnd('\n') : text.ToString();
    }

    private static string Line(Random r)
    {
        var words = new string[r.Next(1, 7)];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = Words[r.Next(Words.Length)];
        }

        return string.Join(' ', words).Replace('\n', ' ');
    }

    private static string Paragraph(Random r)
    {
        var lines = new string[r.Next(1, 4)];
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = string.Join(' ', Enumerable.Range(0, r.Next(1, 6)).Select(_ => Words[r.Next(Words.Length)]));
        }

        return string.Join('\n', lines);
    }

    private static string Fence(Random r, string indent, bool links)
    {
        var mark = r.Next(2) == 0 ? "```" : "~~~";
        var open = mark + (r.Next(3) == 0 ? mark[..1] : string.Empty);
        var body = indent + open + (r.Next(2) == 0 ? "text" : string.Empty) + "\n" + indent + Line(r) + "\n\n" + indent + "# not a heading\n" + (links ? indent + "[x]: /not-a-definition\n" : string.Empty) + "\n";
        return r.Next(6) switch
        {
            0 => body.TrimEnd('\n'),
            1 => body + indent + open + mark[..1],
            2 => body + indent + mark + "\n" + Line(r),
            _ => body + indent + open,
        };
    }

    private static string List(Random r, bool links)
    {
        var ordered = r.Next(2) == 0;
        var items = new StringBuilder();
        var count = r.Next(1, 5);
        for (var i = 0; i < count; i++)
        {
            var marker = ordered ? $"{i + 1}{(r.Next(4) == 0 ? ')' : '.')} " : r.Next(4) == 0 ? "* " : "- ";
            var pad = new string(' ', marker.Length);
            items.Append(marker).Append(Line(r));
            switch (r.Next(6))
            {
                case 0:
                    items.Append("\n\n").Append(pad).Append(Line(r));
                    break;
                case 1:
                    items.Append('\n').Append(pad).Append("- ").Append(Line(r));
                    break;
                case 2:
                    items.Append("\n\n").Append(Fence(r, pad, links));
                    break;
                case 3:
                    items.Append('\n').Append(Line(r));
                    break;
            }

            items.Append(r.Next(3) == 0 ? "\n\n" : "\n");
        }

        return items.ToString().TrimEnd('\n');
    }

    private static string Quote(Random r, bool links) => r.Next(4) switch
    {
        0 => "> " + Line(r) + "\n" + Line(r),
        1 => "> " + Line(r) + "\n>\n> " + Line(r),
        2 => string.Join('\n', Fence(r, string.Empty, links).Split('\n').Select(l => "> " + l)),
        _ => "> - " + Line(r) + "\n>\n>   " + Line(r),
    };
}
