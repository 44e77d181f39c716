namespace ContentAnalysis.Cli.Terminal;

/// <summary>The role of a screen line; the terminal view colours by it, the plain view ignores it.</summary>
internal enum LineStyle
{
    /// <summary>Progress line.</summary>
    Header,

    /// <summary>Document title, author, date, period.</summary>
    Meta,

    /// <summary>The neighbouring units, dimmed.</summary>
    Context,

    /// <summary>The unit being coded.</summary>
    Text,

    /// <summary>The dimension's question.</summary>
    Question,

    /// <summary>A choice not selected.</summary>
    Option,

    /// <summary>A choice selected.</summary>
    Chosen,

    /// <summary>The keys reminder.</summary>
    Keys,

    /// <summary>A codebook entry.</summary>
    Help,

    /// <summary>A note on what just happened.</summary>
    Message,

    /// <summary>The digits typed so far.</summary>
    Input,
}
