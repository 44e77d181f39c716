namespace ContentAnalysis.Core.Reporting;

/// <summary>A token of a Liquid tag or output: its kind, text and offset in the template source.</summary>
internal readonly record struct TemplateToken(TemplateTokenKind Kind, string Text, int Offset)
{
    public bool Is(string punctuation) => Kind == TemplateTokenKind.Punctuation && Text == punctuation;
}

/// <summary>The kinds of <see cref="TemplateToken"/>.</summary>
internal enum TemplateTokenKind
{
    Identifier,
    String,
    Number,
    Punctuation,
}
