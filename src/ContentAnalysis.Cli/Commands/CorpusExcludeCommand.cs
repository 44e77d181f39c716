using System.CommandLine;
using ContentAnalysis.Core.Corpus;
using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Cli.Commands;

/// <summary><c>qcat corpus exclude|include UNIT… [--matching REGEX]</c>: take units that are not content out of the analysis, or back in.</summary>
internal static class CorpusExcludeCommand
{
    /// <summary>Creates the <c>exclude</c> command.</summary>
    public static Command CreateExclude(CliContext context)
    {
        var units = new Argument<string[]>("units") { Arity = ArgumentArity.ZeroOrMore, Description = "Unit ids, e.g. doc.p003" };
        var reason = new Option<string?>("--reason") { Description = "Why the units are not content (e.g. caption, byline)" };
        var matching = new Option<string?>("--matching") { Description = "Also every unit whose text matches this regular expression" };
        var command = new Command("exclude", "Exclude units from sampling, sessions and agreement (they stay in the tables)") { units, reason, matching };
        command.SetAction(parseResult =>
        {
            var project = context.OpenProject(parseResult);
            var ids = parseResult.GetValue(units) ?? [];
            var pattern = parseResult.GetValue(matching);
            RequireSomething(ids, pattern, "exclude");
            var why = parseResult.GetValue(reason) ?? string.Empty;
            var now = context.Clock.GetUtcNow();
            var added = ids.Length > 0 ? UnitExclusions.Exclude(project.RequireUnits(), ids, why, now) : 0;
            if (pattern is not null)
            {
                var (matched, more) = UnitExclusions.ExcludeMatching(project.RequireUnits(), pattern, why, now);
                context.Out.WriteLine($"{matched.Count} unit(s) match '{pattern}'");
                added += more;
            }

            context.Out.WriteLine($"excluded {added} unit(s); {UnitExclusions.Load(project.Layout).Count} excluded in all ({project.Relative(UnitExclusions.PathOf(project.Layout))})");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Creates the <c>include</c> command.</summary>
    public static Command CreateInclude(CliContext context)
    {
        var units = new Argument<string[]>("units") { Arity = ArgumentArity.ZeroOrMore, Description = "Unit ids to take back" };
        var matching = new Option<string?>("--matching") { Description = "Also every excluded unit whose text matches this regular expression" };
        var command = new Command("include", "Take excluded units back into the analysis") { units, matching };
        command.SetAction(parseResult =>
        {
            var project = context.OpenProject(parseResult);
            var ids = parseResult.GetValue(units) ?? [];
            var pattern = parseResult.GetValue(matching);
            RequireSomething(ids, pattern, "include");
            var included = UnitExclusions.Include(project.RequireUnits(), ids, pattern);
            context.Out.WriteLine($"included {included} unit(s); {UnitExclusions.Load(project.Layout).Count} excluded in all");
            return ExitCodes.Success;
        });
        return command;
    }

    private static void RequireSomething(string[] ids, string? pattern, string verb)
    {
        if (ids.Length == 0 && pattern is null)
        {
            throw new InputException(CliMessages.NothingToExclude(verb));
        }
    }
}
