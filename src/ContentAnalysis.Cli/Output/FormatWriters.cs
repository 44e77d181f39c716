namespace ContentAnalysis.Cli.Output;

/// <summary>
/// The text of each machine-readable format, made by a Core writer: every command picks its output the same way and
/// draws only the terminal table itself.
/// </summary>
/// <param name="Json">The JSON text, if the output has a JSON form.</param>
/// <param name="Csv">The CSV text, if the output has a CSV form.</param>
/// <param name="Markdown">The Markdown text, if the output has a Markdown form.</param>
internal sealed record FormatWriters(Func<string>? Json = null, Func<string>? Csv = null, Func<string>? Markdown = null)
{
    /// <summary>Writes <paramref name="format"/>'s text and returns true; false when it has none here (the table is the caller's).</summary>
    public bool TryWrite(CliContext context, OutputFormat format)
    {
        var writer = format switch
        {
            OutputFormat.Json => Json,
            OutputFormat.Csv => Csv,
            OutputFormat.Md => Markdown,
            _ => null,
        };
        if (writer is null)
        {
            return false;
        }

        context.Out.Write(writer());
        return true;
    }
}
