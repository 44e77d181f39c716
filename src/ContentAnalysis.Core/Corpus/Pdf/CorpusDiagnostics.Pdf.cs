using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Corpus;

/// <summary>The PDF import's messages.</summary>
public static partial class CorpusDiagnostics
{
    /// <summary>A PDF without a text layer (a scan): there is no OCR.</summary>
    public const string NoTextLayer = "QCA2040";

    /// <summary>A file that PdfPig cannot read as a PDF.</summary>
    internal static Diagnostic PdfUnreadable(string file) =>
        Diagnostic.Error(BadFile, $"cannot import '{file}': it is not a readable PDF (damaged, or encrypted with a password)", file, hint: "open it in a PDF reader and save or print it again as PDF, or export its text as .txt");

    /// <summary>A PDF whose pages hold no text, only images.</summary>
    internal static Diagnostic PdfWithoutText(string file) =>
        Diagnostic.Error(NoTextLayer, $"cannot import '{file}': the PDF has no text layer (a scan?) and qcat does no OCR", file, hint: "run OCR first (e.g. ocrmypdf) and import the result");
}
