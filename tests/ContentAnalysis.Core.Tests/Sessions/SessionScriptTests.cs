using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.Sessions;

namespace ContentAnalysis.Core.Tests.Sessions;

public sealed class SessionScriptTests
{
    [Fact]
    public void Parse_KeysCommentsAndMemo_GivesKeysInOrder()
    {
        var keys = SessionScript.Parse("# a comment\n2\nENTER\n\n?\nm\n  # not a comment: memo text  \nbackspace\nesc\n", "s.txt");

        Assert.Equal(
            [SessionKey.Char('2'), SessionKey.Enter, SessionKey.Char('?'), SessionKey.Char('m'), SessionKey.Line("  # not a comment: memo text  "), SessionKey.Backspace, SessionKey.Escape],
            keys);
    }

    [Fact]
    public void Parse_UnknownLines_ReportsEachWithItsLine()
    {
        var e = Assert.Throws<InputException>(() => SessionScript.Parse("2\nenterr\n3\nqq\n", "s.txt"));

        Assert.Equal([2, 4], e.Diagnostics.Select(d => d.Line));
        Assert.All(e.Diagnostics, d => Assert.Equal("QCA6009", d.Code));
    }
}
