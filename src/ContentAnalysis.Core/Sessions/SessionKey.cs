namespace ContentAnalysis.Core.Sessions;

/// <summary>One input to a coding session: a key press or, while a memo is being written, a line of text.</summary>
/// <param name="Kind">What kind of input it is.</param>
/// <param name="Character">The character for <see cref="SessionKeyKind.Character"/>.</param>
/// <param name="Text">The text for <see cref="SessionKeyKind.Text"/>.</param>
public readonly record struct SessionKey(SessionKeyKind Kind, char Character = '\0', string Text = "")
{
    /// <summary>The Enter key.</summary>
    public static SessionKey Enter => new(SessionKeyKind.Enter);

    /// <summary>The Backspace key.</summary>
    public static SessionKey Backspace => new(SessionKeyKind.Backspace);

    /// <summary>The Escape key.</summary>
    public static SessionKey Escape => new(SessionKeyKind.Escape);

    /// <summary>A printable character.</summary>
    public static SessionKey Char(char c) => new(SessionKeyKind.Character, c);

    /// <summary>A line of text.</summary>
    public static SessionKey Line(string text) => new(SessionKeyKind.Text, Text: text);

    /// <inheritdoc/>
    public override string ToString() => Kind switch
    {
        SessionKeyKind.Character => Character.ToString(),
        SessionKeyKind.Text => Text,
        _ => Kind.ToString().ToLowerInvariant(),
    };
}
