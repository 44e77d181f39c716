using ContentAnalysis.Core.Coding;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.Training;

namespace ContentAnalysis.Cli;

/// <summary>The options of training and stability (<c>code --train|--recode</c>, <c>agree --stability</c>).</summary>
internal static partial class CliMessages
{
    /// <summary>Two options that cannot be combined, or one that needs another.</summary>
    public static Diagnostic OptionsConflict(string option, string other, string why) =>
        Diagnostic.Error(TrainingDiagnostics.OptionConflict, $"{option} cannot be used {other}", hint: why);

    /// <summary>A trainee named like the rounds table of <c>data/training/</c>.</summary>
    public static Diagnostic TraineeNameReserved(string name) =>
        Diagnostic.Error(CodingDiagnostics.BadCoderName, $"--coder: '{name}' cannot train: data/training/{name}.csv is the table of training rounds", hint: "train under another name");
}
