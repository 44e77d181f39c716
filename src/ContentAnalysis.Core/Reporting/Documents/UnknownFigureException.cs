namespace ContentAnalysis.Core.Reporting;

/// <summary>A report names a figure it was not given; <see cref="Figure"/> says which, so no caller reads the message.</summary>
internal sealed class UnknownFigureException : ArgumentException
{
    public UnknownFigureException(string figure)
        : base($"The report names figure '{figure}', which it was not given.", "figures") => Figure = figure;

    public UnknownFigureException()
    {
        Figure = string.Empty;
    }

    public UnknownFigureException(string message, Exception innerException)
        : base(message, innerException) => Figure = string.Empty;

    /// <summary>The figure id the report names.</summary>
    public string Figure { get; }
}
