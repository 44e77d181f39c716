using ContentAnalysis.Core.Agreement;

namespace ContentAnalysis.Cli.Commands;

/// <summary>Many coders: pairwise-coder output is the only part of <c>agree</c> that grows with their square.</summary>
internal static partial class AgreeCommand
{
    // Above KappaFamily.PairwiseCoderLimit coders, say so before work that is quadratic in the coders.
    private static void WarnQuadratic(CliContext context, int coders, bool details, IReadOnlyCollection<string>? coefficients)
    {
        if (coders <= KappaFamily.PairwiseCoderLimit)
        {
            return;
        }

        if (details)
        {
            context.Report([AgreementDiagnostics.ManyCoderPairsWarning(coders, "--details")]);
        }

        if (coefficients?.Contains("cohen_kappa") == true)
        {
            context.Report([AgreementDiagnostics.ManyCoderPairsWarning(coders, "cohen_kappa")]);
        }
    }
}
