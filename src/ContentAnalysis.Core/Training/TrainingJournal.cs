using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Coding;
using ContentAnalysis.Core.Sessions;

namespace ContentAnalysis.Core.Training;

/// <summary>
/// A trainee's journal (<c>data/training/CODER.csv</c>) that knows the reference coding: every answer goes to the inner
/// journal first (durably), and when it completes a unit (its last dimension is answered) the feedback on that unit
/// becomes <see cref="Feedback"/> and is passed to <see cref="UnitCompleted"/>.
/// </summary>
public sealed class TrainingJournal : ICodingJournal
{
    private readonly ICodingJournal _inner;
    private readonly IReadOnlyList<Dimension> _dimensions;
    private readonly CoderCodings _reference;
    private readonly Dictionary<string, Dictionary<string, IReadOnlyList<string>>> _answers = new(StringComparer.Ordinal);

    /// <summary>Wraps <paramref name="inner"/>, the trainee's own journal.</summary>
    /// <param name="inner">The trainee's journal in the training store.</param>
    /// <param name="dimensions">The dimensions of the session, in the order they are asked.</param>
    /// <param name="reference">The reference coding (usually <c>gold</c>).</param>
    public TrainingJournal(ICodingJournal inner, IReadOnlyList<Dimension> dimensions, CoderCodings reference)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(dimensions);
        ArgumentNullException.ThrowIfNull(reference);
        _inner = inner;
        _dimensions = dimensions;
        _reference = reference;
    }

    /// <summary>Called with the feedback on each unit the trainee completes.</summary>
    public event EventHandler<UnitFeedback>? UnitCompleted;

    /// <inheritdoc/>
    public string Coder => _inner.Coder;

    /// <summary>The feedback on the unit completed last, or null before the first.</summary>
    public UnitFeedback? Feedback { get; private set; }

    /// <inheritdoc/>
    public IReadOnlyDictionary<CodingKey, UnitCoding> Load()
    {
        var codings = _inner.Load();
        _answers.Clear();
        foreach (var coding in codings.Values)
        {
            Answers(coding.Unit)[coding.Dimension] = coding.Values;
        }

        return codings;
    }

    /// <inheritdoc/>
    public void Set(UnitCoding coding, string unitHash)
    {
        ArgumentNullException.ThrowIfNull(coding);
        _inner.Set(coding, unitHash);
        var answers = Answers(coding.Unit);
        answers[coding.Dimension] = coding.Values;
        if (coding.Dimension == _dimensions[^1].Id && _dimensions.All(d => answers.ContainsKey(d.Id)))
        {
            Feedback = UnitFeedback.For(_dimensions, coding.Unit, answers, _reference);
            UnitCompleted?.Invoke(this, Feedback);
        }
    }

    /// <inheritdoc/>
    public void Clear(CodingKey key, string unitHash)
    {
        _inner.Clear(key, unitHash);
        Answers(key.Unit).Remove(key.Dimension);
    }

    private Dictionary<string, IReadOnlyList<string>> Answers(string unit)
    {
        if (!_answers.TryGetValue(unit, out var answers))
        {
            answers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            _answers[unit] = answers;
        }

        return answers;
    }
}
