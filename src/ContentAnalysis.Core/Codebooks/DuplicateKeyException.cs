namespace ContentAnalysis.Core.Codebooks;

/// <summary>Raised by <see cref="DuplicateKeyGuard"/> at a repeated mapping key; the loader turns it into a diagnostic.</summary>
internal sealed class DuplicateKeyException(string key, int line, int column, int firstLine)
    : Exception($"duplicate key '{key}' at line {line} (first at line {firstLine})")
{
    public string Key { get; } = key;

    public int Line { get; } = line;

    public int Column { get; } = column;

    public int FirstLine { get; } = firstLine;
}
