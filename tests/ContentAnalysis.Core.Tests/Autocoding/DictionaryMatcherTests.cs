using ContentAnalysis.Core.Autocoding;
using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Tests.Autocoding;

public sealed class DictionaryMatcherTests
{
    // Offsets counted by hand: "The CSTO met." -> 'C' at 4.
    [Fact]
    public void Match_KeywordOnWordBoundaries_MatchesWholeWordsOnly()
    {
        Assert.Equal(["ally:CSTO@4", "ally:CSTO@4"], AutocodingCodebook.Hits("The CSTO met."));
        Assert.Empty(AutocodingCodebook.Hits("The CSTOx and xCSTO met."));
        Assert.Equal(["ally:CSTO@0", "ally:CSTO@0"], AutocodingCodebook.Hits("CSTO's summit"));
    }

    [Fact]
    public void Match_Keyword_IgnoresCaseByDefault() =>
        Assert.Equal(["warm:FRIEND@2", "warm:Friend@12"], AutocodingCodebook.Hits("a FRIEND, a Friend"));

    [Fact]
    public void Match_CaseSensitiveIndicators_MatchOnlyTheCaseWritten()
    {
        // "US" at 4; "us" (9) and "Us" (16) do not match.
        Assert.Equal(["us:US@4"], AutocodingCodebook.Hits("the US and us or Us"));
    }

    [Theory]
    [InlineData("mediation", "mediator:mediation@0")]
    [InlineData("mediators", "mediator:mediators@0")]
    [InlineData("mediat", "mediator:mediat@0")]
    [InlineData("Mediated", "mediator:Mediated@0")]
    [InlineData("premediated", null)]
    [InlineData("media", null)]
    public void Match_StarAtWordEnd_MatchesAnyEnding(string text, string? expected) =>
        Assert.Equal(expected is null ? [] : [expected], AutocodingCodebook.Hits(text));

    [Theory]
    [InlineData("a trilateral statement", "mediator:trilateral statement@2")]
    [InlineData("a trilateral\nstatement", "mediator:trilateral\nstatement@2")]
    [InlineData("a Trilateral \r\n  Statement", "mediator:Trilateral \r\n  Statement@2")]
    [InlineData("a trilateral, statement", null)]
    [InlineData("a trilateral joint statement", null)]
    public void Match_Phrase_MatchesAcrossAnyWhitespaceOnly(string text, string? expected) =>
        Assert.Equal(expected is null ? [] : [expected], AutocodingCodebook.Hits(text));

    [Theory]
    [InlineData("the co-chair spoke", "mediator:co-chair@4")]
    [InlineData("the co chair spoke", null)]
    [InlineData("the co-chairs spoke", null)]
    public void Match_PunctuationInsideAKeyword_MustStandInTheText(string text, string? expected) =>
        Assert.Equal(expected is null ? [] : [expected], AutocodingCodebook.Hits(text));

    [Fact]
    public void Match_Pattern_MatchesAsWritten()
    {
        // (?i)\bhostil\w* : "Hostility" at 0, "hostile" at 14.
        Assert.Equal(["cold:Hostility@0", "cold:hostile@14"], AutocodingCodebook.Hits("Hostility and hostile moves"));
    }

    [Fact]
    public void Match_PatternsTheLinearPrefilterCannotRun_AreStillApplied()
    {
        // A backreference is beyond the non-backtracking engine that screens units for patterns; it runs on every unit.
        var codebook = AutocodingCodebook.Load(AutocodingCodebook.Yaml.Replace(@"'(?i)\bhostil\w*'", @"'\b(\w+) \1\b', '(?i)\bhostil\w*'", StringComparison.Ordinal));
        Assert.Equal(["cold:very very@4"], AutocodingCodebook.Hits("its very very calm", codebook));
        Assert.Equal(["cold:Hostile@0"], AutocodingCodebook.Hits("Hostile, calm", codebook));
    }

    // Negation: window 3, negators not / never / didn't. Words counted by hand.
    [Theory]
    [InlineData("Russia did not act as mediator", "mediator:mediator@22!not")] // not = word 2, mediator = word 5: 3 words before
    [InlineData("not one two three mediator", "mediator:mediator@18")] // not = word 0, mediator = word 4: 4 words before, outside
    [InlineData("never a real mediator", "mediator:mediator@13!never")] // never = word 0, mediator = word 3: inside
    [InlineData("Moscow didn’t mediate", "mediator:mediate@14!didn’t")] // the typographic apostrophe matches "didn't"
    [InlineData("a mediator, not a rival", "mediator:mediator@2")] // a negator after the match does not count
    public void Match_NegatorWithinWindowBefore_MarksTheHitNegated(string text, string expected)
    {
        var hits = AutocodingCodebook.Hits(text).Where(h => h.StartsWith("mediator", StringComparison.Ordinal)).ToList();
        Assert.Equal([expected], hits);
    }

