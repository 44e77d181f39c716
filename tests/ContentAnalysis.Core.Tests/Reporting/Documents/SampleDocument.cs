using ContentAnalysis.Core.Reporting;

namespace ContentAnalysis.Core.Tests.Reporting.Documents;

/// <summary>A small report with every kind of block, hostile text included, and a figure that needs no fonts.</summary>
internal static class SampleDocument
{
    public const string Markdown = """
        # Methods appendix

        Two coders coded **12 units**; alpha is *Krippendorff's*, computed with `qcat agree`.
        Training: [[author: coder training hours]].

        ## Reliability

        Table: Reliability per dimension

        | dimension | alpha | 95% interval |
        |---|---|---|
        | russia_role | .743 | [.603, .883] |
        | unit <script>alert(1)</script> | -.143 | — |

        ![Figure 1. Alpha per dimension](figure:alpha)

        - a unit with <img src="http://example.org/x.png"> in it
        - see [the codebook](https://example.org/codebook)

        > "Russia acts as mediator & guarantor" <b>quoted</b>
        """;

    // A 1×1 PNG (the smallest valid image) and an SVG that tries to smuggle a script and an external link.
    public static DocumentImage Image { get; } = new(
        """<?xml version="1.0" encoding="utf-8"?><svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10"><script>alert(1)</script><a xlink:href="http://example.org"><rect width="10" height="10" onclick="alert(2)"/></a><text>a &lt; b</text></svg>""",
        Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="),
        "Alpha of russia_role is .743 <above> .667.",
        10,
        10);

    public static ReportDocument Read() => MarkdownReportReader.Read(Markdown, new Dictionary<string, DocumentImage> { ["alpha"] = Image });
}
