using System.Collections;
using System.Globalization;

namespace ContentAnalysis.Core.Diagnostics;

/// <summary>
/// Collects every diagnostic of one pass so a user sees all problems at once, bounded: the first
/// <see cref="LimitPerCode"/> diagnostics of each code are kept, the rest of that code only counted and reported as
/// one summary line (<see cref="Diagnostic.Omitted"/>), so a file with 600,000 wrong rows prints a screenful, not
/// 600,000 lines. Callers ask <see cref="WillKeep"/> before computing an expensive hint.
/// </summary>
public sealed class DiagnosticBag : IReadOnlyList<Diagnostic>
{
    /// <summary>How many diagnostics of one code a bag keeps by default.</summary>
    public const int DefaultLimitPerCode = 20;

    private readonly List<Diagnostic> _items = [];
    private readonly Dictionary<string, int> _kept = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Omission> _omitted = new(StringComparer.Ordinal);

    /// <summary>Creates a bag that keeps the first <paramref name="limitPerCode"/> diagnostics of each code.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="limitPerCode"/> is less than 1.</exception>
    public DiagnosticBag(int limitPerCode = DefaultLimitPerCode)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limitPerCode, 1);
        LimitPerCode = limitPerCode;
    }

    /// <summary>How many diagnostics of one code are kept; later ones are only counted.</summary>
    public int LimitPerCode { get; }

    /// <summary>Whether any diagnostic added, kept or not, is an error.</summary>
    public bool HasErrors => ErrorCount > 0;

    /// <summary>The number of errors added, kept or not.</summary>
    public int ErrorCount { get; private set; }

    /// <summary>The number of warnings added, kept or not.</summary>
    public int WarningCount { get; private set; }

    /// <summary>The number of diagnostics kept.</summary>
    public int Count => _items.Count;

    /// <summary>The kept diagnostic at <paramref name="index"/>.</summary>
    public Diagnostic this[int index] => _items[index];

    /// <summary>Whether a diagnostic with <paramref name="code"/> added now would be kept (and its hint shown).</summary>
    public bool WillKeep(string code) => _kept.GetValueOrDefault(code) < LimitPerCode;

    /// <summary>Adds a diagnostic (a summary line from another bag adds its count).</summary>
    public void Add(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var weight = Math.Max(diagnostic.Omitted, 1);
        if (diagnostic.IsError)
        {
            ErrorCount += weight;
        }
        else
        {
            WarningCount += weight;
        }

        if (diagnostic.Omitted == 0 && WillKeep(diagnostic.Code))
        {
            _kept[diagnostic.Code] = _kept.GetValueOrDefault(diagnostic.Code) + 1;
            _items.Add(diagnostic);
            return;
        }

        var omission = _omitted.GetValueOrDefault(diagnostic.Code) ?? new Omission(diagnostic.File);
        omission.Count += weight;
        omission.IsError |= diagnostic.IsError;
        omission.File = string.Equals(omission.File, diagnostic.File, StringComparison.Ordinal) ? omission.File : null;
        _omitted[diagnostic.Code] = omission;
    }

    /// <summary>Adds several diagnostics.</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        foreach (var diagnostic in diagnostics)
        {
            Add(diagnostic);
        }
    }

    /// <summary>Adds an error.</summary>
    public void Error(string code, string message, string? file = null, int line = 0, int column = 0, string? hint = null) =>
        Add(Diagnostic.Error(code, message, file, line, column, hint));

    /// <summary>Adds a warning.</summary>
    public void Warning(string code, string message, string? file = null, int line = 0, int column = 0, string? hint = null) =>
        Add(Diagnostic.Warning(code, message, file, line, column, hint));

    /// <summary>
    /// The kept diagnostics sorted by file, line and column, followed by one summary line per code with diagnostics
    /// left out (in code order).
    /// </summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        [
            .. _items.OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column),
            .. _omitted.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => Summary(p.Key, p.Value)),
        ];

    /// <summary>The kept diagnostics in the order they were added, followed by the summary lines (as <see cref="Sorted"/>).</summary>
    public IReadOnlyList<Diagnostic> InOrder() =>
        [.. _items, .. _omitted.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => Summary(p.Key, p.Value))];

    /// <summary>Bounds <paramref name="diagnostics"/> by the bag's rule (first <see cref="DefaultLimitPerCode"/> of each code, then a count), keeping their order.</summary>
    public static IReadOnlyList<Diagnostic> Bound(IEnumerable<Diagnostic> diagnostics)
    {
        var bag = new DiagnosticBag();
        bag.AddRange(diagnostics);
        return bag.InOrder();
    }

    /// <summary>Counts errors and warnings in <paramref name="diagnostics"/>, a summary line counting what it stands for.</summary>
    public static (int Errors, int Warnings) Tally(IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var (errors, warnings) = (0, 0);
        foreach (var diagnostic in diagnostics)
        {
            var weight = Math.Max(diagnostic.Omitted, 1);
            (errors, warnings) = diagnostic.IsError ? (errors + weight, warnings) : (errors, warnings + weight);
        }

        return (errors, warnings);
    }

    /// <inheritdoc />
    public IEnumerator<Diagnostic> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private Diagnostic Summary(string code, Omission omission)
    {
        var kind = omission.IsError ? "error" : "warning";
        var message = string.Format(CultureInfo.InvariantCulture, "{0:N0} more {1}{2} of this code not shown", omission.Count, kind, omission.Count == 1 ? string.Empty : "s");
        var hint = string.Format(CultureInfo.InvariantCulture, "the first {0} are listed above; fix them and run again", _kept.GetValueOrDefault(code));
        var severity = omission.IsError ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning;
        return new Diagnostic(code, severity, message, omission.File, Hint: hint) { Omitted = omission.Count };
    }

    private sealed class Omission(string? file)
    {
        public string? File { get; set; } = file;

        public int Count { get; set; }

        public bool IsError { get; set; }
    }
}
