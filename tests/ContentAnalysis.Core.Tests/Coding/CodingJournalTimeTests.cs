using System.Globalization;
using System.Text;
using ContentAnalysis.Core.Coding;

namespace ContentAnalysis.Core.Tests.Coding;

/// <summary>The journal's own time format is read digit by digit; the result must be what the general parser gives.</summary>
public sealed class CodingJournalTimeTests
{
    private static DateTimeOffset Reference(string text) =>
        DateTimeOffset.ParseExact(text, "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    [Fact]
    public void TryParseWrittenTime_RandomTimes_SameAsParseExact()
    {
        var random = new Random(14);
        for (var i = 0; i < 2000; i++)
        {
            var time = new DateTime(random.NextInt64(DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks), DateTimeKind.Utc);
            var text = time.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

            Assert.True(CodingJournal.TryParseWrittenTime(Encoding.UTF8.GetBytes(text), out var parsed));
            Assert.Equal(Reference(text), parsed);
            Assert.Equal(TimeSpan.Zero, parsed.Offset);
        }
    }

    [Theory]
    [InlineData("2024-02-29T23:59:59.999Z", true)]
    [InlineData("0001-01-01T00:00:00.000Z", true)]
    [InlineData("2023-02-29T10:00:00.000Z", false)] // no such day
    [InlineData("2026-13-01T10:00:00.000Z", false)]
    [InlineData("2026-12-03T24:00:00.000Z", false)]
    [InlineData("2026-12-03T10:60:00.000Z", false)]
    [InlineData("2026-12-03T10:00:60.000Z", false)]
    [InlineData("0000-01-01T00:00:00.000Z", false)]
    [InlineData("2026-12-03T10:00:00Z", false)] // another format: left to the general parser
    [InlineData("2026-12-03 10:00:00.000Z", false)]
    [InlineData("2026-12-03T10:00:00.00xZ", false)]
    [InlineData("2026-12-03T10:00:00.000+", false)]
    public void TryParseWrittenTime_EdgeCases(string text, bool parses)
    {
        Assert.Equal(parses, CodingJournal.TryParseWrittenTime(Encoding.UTF8.GetBytes(text), out var parsed));
        if (parses)
        {
            Assert.Equal(Reference(text), parsed);
        }
    }
}
