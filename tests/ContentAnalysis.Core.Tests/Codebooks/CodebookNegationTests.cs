using ContentAnalysis.Core.Codebooks;

namespace ContentAnalysis.Core.Tests.Codebooks;

public sealed class CodebookNegationTests
{
    private static string WithNegation(string block) => CodebookYaml.Valid.Replace("dimensions:\n", block + "dimensions:\n", StringComparison.Ordinal);

    [Fact]
    public void Load_Negation_ReadsWordsAndWindow()
    {
        var codebook = CodebookYaml.Load(WithNegation("negation:\n  words: [not, never]\n  window: 4\n")).Codebook!;
        Assert.Equal(["not", "never"], codebook.Negation!.Words);
        Assert.Equal(4, codebook.Negation.Window);
    }

    [Fact]
    public void Load_NegationWithoutWindow_UsesThree() =>
        Assert.Equal(3, CodebookYaml.Load(WithNegation("negation:\n  words: [not]\n")).Codebook!.Negation!.Window);

    [Fact]
    public void Load_NegationWithoutWords_IsAnError()
    {
        var diagnostic = CodebookYaml.Single(WithNegation("negation:\n  window: 2\n"));
        Assert.Equal(CodebookDiagnosticCodes.MissingField, diagnostic.Code);
        Assert.Equal("the negation lists no 'words'", diagnostic.Message);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("2.5")]
    public void Load_BadWindow_IsAnError(string window)
    {
        var diagnostic = CodebookYaml.Single(WithNegation($"negation:\n  words: [not]\n  window: {window}\n"));
        Assert.Equal(CodebookDiagnosticCodes.InvalidValue, diagnostic.Code);
        Assert.StartsWith("'window' of the negation must be a whole number from 1 to 100", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Hash_OptionalKeysAbsentOrDefault_KeepTheHash()
    {
        // Adding the keys to the format must not change the hash of codebooks that do not use them; an explicit
        // case_sensitive: false means the same as leaving it out.
        var plain = CodebookYaml.Replace("examples: [ex]\n      - id: b", "examples: [ex]\n        indicators: {keywords: [x]}\n      - id: b");
        var explicitFalse = plain.Replace("{keywords: [x]}", "{keywords: [x], case_sensitive: false}", StringComparison.Ordinal);
        var hash = CodebookYaml.Load(plain).Codebook!.ContentHash;
        Assert.Equal(hash, CodebookYaml.Load(explicitFalse).Codebook!.ContentHash);
        Assert.NotEqual(hash, CodebookYaml.Load(plain.Replace("{keywords: [x]}", "{keywords: [x], case_sensitive: true}", StringComparison.Ordinal)).Codebook!.ContentHash);
        Assert.NotEqual(hash, CodebookYaml.Load(plain.Replace("dimensions:\n", "negation: {words: [not]}\ndimensions:\n", StringComparison.Ordinal)).Codebook!.ContentHash);
    }
}
