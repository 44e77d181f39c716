using System.Collections;

namespace ContentAnalysis.Core.Diagnostics;

/// <summary>Collects every diagnostic of one pass so a user sees all problems at once.</summary>
public sealed class DiagnosticBag : IReadOnlyList<Diagnostic>
{
    private readonly List<Diagnostic> _items = [];

    /// <summary>Whether any collected diagnostic is an error.</summary>
    public bool HasErrors => _items.Exists(d => d.IsError);

    /// <summary>The number of collected diagnostics.</summary>
    public int Count => _items.Count;

    /// <summary>The diagnostic at <paramref name="index"/>.</summary>
    public Diagnostic this[int index] => _items[index];

    /// <summary>Adds a diagnostic.</summary>
    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    /// <summary>Adds several diagnostics.</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    /// <summary>Adds an error.</summary>
    public void Error(string code, string message, string? file = null, int line = 0, int column = 0, string? hint = null) =>
        _items.Add(Diagnostic.Error(code, message, file, line, column, hint));

    /// <summary>Adds a warning.</summary>
    public void Warning(string code, string message, string? file = null, int line = 0, int column = 0, string? hint = null) =>
        _items.Add(Diagnostic.Warning(code, message, file, line, column, hint));

    /// <summary>The diagnostics sorted by file, line and column.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        [.. _items.OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column)];

    /// <inheritdoc />
    public IEnumerator<Diagnostic> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
