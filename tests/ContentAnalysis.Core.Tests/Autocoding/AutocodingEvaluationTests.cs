using ContentAnalysis.Core.Autocoding;
using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Tests.Autocoding;

public sealed class AutocodingEvaluationTests
{
    /// <summary>
    /// Six units on the multi dimension role (categories ally, mediator), dictionary against gold:
    /// <code>
    /// unit  gold             dictionary
    /// u1    ally             ally            ally TP
    /// u2    ally, mediator   ally            ally TP, mediator FN
    /// u3    none             mediator        mediator FP
    /// u4    mediator         mediator        mediator TP
    /// u5    ally             none            ally FN
    /// u6    uncoded          ally            left out (gold missing)
    /// u7    mediator         (not coded)     left out, counted as not autocoded
    /// </code>
    /// By hand: ally TP 2, FP 0, FN 1: P = 1, R = 2/3, F1 = 4/5. mediator TP 1, FP 1, FN 1: P = R = F1 = 1/2.
    /// Micro: TP 3, FP 1, FN 2: P = 3/4, R = 3/5, F1 = 6/9 = 2/3. Macro: P = (1 + 1/2)/2 = 3/4, R = (2/3 + 1/2)/2 = 7/12,
    /// F1 = (4/5 + 1/2)/2 = 13/20.
    /// </summary>
    [Fact]
    public void Evaluate_HandCountedUnits_GivesHandComputedScores()
    {
        using var project = new AutocodingProjectFixture();
        (string Unit, string[] Gold, string[]? Dictionary)[] rows =
        [
            ("u1", ["ally"], ["ally"]),
            ("u2", ["ally", "mediator"], ["ally"]),
            ("u3", ["none"], ["mediator"]),
            ("u4", ["mediator"], ["mediator"]),
            ("u5", ["ally"], ["none"]),
            ("u6", ["uncoded"], ["ally"]),
            ("u7", ["mediator"], null),
        ];
        foreach (var (unit, gold, dictionary) in rows)
        {
            project.Code("gold", unit, "role", gold);
            if (dictionary is not null)
            {
                project.Code("dictionary", unit, "role", dictionary);
            }
        }

        var role = AutocodingCodebook.Load().FindDimension("role")!;
        var evaluation = AutocodingEvaluation.Evaluate(project.Store, [role], "dictionary", "gold", [.. rows.Select(r => r.Unit)]);

        var dimension = Assert.Single(evaluation.Dimensions);
        Assert.Equal(5, dimension.Units);
        Assert.Equal(1, dimension.NotAutocoded);
        var ally = dimension.Categories[0];
        Assert.Equal(("ally", 2, 0, 1), (ally.Category, ally.TruePositives, ally.FalsePositives, ally.FalseNegatives));
        Assert.Equal(1.0, ally.Precision);
        Assert.Equal(2.0 / 3, ally.Recall!.Value, 12);
        Assert.Equal(0.8, ally.F1!.Value, 12);
        Assert.Equal(["u5"], ally.FalseNegativeUnits);
        var mediator = dimension.Categories[1];
        Assert.Equal((1, 1, 1), (mediator.TruePositives, mediator.FalsePositives, mediator.FalseNegatives));
        Assert.Equal((0.5, 0.5, 0.5), (mediator.Precision!.Value, mediator.Recall!.Value, mediator.F1!.Value));
        Assert.Equal(["u3"], mediator.FalsePositiveUnits);
        Assert.Equal(["u2"], mediator.FalseNegativeUnits);
        Assert.Equal(0.75, dimension.Micro.Precision!.Value, 12);
        Assert.Equal(0.6, dimension.Micro.Recall!.Value, 12);
        Assert.Equal(2.0 / 3, dimension.Micro.F1!.Value, 12);
        Assert.Equal(0.75, dimension.Macro.Precision!.Value, 12);
        Assert.Equal(7.0 / 12, dimension.Macro.Recall!.Value, 12);
        Assert.Equal(0.65, dimension.Macro.F1!.Value, 12);
    }

    [Fact]
    public void Evaluate_CategoryNeverGiven_HasUndefinedScoresAndStaysOutOfTheMacroAverage()
    {
        // One unit: gold ally, dictionary ally. mediator: no TP, FP or FN, so P, R and F1 are undefined (null).
        using var project = new AutocodingProjectFixture();
        project.Code("gold", "u1", "role", "ally");
        project.Code("dictionary", "u1", "role", "ally");
        var role = AutocodingCodebook.Load().FindDimension("role")!;
        var dimension = AutocodingEvaluation.Evaluate(project.Store, [role], "dictionary", "gold", ["u1"]).Dimensions[0];
        Assert.Equal((null, null, null), (dimension.Categories[1].Precision, dimension.Categories[1].Recall, dimension.Categories[1].F1));
        Assert.Equal(new AverageScores(1, 1, 1), dimension.Macro);
    }

    [Fact]
    public void Evaluate_UndefinedPrecision_CountsAsZeroInTheMacroAverage()
    {
        // u1: gold mediator, dictionary none: mediator TP 0, FP 0, FN 1 -> P undefined (0 in the macro), R 0, F1 0.
        // u2: gold ally, dictionary ally: ally P = R = F1 = 1. Macro P = (1 + 0)/2 = 0.5, R = 0.5, F1 = 0.5.
        using var project = new AutocodingProjectFixture();
        project.Code("gold", "u1", "role", "mediator");
        project.Code("dictionary", "u1", "role", "none");
        project.Code("gold", "u2", "role", "ally");
        project.Code("dictionary", "u2", "role", "ally");
        var role = AutocodingCodebook.Load().FindDimension("role")!;
        var dimension = AutocodingEvaluation.Evaluate(project.Store, [role], "dictionary", "gold", ["u1", "u2"]).Dimensions[0];
        Assert.Null(dimension.Categories[1].Precision);
        Assert.Equal(0.0, dimension.Categories[1].F1);
        Assert.Equal(new AverageScores(0.5, 0.5, 0.5), dimension.Macro);
    }

    [Fact]
    public void Evaluate_ReferenceWithoutJournal_IsRefusedListingTheCoders()
    {
        using var project = new AutocodingProjectFixture();
        project.Code("anna", "u1", "role", "ally");
        project.Code("dictionary", "u1", "role", "ally");
        var role = AutocodingCodebook.Load().FindDimension("role")!;
        var e = Assert.Throws<InputException>(() => AutocodingEvaluation.Evaluate(project.Store, [role], "dictionary", "gold", ["u1"]));
        var diagnostic = Assert.Single(e.Diagnostics);
        Assert.Equal(AutocodingDiagnostics.MissingReference, diagnostic.Code);
        Assert.Equal("the reference coder 'gold' has no codings to evaluate against (coders with codings: anna, dictionary)", diagnostic.Message);
    }

    [Fact]
    public void Evaluate_DictionaryNotRun_IsRefused()
    {
        using var project = new AutocodingProjectFixture();
        project.Code("gold", "u1", "role", "ally");
        var role = AutocodingCodebook.Load().FindDimension("role")!;
        var e = Assert.Throws<InputException>(() => AutocodingEvaluation.Evaluate(project.Store, [role], "dictionary", "gold", ["u1"]));
        Assert.Equal(AutocodingDiagnostics.NoDictionaryCodings, Assert.Single(e.Diagnostics).Code);
        Assert.Equal("run 'qcat autocode' first", e.Diagnostics[0].Hint);
    }
}
