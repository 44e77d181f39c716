using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Sessions;

namespace ContentAnalysis.Core.Tests.Sessions;

/// <summary>A small codebook and corpus written for these tests, shaped like the example study.</summary>
internal static class SessionFixture
{
    public static Dimension Role { get; } = new(
        "russia_role", "Russia's role", "Which roles does the unit ascribe to Russia?", DimensionKind.Multi, Required: true,
        [
            Cat("ally_armenia", "Ally of Armenia", "Russia backs Armenia militarily or diplomatically."),
            Cat("mediator", "Mediator", "Russia brokers talks or ceasefires.", include: ["ceasefire statements signed in Moscow"], exclude: [new BoundaryRule("peacekeepers on the ground", "peacekeeping")], example: "Moscow hosted the talks that produced the truce."),
            Cat("partner_azerbaijan", "Strategic partner of Azerbaijan", "Russia protects its partnership with Baku."),
        ],
        []);

    public static Dimension Strategy { get; } = new(
        "azerbaijan_strategy", "Baku's strategy", "How does Baku handle Moscow?", DimensionKind.Single, Required: true,
        [
            Cat("balancing", "Multi-vector balancing", "Working ties with several powers at once."),
            Cat("external", "External balancing", "Leaning on a third power against Russia."),
        ],
        []);

    public static Dimension Tone { get; } = new(
        "relations_tone", "Tone", "How are Azerbaijan–Russia relations described?", DimensionKind.Ordinal, Required: false,
        [],
        [
            new ScaleLevel(-2, "confrontational", "Open hostility.", []),
            new ScaleLevel(-1, "tense", "Friction short of hostility.", []),
            new ScaleLevel(0, "mixed", "Neutral or mixed.", []),
            new ScaleLevel(1, "cooperative", "Working cooperation.", ["The two ministers praised their trade."]),
            new ScaleLevel(2, "allied", "Alliance language.", []),
        ]);

    public static IReadOnlyList<Dimension> Dimensions { get; } = [Role, Strategy, Tone];

    public static IReadOnlyList<SessionUnit> Units(int count = 4)
    {
        var document = new SessionDocument("d1", "After the war", "A. Author", "2021-03-01", "postwar");
        return [.. Enumerable.Range(1, count).Select(i => new SessionUnit(
            $"d1.p{i:000}", i, $"Text of unit {i}.", $"hash{i}", document,
            i > 1 ? $"Text of unit {i - 1}." : null,
            i < count ? $"Text of unit {i + 1}." : null))];
    }

    public static CodingSession Start(MemoryJournal journal, int units = 4, TimeProvider? time = null) =>
        new(Dimensions, Units(units), journal, time ?? TimeProvider.System);

    /// <summary>
    /// Runs operations written compactly: a number then '\n' chooses it, '\n' alone confirms, 'n' none (asking first
    /// when categories are ticked), 'N' none dropping the ticked ones, 'x' uncoded, 's' skip, 'b' back, 'u' undo.
    /// Returns the last outcome.
    /// </summary>
    public static SessionOutcome Type(this CodingSession session, string operations)
    {
        var outcome = default(SessionOutcome);
        var number = 0;
        foreach (var c in operations)
        {
            if (char.IsAsciiDigit(c))
            {
                number = (number * 10) + (c - '0');
                continue;
            }

            outcome = c switch
            {
                '\n' when number > 0 => session.Choose(number),
                '\n' => session.Confirm(),
                'n' => session.ChooseNone(dropTicked: false),
                'N' => session.ChooseNone(dropTicked: true),
                'x' => session.LeaveUncoded(),
                's' => session.Skip(),
                'b' => session.Back(),
                'u' => session.Undo(),
                _ => throw new ArgumentException($"no operation '{c}'", nameof(operations)),
            };
            number = 0;
        }

        return outcome;
    }

    private static Category Cat(string id, string label, string definition, string[]? include = null, BoundaryRule[]? exclude = null, string? example = null) =>
        new(id, label, definition, include ?? [], exclude ?? [], example is null ? [] : [example], Indicators.None, null, []);
}
