using System.Text.RegularExpressions;
using Spectre.Console;

namespace ContentAnalysis.Cli.Tests.Output;

/// <summary>
/// The example project's tables at 60, 80 and 120 columns: no line wider than the terminal, never <c>…</c>,
/// and every number the 120-column table shows is printed whole at the narrower width too, unless its
/// column is named as left out.
/// </summary>
public sealed partial class TerminalWidthTests
{
    public static TheoryData<string, int> Commands() => new()
    {
        { "demo", 60 }, { "demo", 80 }, { "demo", 120 },
        { "agree", 60 }, { "agree", 80 }, { "agree", 120 },
        { "progress", 60 }, { "progress", 80 }, { "progress", 120 },
        { "corpus list", 60 }, { "corpus list", 80 }, { "corpus list", 120 },
        { "sample list", 60 }, { "codebook show", 60 },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Table_AtWidth_FitsAndKeepsEveryNumberWhole(string command, int width)
    {
        using var project = ExampleProject.Copy();
        string[] args = [.. command.Split(' '), .. command is "demo" or "agree" ? new[] { "--bootstrap", "200" } : []];

        var narrow = CliRunner.RunAtWidth(width, project.Path, args);
        var wide = CliRunner.RunAtWidth(120, project.Path, args);

        Assert.Equal(0, narrow.ExitCode);
        Assert.Equal(string.Empty, narrow.Error);
        Assert.All(narrow.Out.Split('\n'), line => Assert.True(line.GetCellWidth() <= width, $"{line.GetCellWidth()} cells: '{line}'"));
        Assert.DoesNotContain("…", narrow.Out, StringComparison.Ordinal);
        var leftOut = LeftOut(narrow.Out);
        Assert.All(NumbersInTables(wide.Out), cell => Assert.True(
            leftOut.Contains(cell.Header) || Regex.IsMatch(narrow.Out, $@"(?<![\w.]){Regex.Escape(cell.Number)}(?![\w.])"),
            $"{cell.Number} (column '{cell.Header}') is missing at {width} columns"));
    }

    [Fact]
    public void Demo_At80_LeavesOutNamedColumnsAndKeepsTheHeadline()
    {
        using var project = ExampleProject.Copy();

        var result = CliRunner.RunAtWidth(80, project.Path, "demo", "--bootstrap", "200");

        Assert.Contains("columns left out at 80 columns: level, % agree, AC1 — widen the terminal", result.Out, StringComparison.Ordinal);
        Assert.Contains("│ russia_role         │ 36 │ 0.819 │ [0.734, 0.893] │", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_At60_OneBlockPerDimension()
    {
        using var project = ExampleProject.Copy();

        var result = CliRunner.RunAtWidth(60, project.Path, "demo", "--bootstrap", "200");

        Assert.Contains("dimension: russia_role\nlevel:     sets (MASI)\nunits:     36\nα:         0.819\n95% CI:    [0.734, 0.893]\n", result.Out, StringComparison.Ordinal);
    }

    // The headings named in "columns left out at N columns: a, b — …" (the note may wrap).
    private static HashSet<string> LeftOut(string output)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match match in LeftOutNote().Matches(output))
        {
            found.UnionWith(Regex.Replace(match.Groups[1].Value, @"\s+", " ").Split(", "));
        }

        return found;
    }

    // Every number in a table row, with its column's heading: the heading line is the one above the rule under it
    // (├── in a rounded table, a line of ─ in a simple one).
    private static List<(string Header, string Number)> NumbersInTables(string output)
    {
        var lines = output.Split('\n');
        var cells = new List<(string, string)>();
        for (var i = 1; i < lines.Length; i++)
        {
            var rounded = lines[i].StartsWith('├');
            if (!rounded && !(lines[i].Trim().Length > 0 && lines[i].Trim().All(c => c == '─')))
            {
                continue;
            }

            var headings = Heading().Matches(lines[i - 1]).Select(m => (Start: m.Index, Name: m.Value)).ToList();
            for (var j = i + 1; j < lines.Length && (rounded ? lines[j].StartsWith('│') : lines[j].Trim().Length > 0); j++)
            {
                foreach (Match number in Number().Matches(lines[j]))
                {
                    cells.Add((ColumnOf(lines[i - 1], headings, number, rounded), number.Value));
                }
            }
        }

        Assert.NotEmpty(cells);
        return cells;
    }

    // A rounded table's columns lie between bars; in a simple one a cell shares cells with its heading (both
    // start or both end at the column's edge), else it is inside the last heading starting before it.
    private static string ColumnOf(string headingLine, List<(int Start, string Name)> headings, Match number, bool rounded)
    {
        if (rounded)
        {
            var bars = headingLine.Take(number.Index).Count(c => c == '│');
            return headingLine.Split('│')[bars].Trim();
        }

        var end = number.Index + number.Length;
        var overlapping = headings.Where(h => h.Start < end && number.Index < h.Start + h.Name.Length).ToList();
        return overlapping.Count > 0 ? overlapping[0].Name : headings.Last(h => h.Start <= number.Index).Name;
    }

    [GeneratedRegex(@"columns left out at \d+ columns: (.*?) —", RegexOptions.Singleline)]
    private static partial Regex LeftOutNote();

    [GeneratedRegex(@"[^\s│](?:[^\s│]| (?=[^\s│]))*")]
    private static partial Regex Heading();

    [GeneratedRegex(@"(?<![\w.\-])(?:\[-?\d+\.\d+, -?\d+\.\d+\]|-?\d*\.\d+|\d+)(?![\w.\-])")]
    private static partial Regex Number();
}
