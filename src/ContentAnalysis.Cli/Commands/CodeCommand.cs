using System.CommandLine;
using ContentAnalysis.Cli.Terminal;
using ContentAnalysis.Core.Coding;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.Sessions;

namespace ContentAnalysis.Cli.Commands;

/// <summary><c>qcat code --coder NAME</c>: the interactive coding session (or a replayed keystroke script).</summary>
internal static class CodeCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var coder = new Option<string>("--coder") { Description = "Your coder name (letters, digits, '_' and '-')", Required = true };
        var dimensions = GlobalOptions.List("--dimension", "Code only these dimensions (default: all)", "-d");
        var sample = new Option<string>("--sample") { Description = "Sample to code, or 'all' for the whole corpus", DefaultValueFactory = _ => CodeSetup.AllUnits };
        var order = GlobalOptions.Choice("--order", "Unit order", [SessionOrder.Document, SessionOrder.Random]);
        var seed = new Option<int?>("--seed") { Description = "Seed of the random order (default: derived from the coder name, so resuming keeps the order)" };
        var doc = new Option<string?>("--doc") { Description = "Code only this document" };
        var unit = new Option<string?>("--unit") { Description = "Open this unit first, even if it is coded, to change its answers: they are pre-filled and Enter keeps each; then the session goes on as usual" };
        var codebook = CodingsCommand.CodebookOption();
        var script = new Option<string?>("--script") { Description = "Replay keystrokes from FILE (one per line, see docs/coding-sessions.md) instead of reading the keyboard" };
        var pass = new CodePass();
        var command = new Command("code", "Code units one at a time in the terminal; every answer is saved at once, and starting again resumes")
        {
            coder, dimensions, sample, order, seed, doc, unit, codebook, script,
        };
        pass.AddTo(command);
        command.SetAction((parseResult, cancellationToken) =>
        {
            var name = parseResult.GetValue(coder)!;
            var scriptPath = parseResult.GetValue(script);
            if (scriptPath is null && !context.IsInputTerminal)
            {
                context.Report([CliMessages.NotATerminal()]);
                return Task.FromResult(ExitCodes.Usage);
            }

            CodePass.Check(parseResult, pass);

            var keys = scriptPath is null ? null : SessionScript.Parse(ReadScript(context, scriptPath), CodebookCommand.Display(context, context.Resolve(scriptPath)));
            var project = context.OpenProject(parseResult, parseResult.GetValue(codebook));
            var book = project.Codebook;
            var requested = project.Names.Dimensions(parseResult.GetValue(dimensions));

            // Asked in codebook order whatever the order on the command line.
            var chosen = book.Dimensions.Where(requested.Contains).ToList();
            var corpus = project.RequireUnits();
            var documentId = parseResult.GetValue(doc);
            if (documentId is not null)
            {
                project.Names.Document(documentId);
            }

            if (!CodingStore.IsValidCoderName(name))
            {
                throw new InputException(CliMessages.CoderOptionNotAllowed(name));
            }

            var run = CodePass.Start(parseResult, pass, project, name, project.Names.SampleUnits(parseResult.GetValue(sample)), parseResult.GetValue(sample)!);
            var only = run.Units;
            var units = SessionPlanner.Plan(corpus, only, documentId, parseResult.GetValue(order), parseResult.GetValue(seed) ?? SessionPlanner.DefaultSeed(name));
            if (units.Count == 0)
            {
                throw new InputException(CliMessages.NoUnitsToCode());
            }

            var startUnit = parseResult.GetValue(unit);
            CheckStartUnit(corpus, units, startUnit);
            var store = run.Store;
            using var claim = store.ClaimForSession(run.Journal);
            var journal = new StoreCodingJournal(store, run.Journal, book.ContentHash, TimeProvider.System);
            var session = new CodingSession(chosen, units, journal, TimeProvider.System, startUnit);
            if (keys is not null)
            {
                context.Report(journal.Warnings);
            }

            // The terminal shows the journal's warnings on its first screen: by the end, appends have changed the line numbers.
            var controller = new SessionController(session, run.Mode, notice: SessionWords.Opening(session, startUnit, keys is null ? journal.Warnings.Select(d => d.ToString()) : []));
            bool ranOut;
            try
            {
                ranOut = keys is null ? RunInTerminal(context, controller, cancellationToken) : SessionLoop.Run(controller, new ScriptInput(keys), new PlainSessionView(context.Out, context.Console.Profile.Width), cancellationToken);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C may come in the middle of a memo line; start the summary on a line of its own.
                context.Out.WriteLine((keys is null ? Environment.NewLine : string.Empty) + Summary(session));
                context.Fail(CliMessages.CodingInterrupted + (controller.WantsLine ? CliMessages.MemoBeingTypedDropped : string.Empty));
                return Task.FromResult(ExitCodes.Cancelled);
            }

            // A script that stops on the completion screen has coded everything; there is nothing to continue.
            var unfinished = ranOut && !session.IsAtEnd;
            context.Out.WriteLine(Summary(session) + (unfinished ? "; the script ended, run again to continue" : string.Empty));
            run.Finish(context, project, chosen, units);
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    private static bool RunInTerminal(CliContext context, SessionController controller, CancellationToken cancellationToken)
    {
        var view = new SpectreSessionView(context.Console);
        var input = new ConsoleKeyInput(context.Console, () => controller.Fitted(view.Render(controller.View)), cancellationToken);
        return SessionLoop.Run(controller, input, view, cancellationToken);
    }

    private static string Summary(CodingSession session)
    {
        var p = session.Progress;
        return FormattableString.Invariant($"{session.Coder}: {p.Done} of {p.Total} units coded ({p.Percent:0}%)");
    }

    /// <exception cref="InputException">The unit is not in the corpus, or not among the units of this session.</exception>
    private static void CheckStartUnit(Core.Corpus.CorpusStore corpus, IReadOnlyList<SessionUnit> units, string? id)
    {
        if (id is null || units.Any(u => u.Id == id))
        {
            return;
        }

        throw new InputException(CliMessages.StartUnitNotFound(id, inCorpus: corpus.FindUnit(id) is not null));
    }

    private static string ReadScript(CliContext context, string path)
    {
        var full = context.Resolve(path);
        return File.Exists(full)
            ? File.ReadAllText(full)
            : throw new InputException(CliMessages.ScriptMissing(path));
    }
}
