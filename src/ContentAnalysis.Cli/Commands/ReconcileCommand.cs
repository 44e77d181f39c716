using System.CommandLine;
using System.Globalization;
using ContentAnalysis.Cli.Output;
using ContentAnalysis.Cli.Terminal;
using ContentAnalysis.Core.Coding;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.Projects;
using ContentAnalysis.Core.Reconciliation;
using ContentAnalysis.Core.Reporting;

namespace ContentAnalysis.Cli.Commands;

/// <summary><c>qcat reconcile --coders a,b</c>: agreements accepted, disagreements decided by an adjudicator into the <c>gold</c> journal.</summary>
internal static class ReconcileCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var coders = GlobalOptions.List("--coders", "The coders to reconcile, two or more (with --summary the default is every coder but reconciliation targets)");
        var into = new Option<string>("--into") { Description = "The journal the decisions go to", DefaultValueFactory = _ => ReconciliationRequest.DefaultInto };
        var dimensions = GlobalOptions.List("--dimension", "Reconcile only these dimensions (default: all)", "-d");
        var sample = new Option<string>("--sample") { Description = "Reconcile only this sample's units, or 'all'", DefaultValueFactory = _ => CodeSetup.AllUnits };
        var majority = new Option<bool>("--majority") { Description = "With three coders or more, accept a value more than half of them recorded" };
        var incomplete = new Option<bool>("--allow-incomplete") { Description = "Also reconcile units only some coders coded, comparing those who did" };
        var script = new Option<string?>("--script") { Description = "Replay keys from FILE (one per line, see docs/reconciliation.md) instead of reading the keyboard" };
        var summary = new Option<bool>("--summary") { Description = "Print what has been reconciled so far, per dimension, and change nothing" };
        var codebook = CodingsCommand.CodebookOption();
        var format = GlobalOptions.Format(OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv, OutputFormat.Md);
        var command = new Command("reconcile", "Reconcile coders into one gold coding: agreements are accepted, each disagreement is decided with a reason; resumable")
        {
            coders, into, dimensions, sample, majority, incomplete, script, summary, codebook, format,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var project = context.OpenProject(parseResult, parseResult.GetValue(codebook));
            var named = parseResult.GetValue(coders) ?? [];
            var showSummary = parseResult.GetValue(summary);
            var request = new ReconciliationRequest(named.Length == 0 && showSummary ? project.Codings.IndependentCoders : named)
            {
                Into = parseResult.GetValue(into)!,
                Dimensions = parseResult.GetValue(dimensions),
                Sample = parseResult.GetValue(sample),
                Majority = parseResult.GetValue(majority),
                AllowIncomplete = parseResult.GetValue(incomplete),
            };
            var outputFormat = parseResult.GetValue(format);
            if (showSummary)
            {
                var plan = ReconciliationPlanner.Plan(project, request, cancellationToken);
                context.Report(plan.Warnings);
                PrintSummary(context, outputFormat, ReconciliationSummary.Of(plan));
                return Task.FromResult(ExitCodes.Success);
            }

            var scriptPath = parseResult.GetValue(script);
            if (scriptPath is null && !context.IsInputTerminal)
            {
                context.Report([ReconciliationDiagnostics.NoTerminal()]);
                return Task.FromResult(ExitCodes.Usage);
            }

            var steps = scriptPath is null ? null : ReconciliationScript.Parse(ReadScript(context, scriptPath), CodebookCommand.Display(context, context.Resolve(scriptPath)));
            return Task.FromResult(Run(context, project, request, steps, scriptPath, outputFormat, cancellationToken));
        });
        return command;
    }

    private static int Run(CliContext context, Project project, ReconciliationRequest request, IReadOnlyList<ReconciliationScriptStep>? steps, string? scriptPath, OutputFormat format, CancellationToken cancellationToken)
    {
        using var claim = Claim(project, request.Into);
        var plan = ReconciliationPlanner.Plan(project, request, cancellationToken);
        context.Report(plan.Warnings);
        var session = new ReconciliationSession(plan, project.Codings, TimeProvider.System);
        var accepted = session.AcceptAgreements();
        var ranOut = false;
        try
        {
            if (steps is null)
            {
                var input = new ConsoleKeyInput(context.Console, () => Draw(context, session.Screen), cancellationToken, "reason");
                Draw(context, session.Screen);
                while (!session.IsOver && input.Next(session.Mode == ReconciliationMode.Reason) is { } key)
                {
                    session.Handle(key);
                    Draw(context, session.Screen);
                }
            }
            else
            {
                var width = context.Console.Profile.Width;
                var display = CodebookCommand.Display(context, context.Resolve(scriptPath!));
                ranOut = ReconciliationScriptRunner.Run(session, steps, display, screen => Plain(context, screen, width), cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            context.Out.WriteLine();
            context.Out.WriteLine(Outcome(plan, session, accepted));
            context.Fail(CliMessages.ReconcilingInterrupted);
            return ExitCodes.Cancelled;
        }

        context.Out.WriteLine(Outcome(plan, session, accepted) + (ranOut ? "; the script ended, run again to continue" : string.Empty));
        var incomplete = plan.Incomplete;
        if (incomplete.Count > 0)
        {
            var shown = string.Join(", ", incomplete.Take(5).Select(i => $"{i.Unit.Id} {i.Dimension.Id}"));
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{incomplete.Count} incomplete (not coded by every coder, left out): {shown}{(incomplete.Count > 5 ? ", …" : string.Empty)}; --allow-incomplete reconciles them"));
        }

        context.Out.WriteLine();
        PrintSummary(context, format, ReconciliationSummary.Read(project, request, cancellationToken));
        return ExitCodes.Success;
    }

    private static IDisposable Claim(Project project, string into)
    {
        try
        {
            return project.Codings.ClaimForSession(into);
        }
        catch (InputException e) when (e.Diagnostics.Any(d => d.Code == CodingDiagnostics.SessionOpen))
        {
            throw new InputException(ReconciliationDiagnostics.Locked(into, e.Diagnostics[0].File ?? string.Empty));
        }
    }

    private static string Outcome(ReconciliationPlan plan, ReconciliationSession session, int accepted) =>
        string.Create(CultureInfo.InvariantCulture, $"{plan.Into}: {accepted} accepted automatically, {session.Decided} of {session.Count} disagreement(s) decided{(session.Skipped > 0 ? $", {session.Skipped} left open" : string.Empty)}");

    private static void Draw(CliContext context, ReconciliationScreen screen)
    {
        context.Console.Clear(home: true);
        SpectreSessionView.Draw(context.Console, ReconcileLayout.Lines(screen, context.Console.Profile.Width));
    }

    private static void Plain(CliContext context, ReconciliationScreen screen, int width)
    {
        context.Out.WriteLine(new string('─', Math.Min(width, 60)));
        foreach (var line in ReconcileLayout.Lines(screen, width))
        {
            context.Out.WriteLine(line.Text);
        }
    }

    private static void PrintSummary(CliContext context, OutputFormat format, ReconciliationSummary summary)
    {
        if (new FormatWriters(() => ReconciliationSummaryWriter.ToJson(summary), () => ReconciliationSummaryWriter.ToCsv(summary)).TryWrite(context, format))
        {
            return;
        }

        context.Out.WriteLine($"reconciliation of {string.Join(", ", summary.Coders)} into {summary.Into} ({summary.Scope}): units per dimension");
        context.Out.WriteLine();
        var header = ReconciliationSummaryWriter.Header(summary);
        // Narrow terminals see coder names alone and shorter headings first, then lose "other" and "majority".
        var columns = header.Select((h, i) => i == 0 ? OutputColumn.Whole(h) : OutputColumn.Number(h, h switch { "other" => 1, "majority" => 2, _ => 0 }) with { ShortHeader = ShortHeader(h) }).ToList();
        TablePrinter.Print(context, format, columns, ReconciliationSummaryWriter.Rows(summary));
    }

    private static string ShortHeader(string header) => header switch
    {
        "new value" => "new",
        "incomplete" => "incompl.",
        "combined" => "comb.",
        _ when header.StartsWith("chose ", StringComparison.Ordinal) => header["chose ".Length..],
        _ => header,
    };

    private static string ReadScript(CliContext context, string path)
    {
        var full = context.Resolve(path);
        return File.Exists(full) ? File.ReadAllText(full) : throw new InputException(ReconciliationDiagnostics.ScriptMissing(path));
    }
}
