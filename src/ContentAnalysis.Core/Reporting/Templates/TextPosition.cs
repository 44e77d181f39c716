namespace ContentAnalysis.Core.Reporting;

/// <summary>Turns an offset in a text into a 1-based line and column.</summary>
internal static class TextPosition
{
    /// <summary>The line and column of <paramref name="offset"/> in <paramref name="text"/>.</summary>
    public static (int Line, int Column) Of(string text, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }
}
