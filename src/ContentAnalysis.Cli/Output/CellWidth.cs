using Spectre.Console;

namespace ContentAnalysis.Cli.Output;

/// <summary>Terminal cell widths of text (wide CJK characters count two, combining marks none).</summary>
internal static class CellWidth
{
    /// <summary>The widest line of <paramref name="text"/>, in terminal cells.</summary>
    public static int Of(string text)
    {
        var widest = 0;
        foreach (var line in text.Split('\n'))
        {
            widest = Math.Max(widest, line.GetCellWidth());
        }

        return widest;
    }

    /// <summary>The widest word of <paramref name="text"/>, in terminal cells.</summary>
    public static int WidestWord(string text) =>
        text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.GetCellWidth()).DefaultIfEmpty(0).Max();
}
