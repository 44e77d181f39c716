using ContentAnalysis.Core.Agreement;
using ContentAnalysis.Core.Coding;

namespace ContentAnalysis.Core.Tests.Coding;

/// <summary>The compact fold of journals (issue 14, project mode at scale) and what the commands read from it.</summary>
public sealed class ProjectScaleTests
{
    private const string Header = "time,coder,unit,dimension,values,memo,codebook_hash,unit_hash,op\n";

    [Theory]
    [InlineData(Header, "")]
    [InlineData(Header, "2026-01-02T09:00:00.000Z,anna,d.p003,role,medi")]
    [InlineData("time,coder,unit,dimension,values,memo,codebook_hash,unit_hash,op,provenance\n", "")]
    public void Fold_PlainReaderAndCsvReader_SameCodingsLinesAndMemos(string header, string tail)
    {
        using var temp = new TempDirectory();
        var provenance = header.EndsWith("provenance\n", StringComparison.Ordinal) ? ",agreed" : string.Empty;
        var path = temp.Write("anna.csv", header + string.Concat(new[]
        {
            "2026-01-01T23:59:59.999Z,anna,d.p001,role,mediator,,cb,u1,set",
            "2026-01-02T00:00:00.000Z,anna,d.p001,role,mediator;ally_of_armenia,a memo,cb,u1,set",
            "",
            "2026-01-02T00:00:01.000Z,anna,d.p002,role,none,,cb2,u2,set",
            "2026-01-02T00:00:02.000Z,anna,d.p002,role,,,cb2,u2,clear",
            "2026-01-02T00:00:03.000Z,anna,d.p001,tone,-1,,cb,u1x,set",
            "2026-01-02T00:00:04.000Z,anna,d.p004,tone,,ahead,cb,u4,memo",
            "2026-01-02T00:00:05.000Z,anna,d.p005,tone,,ahead,cb,u5,memo",
            "2026-01-02T00:00:06.000Z,anna,d.p005,tone,1,,cb,u5,set",
            "2026-03-02T13:14:15.016Z,anna,d.p006,role,ally_of_armenia,,cb,u6,set",
        }.Select(l => l.Length == 0 ? "\n" : l + provenance + "\n")) + tail);

        var plain = CodingJournal.Fold(path, "anna", "anna.csv");
        CodingJournal.ForceCsvReader = true;
        CoderCodings csv;
        try
        {
            csv = CodingJournal.Fold(path, "anna", "anna.csv");
        }
        finally
        {
            CodingJournal.ForceCsvReader = false;
        }

        // Lines 2–11 (line 4 empty): d.p001 role (line 3) and tone (line 7), d.p005 tone (line 10), d.p006 role (line 11).
        Assert.Equal(4, plain.Count);
        Assert.Equal(Flatten(csv), Flatten(plain));
        Assert.Equal(3, plain.Get("d.p001", "role")!.Line);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 13, 14, 15, 16, TimeSpan.Zero), plain.Get("d.p006", "role")!.Time);
        Assert.Equal([(("d.p004", "tone"), "ahead")], plain.PendingMemos.Select(p => (p.Key, p.Value)));
        Assert.Equal(csv.PendingMemos.Select(p => (p.Key, p.Value)), plain.PendingMemos.Select(p => (p.Key, p.Value)));
        Assert.Equal(csv.Diagnostics.Select(d => d.ToString()), plain.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(tail.Length > 0, plain.Diagnostics.Count == 1);
    }

    [Fact]
    public void Fold_DamagedLineAfterPlainLines_ReportedByLineAsBefore()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("anna.csv", Header
            + "2026-01-01T10:00:00.000Z,anna,d.p001,role,mediator,,cb,u1,set\n"
            + "2026-01-01T10:00:01.000Z,anna,d.p002,role,mediator,,cb,u2\n"
            + "2026-01-01T10:00:02.000Z,anna,d.p003,role,mediator,,cb,u3,set\n");

        var codings = CodingJournal.Fold(path, "anna", "anna.csv");

        Assert.Equal(2, codings.Count);
        Assert.Equal(3, Assert.Single(codings.Diagnostics).Line);
    }

    [Fact]
    public void Store_JournalsOfOneStore_ShareUnitNumbering()
    {
        using var fixture = new CodingFixture();
        var units = fixture.Corpus.Units;
        fixture.Codings.Append("anna", [fixture.Record("anna", units[2].Id, "strategy", "balancing")]);
        fixture.Codings.Append("ben", [fixture.Record("ben", units[0].Id, "strategy", "balancing"), fixture.Record("ben", units[2].Id, "strategy", "alignment"), fixture.Record("ben", units[1].Id, "tone", "1"), fixture.Record("ben", units[1].Id, "russia_role", "mediator")]);

        var coders = fixture.Codings.LoadAll();

        // Read in parallel, ben's journal in a numbering of its own first, then renumbered into the store's.
        Assert.Same(coders[0].Folded.Keys, coders[1].Folded.Keys);
        Assert.Equal(["balancing"], coders[1].Get(units[0].Id, "strategy")!.Values);
        Assert.Equal(["balancing"], coders[0].Get(units[2].Id, "strategy")!.Values);
        Assert.Equal(["alignment"], coders[1].Get(units[2].Id, "strategy")!.Values);
    }

    [Fact]
    public void Agreement_RequiredSingleDimensionWithEveryCategoryAndNone_QCountsNone()
    {
        // strategy: balancing, alignment, and none (a decision on a required dimension). Four units, two coders:
        // (b, b), (a, a), (none, none), (b, a): p_o = 3/4. q = 2 categories + none = 3, so Brennan–Prediger
        // = (3/4 − 1/3) / (1 − 1/3) = (5/12) / (2/3) = 5/8. Before, q was 2 and the four values stopped agree with exit 70.
        using var fixture = new CodingFixture();
        var units = fixture.Corpus.Units.Select(u => u.Id).ToList();
        string[] anna = ["balancing", "alignment", "none", "balancing"];
        string[] ben = ["balancing", "alignment", "none", "alignment"];
        fixture.Codings.Append("anna", [.. units.Select((u, i) => fixture.Record("anna", u, "strategy", anna[i]))]);
        fixture.Codings.Append("ben", [.. units.Select((u, i) => fixture.Record("ben", u, "strategy", ben[i]))]);
        var codebook = TestCodebook.Create(required: true);

        var report = CodingAgreement.ForDimension(codebook, codebook.Dimensions[1], fixture.Codings.LoadAll(), new AgreementOptions { BootstrapResamples = 0 });

        Assert.Equal(0.625, report.Find("brennan_prediger")!.Value!.Value, 12);
        Assert.Equal(3, CodingAgreement.CategoryCount(codebook.Dimensions[1]));
    }

    private static List<string> Flatten(CoderCodings codings) =>
        [.. codings.Units.SelectMany(u => u.Value.Select(d => $"{u.Key}/{d.Key}: {string.Join(';', d.Value.Values)} '{d.Value.Memo}' {d.Value.Time:O} {d.Value.CodebookHash} {d.Value.UnitHash} {d.Value.Line} {d.Value.Provenance}")).Order(StringComparer.Ordinal)];
}
