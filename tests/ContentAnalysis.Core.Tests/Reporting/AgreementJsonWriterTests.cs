using System.Text.Json;
using ContentAnalysis.Core.Agreement;
using ContentAnalysis.Core.Reporting;

namespace ContentAnalysis.Core.Tests.Reporting;

public sealed class AgreementJsonWriterTests
{
    private static AgreementResultSet One(params AgreementEstimate[] coefficients)
    {
        var report = new AgreementReport("d", 12, 11, ["A", "B"], LevelOfMeasurement.Nominal, coefficients);
        return new AgreementResultSet([AgreementResult.Of(report, 0.05)], 1000, 2007, 0.05);
    }

    [Fact]
    public void ToJson_OneResult_StillAnArrayUnderResultsWithSnakeCaseKeys()
    {
        var json = AgreementJsonWriter.ToJson(One(new AgreementEstimate("krippendorff_alpha", 0.85, CiLow: 0.8, CiHigh: 0.9, QBelow800: 0.01, QBelow667: 0)));

        using var document = JsonDocument.Parse(json);
        var result = document.RootElement.GetProperty("results").EnumerateArray().Single();
        Assert.Equal(["subject", "units", "pairable_units", "coders", "coder_names", "level", "verdict", "coefficients"], result.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["value", "ci_low", "ci_high", "q_below_800", "q_below_667"], result.GetProperty("coefficients").GetProperty("krippendorff_alpha").EnumerateObject().Select(p => p.Name));
        Assert.Equal("reliable", result.GetProperty("verdict").GetProperty("value").GetString());
        Assert.EndsWith("}\n", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJson_UndefinedAndNonFinite_NullValueNoNaN()
    {
        var json = AgreementJsonWriter.ToJson(One(AgreementEstimate.Undefined("krippendorff_alpha", "no variation"), new AgreementEstimate("pabak", double.NaN, StandardError: double.PositiveInfinity)));

        using var document = JsonDocument.Parse(json);
        var coefficients = document.RootElement.GetProperty("results")[0].GetProperty("coefficients");
        Assert.Equal(JsonValueKind.Null, coefficients.GetProperty("krippendorff_alpha").GetProperty("value").ValueKind);
        Assert.Equal("no variation", coefficients.GetProperty("krippendorff_alpha").GetProperty("note").GetString());
        Assert.Equal(["value"], coefficients.GetProperty("pabak").EnumerateObject().Select(p => p.Name));
        Assert.Equal("undefined", document.RootElement.GetProperty("results")[0].GetProperty("verdict").GetProperty("value").GetString());
    }

    [Fact]
    public void ToJson_NonAsciiSubject_KeptAsIs()
    {
        var report = new AgreementReport("tonalität", 12, 11, ["A", "B"], LevelOfMeasurement.Nominal, []);

        var json = AgreementJsonWriter.ToJson(new AgreementResultSet([AgreementResult.Of(report, 0.05)], 0, 2007, 0.05));

        Assert.Contains("\"subject\": \"tonalität\"", json, StringComparison.Ordinal);
    }
}
