namespace ContentAnalysis.Core.Projects;

/// <summary>
/// Diagnostic codes of the project model and of names typed on the command line (QCA0xxx): the same
/// mistake gets the same code in every command.
/// </summary>
public static class ProjectDiagnostics
{
    /// <summary>A coder named on the command line has no journal.</summary>
    public const string UnknownCoder = "QCA0001";

    /// <summary>A dimension named on the command line is not in the codebook.</summary>
    public const string UnknownDimension = "QCA0002";

    /// <summary>A category named on the command line is not in the codebook (or in the dimension given), or is ambiguous.</summary>
    public const string UnknownCategory = "QCA0003";

    /// <summary><c>qcat init</c> found a project in the folder already.</summary>
    public const string ProjectExists = "QCA0004";

    /// <summary>The corpus has no units, and the command needs some.</summary>
    public const string EmptyCorpus = "QCA0005";

    /// <summary>A sample named on the command line does not exist (the sampling area's code).</summary>
    public const string UnknownSample = Sampling.SamplingDiagnostics.UnknownSample;

    /// <summary>A sample name is not a plain name (letters, digits, '_', '-'), e.g. a path (the sampling area's code).</summary>
    public const string BadSampleName = Sampling.SamplingDiagnostics.BadName;

    /// <summary>A document named on the command line is not in the corpus (the corpus area's code).</summary>
    public const string UnknownDocument = Corpus.CorpusDiagnostics.UnknownDocument;
}
