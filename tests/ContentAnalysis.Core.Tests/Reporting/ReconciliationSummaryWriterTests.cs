using ContentAnalysis.Core.Reconciliation;
using ContentAnalysis.Core.Reporting;

namespace ContentAnalysis.Core.Tests.Reporting;

public sealed class ReconciliationSummaryWriterTests
{
    // Two dimensions, two coders; the total row is the sum, written by hand below.
    private static readonly ReconciliationSummary Summary = new(
        "gold",
        ["anna", "ben"],
        "sample 'rel'",
        [
            new ReconciliationSummaryRow("role", 8, 0, [new("anna", 2), new("ben", 1)], 1, 0, 0, 2, 3),
            new ReconciliationSummaryRow("tone", 5, 1, [new("anna", 0), new("ben", 3)], 0, 1, 1, 0, 0),
        ]);

    [Fact]
    public void ToJson_SnakeCaseShapeWithCoderMapAndTotal()
    {
        var json = ReconciliationSummaryWriter.ToJson(Summary);

        Assert.Equal(
            """
            {
              "into": "gold",
              "coders": [
                "anna",
                "ben"
              ],
              "scope": "sample 'rel'",
              "dimensions": [
                {
                  "dimension": "role",
                  "agreed": 8,
                  "majority": 0,
                  "chose_coder": {
                    "anna": 2,
                    "ben": 1
                  },
                  "combined": 1,
                  "new_value": 0,
                  "other": 0,
                  "decided": 12,
                  "open": 2,
                  "incomplete": 3
                },
                {
                  "dimension": "tone",
                  "agreed": 5,
                  "majority": 1,
                  "chose_coder": {
                    "anna": 0,
                    "ben": 3
                  },
                  "combined": 0,
                  "new_value": 1,
                  "other": 1,
                  "decided": 11,
                  "open": 0,
                  "incomplete": 0
                }
              ],
              "total": {
                "dimension": "total",
                "agreed": 13,
                "majority": 1,
                "chose_coder": {
                  "anna": 2,
                  "ben": 4
                },
                "combined": 1,
                "new_value": 1,
                "other": 1,
                "decided": 23,
                "open": 2,
                "incomplete": 3
              }
            }

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            json);
    }

    [Fact]
    public void ToCsv_OneColumnPerCoderAndATotalRow()
    {
        Assert.Equal(
            "dimension,agreed,majority,chose_anna,chose_ben,combined,new_value,other,decided,open,incomplete\n"
            + "role,8,0,2,1,1,0,0,12,2,3\n"
            + "tone,5,1,0,3,0,1,1,11,0,0\n"
            + "total,13,1,2,4,1,1,1,23,2,3\n",
            ReconciliationSummaryWriter.ToCsv(Summary).Replace("\r\n", "\n", StringComparison.Ordinal));
    }
}
