namespace ContentAnalysis.Core.Reporting;

public static partial class HtmlDocumentWriter
{
    // Serif body, APA-like tables (rules above and below the header and at the end), no web fonts.
    private const string Stylesheet = """
        body { font-family: "Times New Roman", Georgia, serif; font-size: 12pt; line-height: 1.5; color: #111; margin: 0; }
        main { max-width: 46em; margin: 2em auto; padding: 0 1em; }
        h1, h2, h3, h4 { font-family: Arial, Helvetica, sans-serif; line-height: 1.25; }
        h1 { font-size: 1.6em; } h2 { font-size: 1.3em; margin-top: 1.6em; } h3 { font-size: 1.1em; }
        table { border-collapse: collapse; margin: 1em 0; font-size: 0.95em; }
        caption { caption-side: top; text-align: left; font-style: italic; padding-bottom: 0.3em; }
        thead th { border-top: 1.5pt solid #000; border-bottom: 0.75pt solid #000; text-align: left; }
        th, td { padding: 0.15em 0.8em 0.15em 0; vertical-align: top; }
        tbody tr:last-child td { border-bottom: 1.5pt solid #000; }
        figure { margin: 1.5em 0; break-inside: avoid; }
        figure svg { max-width: 100%; height: auto; }
        figcaption { font-style: italic; }
        blockquote { margin: 1em 2em; }
        code { font-family: "Courier New", monospace; font-size: 0.9em; }
        mark.author { background: #fff3a0; border: 1px dashed #b58900; padding: 0 0.2em; }
        @media print { main { margin: 0; max-width: none; } h2, h3 { break-after: avoid; } table { break-inside: avoid; } }

        """;
}
