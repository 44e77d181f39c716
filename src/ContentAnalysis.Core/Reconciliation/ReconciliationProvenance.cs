namespace ContentAnalysis.Core.Reconciliation;

/// <summary>
/// How a gold value was decided, as stored in the journal's <c>provenance</c> column: <c>agreed</c>, <c>majority</c>,
/// <c>chose:CODER</c>, <c>combined</c> or <c>new</c>.
/// </summary>
/// <param name="Method">The method.</param>
/// <param name="Coder">The coder whose coding was chosen (for <see cref="ReconciliationMethod.Chose"/>), else null.</param>
public sealed record ReconciliationProvenance(ReconciliationMethod Method, string? Coder = null)
{
    private const string ChosePrefix = "chose:";

    /// <summary>The text stored in the journal.</summary>
    public string Format() => Method switch
    {
        ReconciliationMethod.Agreed => "agreed",
        ReconciliationMethod.Majority => "majority",
        ReconciliationMethod.Chose => ChosePrefix + Coder,
        ReconciliationMethod.Combined => "combined",
        _ => "new",
    };

    /// <summary>Reads a stored provenance; null for an empty or unknown text.</summary>
    public static ReconciliationProvenance? Parse(string? text) => text switch
    {
        "agreed" => new(ReconciliationMethod.Agreed),
        "majority" => new(ReconciliationMethod.Majority),
        "combined" => new(ReconciliationMethod.Combined),
        "new" => new(ReconciliationMethod.NewValue),
        not null when text.StartsWith(ChosePrefix, StringComparison.Ordinal) && text.Length > ChosePrefix.Length => new(ReconciliationMethod.Chose, text[ChosePrefix.Length..]),
        _ => null,
    };

    /// <inheritdoc/>
    public override string ToString() => Format();
}