    [Fact]
    public void Match_NegatedPattern_IsMarkedToo() =>
        Assert.Equal(["cold:hostile@11!not"], AutocodingCodebook.Hits("it was not hostile"));

    [Fact]
    public void Match_WithoutNegationInTheCodebook_CountsEveryHit() =>
        Assert.Equal(["mediator:mediator@22"], AutocodingCodebook.Hits("Russia did not act as mediator", AutocodingCodebook.WithoutNegation()));

    [Fact]
    public void Create_WithoutNamedDimensions_TakesCategoryDimensionsWithIndicators()
    {
        var matcher = AutocodingCodebook.Matcher();
        Assert.Equal(["role", "stance", "acronym"], matcher.Dimensions.Select(d => d.Id));
        Assert.Equal(12, matcher.Indicators.Count); // role 3 + 3, stance 2 + 3, acronym 1
    }

    [Fact]
    public void Create_NamedScale_IsRefused()
    {
        var codebook = AutocodingCodebook.Load();
        var e = Assert.Throws<InputException>(() => DictionaryMatcher.Create(codebook, [codebook.FindDimension("tone")!]));
        Assert.Equal(AutocodingDiagnostics.ScaleDimension, Assert.Single(e.Diagnostics).Code);
        Assert.Contains("'tone' is ordinal", e.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_NoIndicators_IsRefused()
    {
        var codebook = Codebooks.CodebookYaml.Load(Codebooks.CodebookYaml.Valid).Codebook!;
        var e = Assert.Throws<InputException>(() => DictionaryMatcher.Create(codebook));
        Assert.Equal("QCA8103", Assert.Single(e.Diagnostics).Code);
        Assert.Equal("the codebook has no indicators in any category dimension", e.Diagnostics[0].Message);
        var named = Assert.Throws<InputException>(() => DictionaryMatcher.Create(codebook, [codebook.FindDimension("d")!]));
        Assert.Equal("dimension(s) 'd' have no indicators", Assert.Single(named.Diagnostics).Message);
    }

    [Fact]
    public void Create_KeywordWithoutLetters_IsAWarning()
    {
        var codebook = AutocodingCodebook.Load(AutocodingCodebook.Yaml.Replace("[rival, threat]", "[rival, threat, '%%']", StringComparison.Ordinal));
        var warning = Assert.Single(AutocodingCodebook.Matcher(codebook).Warnings);
        Assert.Equal(AutocodingDiagnostics.EmptyKeyword, warning.Code);
        Assert.False(warning.IsError);
        Assert.Equal("keyword '%%' of category 'cold' has no letter or digit and never matches", warning.Message);
    }

    [Fact]
    public void Match_RunawayPattern_IsADiagnostic()
    {
        // The backreference keeps the pattern out of the linear prefilter (which would otherwise skip this unit).
        var codebook = AutocodingCodebook.Load(AutocodingCodebook.Yaml.Replace(@"'(?i)\bhostil\w*'", @"'(a+)+\1$'", StringComparison.Ordinal));
        var matcher = DictionaryMatcher.Create(codebook, patternTimeout: TimeSpan.FromMilliseconds(20));
        var e = Assert.Throws<InputException>(() => matcher.Match(new string('a', 40) + "!", "d.p001"));
        Assert.Equal(AutocodingDiagnostics.PatternTimeout, Assert.Single(e.Diagnostics).Code);
        Assert.Contains(@"pattern '(a+)+\1$' of category 'cold' ran longer than 0.02 s on unit 'd.p001'", e.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Match_LongTextsOneAfterAnother_ReuseBuffersCorrectly()
    {
        var matcher = AutocodingCodebook.Matcher();
        var longText = string.Concat(Enumerable.Repeat("word ", 3000)) + "rival";
        Assert.Equal(15000, Assert.Single(matcher.Match(longText)).Start);
        Assert.Equal(2, Assert.Single(matcher.Match("a rival")).Start);
    }
}
