using ContentAnalysis.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ContentAnalysis.Core.Codebooks;

/// <summary>Loads and validates codebook YAML files (format: <c>docs/codebook-format.md</c>).</summary>
public static class CodebookLoader
{
    /// <summary>Loads and validates the codebook in <paramref name="path"/>, which must be UTF-8 text.</summary>
    /// <param name="path">The file.</param>
    /// <param name="displayName">How messages name the file, and the recorded <see cref="Codebook.SourcePath"/>; default <paramref name="path"/>.</param>
    /// <exception cref="InputException">The file does not exist, is a folder, or cannot be read.</exception>
    public static CodebookLoadResult LoadFile(string path, string? displayName = null)
    {
        var shown = displayName ?? path;
        if (Directory.Exists(path))
        {
            throw new InputException(CodebookDiagnosticCodes.CodebookIsFolder(shown));
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new InputException(CodebookDiagnosticCodes.CodebookFileMissing(shown));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(CodebookDiagnosticCodes.CodebookNotReadable(e.Message, shown));
        }

        var (yaml, error) = CodebookText.Decode(bytes, shown);
        return yaml is null ? new CodebookLoadResult(null, [error!]) : Parse(yaml, shown);
    }

    /// <summary>
    /// Parses and validates codebook YAML, reporting every problem found in one pass. The
    /// codebook is null when any diagnostic is an error; warnings leave it usable.
    /// </summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="path">The file name used in diagnostics and recorded as <see cref="Codebook.SourcePath"/>.</param>
    public static CodebookLoadResult Parse(string yaml, string path)
    {
        var diagnostics = new DiagnosticBag();
        var stream = new YamlStream();
        try
        {
            stream.Load(new DuplicateKeyGuard(new Parser(new StringReader(yaml))));
        }
        catch (DuplicateKeyException e)
        {
            diagnostics.Add(CodebookDiagnosticCodes.KeyTwice(e.Key, e.FirstLine, new(path, e.Line, e.Column)));
            return new CodebookLoadResult(null, diagnostics);
        }
        catch (YamlException e)
        {
            diagnostics.Add(SyntaxError(e, yaml, path));
            return new CodebookLoadResult(null, diagnostics);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, without a location, for some unterminated flow collections.
            var (line, column) = LastParsedPosition(yaml);
            diagnostics.Add(CodebookDiagnosticCodes.UnclosedFlow(new(path, line, column)));
            return new CodebookLoadResult(null, diagnostics);
        }

        if (stream.Documents.Count == 0)
        {
            diagnostics.Add(CodebookDiagnosticCodes.EmptyFile(path));
            return new CodebookLoadResult(null, diagnostics);
        }

        // A stray '---' at the end makes an empty document: harmless, so only documents with content count.
        var extra = stream.Documents.Skip(1).Select(d => d.RootNode).Where(n => n is not YamlScalarNode { Value: null or "" }).ToList();
        if (extra.Count > 0)
        {
            var second = extra[0];
            diagnostics.Add(CodebookDiagnosticCodes.SeveralYamlDocuments(extra.Count + 1, new(path, YamlNodeReader.Line(second), YamlNodeReader.Column(second))));
        }

        var reader = new CodebookReader(new YamlNodeReader(path, diagnostics));
        var codebook = reader.Read(stream.Documents[0].RootNode);
        var sorted = diagnostics.Sorted();
        if (codebook is null || diagnostics.HasErrors)
        {
            return new CodebookLoadResult(null, sorted);
        }

        var complete = codebook with { SourcePath = path };
        return new CodebookLoadResult(complete with { ContentHash = CodebookHasher.Compute(complete) }, sorted);
    }

    // Classified by where the parser stopped and what the text holds there, never by the wording of YamlDotNet's message
    // (shown after "invalid YAML:" for what has no better explanation).
    private static Diagnostic SyntaxError(YamlException e, string yaml, string path)
    {
        var line = checked((int)e.Start.Line);
        var column = checked((int)e.Start.Column);
        if (TabIndentation(yaml, LastParsedPosition(yaml).Line, line > 1 ? line + 1 : int.MaxValue) is var (tabLine, tabColumn))
        {
            // A tab in the indentation between the last good token and the error is the cause, whatever the parser says;
            // it reports such errors without a location (line 1) or at the line before the tab.
            return CodebookDiagnosticCodes.TabIndentation(new(path, tabLine, tabColumn));
        }

        return CodebookDiagnosticCodes.InvalidYaml((e.InnerException?.Message ?? e.Message).Trim(), new(path, line, column));
    }

    private static (int Line, int Column) LastParsedPosition(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var last = (Line: 1, Column: 1);
        try
        {
            while (parser.MoveNext())
            {
                last = (checked((int)parser.Current!.Start.Line), checked((int)parser.Current.Start.Column));
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            // Expected: the same failure as the load; the last good event is the best location we have.
        }

        return last;
    }

    /// <summary>The first tab in the indentation of a line from <paramref name="fromLine"/> to <paramref name="toLine"/>, if any.</summary>
    private static (int Line, int Column)? TabIndentation(string yaml, int fromLine, int toLine)
    {
        var lines = yaml.Split('\n');
        for (var i = Math.Max(fromLine, 1) - 1; i < Math.Min(lines.Length, toLine); i++)
        {
            var indentation = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indentation);
            if (tab >= 0)
            {
                return (i + 1, tab + 1);
            }
        }

        return null;
    }
}
