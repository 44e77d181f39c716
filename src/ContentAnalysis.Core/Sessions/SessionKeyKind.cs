namespace ContentAnalysis.Core.Sessions;

/// <summary>The kinds of input a coding session understands.</summary>
public enum SessionKeyKind
{
    /// <summary>A printable character (digit, letter, <c>?</c>).</summary>
    Character,

    /// <summary>The Enter key.</summary>
    Enter,

    /// <summary>The Backspace key.</summary>
    Backspace,

    /// <summary>The Escape key (cancels a pending number, help or memo).</summary>
    Escape,

    /// <summary>A whole line of text (a memo).</summary>
    Text,

    /// <summary>Page Up: the screen's body one page back.</summary>
    PageUp,

    /// <summary>Page Down: the screen's body one page on.</summary>
    PageDown,

    /// <summary>Up arrow: the screen's body one line back.</summary>
    Up,

    /// <summary>Down arrow: the screen's body one line on.</summary>
    Down,
}
