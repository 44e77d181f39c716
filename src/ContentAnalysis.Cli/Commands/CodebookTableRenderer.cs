using System.Globalization;
using ContentAnalysis.Cli.Output;
using ContentAnalysis.Core.Codebooks;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ContentAnalysis.Cli.Commands;

/// <summary>Renders a codebook for the terminal with Spectre tables and trees.</summary>
internal static class CodebookTableRenderer
{
    /// <summary>Writes the header, then each selected dimension, or the full entry of the selected category.</summary>
    public static void Render(IAnsiConsole console, Codebook codebook, CodebookSelection selection)
    {
        var header = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        header.AddRow(new Markup("[bold]Codebook[/]"), new Text($"{codebook.Title} ({codebook.Id})"));
        header.AddRow(new Markup("[bold]Version[/]"), new Text(codebook.Version));
        header.AddRow(new Markup("[bold]Hash[/]"), new Text(codebook.ContentHash));
        header.AddRow(new Markup("[bold]Unit[/]"), new Text(codebook.Unit.ToString().ToLowerInvariant()));
        console.Write(header);
        if (selection is { Dimension: { } dimension, Category: { } category })
        {
            console.WriteLine();
            console.Write(CategoryTree(dimension, category));
            return;
        }

        foreach (var shown in selection.Dimensions(codebook))
        {
            console.WriteLine();
            RenderDimension(console, shown);
        }
    }

    private static void RenderDimension(IAnsiConsole console, Dimension dimension)
    {
        console.Write(HeadingRule.Create($"[bold]{Markup.Escape(dimension.Label)}[/] ({Markup.Escape(dimension.Id)})"));
        var facts = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        facts.AddRow(new Markup("[bold]Question[/]"), new Text(dimension.Question));
        facts.AddRow(new Markup("[bold]Kind[/]"), new Text(dimension.Kind.ToString().ToLowerInvariant() + (dimension.Required ? ", required" : ", optional (may be left uncoded)")));
        console.Write(facts);
        // Ids and values stay whole; labels and definitions wrap at words; too narrow, one block per category.
        OutputTable table;
        if (dimension.IsCategorical)
        {
            table = new OutputTable([OutputColumn.Whole("Id"), OutputColumn.Text("Label"), OutputColumn.Text("Definition")]) { Border = TableBorder.Square };
            AddCategoryRows(table, dimension.Categories, depth: 0);
        }
        else
        {
            table = new OutputTable([OutputColumn.Number("Value"), OutputColumn.Text("Label"), OutputColumn.Text("Definition")]) { Border = TableBorder.Square };
            foreach (var level in dimension.Levels)
            {
                table.AddRow(level.Value.ToString(CultureInfo.InvariantCulture), level.Label, level.Definition ?? string.Empty);
            }
        }

        console.Write(table);
    }

    private static void AddCategoryRows(OutputTable table, IReadOnlyList<Category> categories, int depth)
    {
        foreach (var category in categories)
        {
            table.AddRow(new string(' ', depth * 2) + category.Id, category.Label, category.Definition);
            AddCategoryRows(table, category.Categories, depth + 1);
        }
    }

    private static Tree CategoryTree(Dimension dimension, Category category)
    {
        var tree = new Tree(new Markup($"[bold]{Markup.Escape(category.Id)}[/] — {Markup.Escape(category.Label)} (dimension {Markup.Escape(dimension.Id)}, {dimension.Kind.ToString().ToLowerInvariant()})"));
        tree.AddNode(Heading("Definition")).AddNode(new Text(category.Definition.Length > 0 ? category.Definition : "(none)"));
        AddList(tree, "Include", category.Include.Select(r => (IRenderable)new Text(r)));
        AddList(tree, "Exclude", category.Exclude.Select(r => (IRenderable)new Text(r.See is null ? r.Text : $"{r.Text} → see {r.See}")));
        AddList(tree, "Examples", category.Examples.Select(e => (IRenderable)new Text($"“{e}”")));
        var indicators = new List<IRenderable>();
        if (category.Indicators.Keywords.Count > 0)
        {
            indicators.Add(new Text("keywords: " + string.Join(", ", category.Indicators.Keywords)));
        }

        if (category.Indicators.Patterns.Count > 0)
        {
            indicators.Add(new Text("patterns: " + string.Join("  ", category.Indicators.Patterns)));
        }

        AddList(tree, "Indicators", indicators);
        AddList(tree, "Sub-categories", category.Categories.Select(c => (IRenderable)new Text($"{c.Id} — {c.Label}")));
        return tree;
    }

    private static void AddList(Tree tree, string heading, IEnumerable<IRenderable> items)
    {
        var list = items.ToList();
        if (list.Count > 0)
        {
            tree.AddNode(Heading(heading)).AddNodes(list);
        }
    }

    private static Markup Heading(string text) => new($"[bold]{text}[/]");
}
