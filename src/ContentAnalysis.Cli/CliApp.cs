using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Cli;

/// <summary>Builds the <c>qcat</c> command tree and runs it; shared by the process and the tests.</summary>
internal static class CliApp
{
    /// <summary>Every verb, by name, in help order; each command lives in Commands/&lt;Verb&gt;Command.cs.</summary>
    internal static IReadOnlyList<(string Name, Func<CliContext, Command> Create)> Verbs { get; } =
    [
        ("init", Commands.InitCommand.Create),
        ("codebook", Commands.CodebookCommand.Create),
        ("corpus", Commands.CorpusCommand.Create),
        ("codings", Commands.CodingsCommand.Create),
        ("check", Commands.CheckCommand.Create),
        ("sample", Commands.SampleCommand.Create),
        ("code", Commands.CodeCommand.Create),
        ("progress", Commands.ProgressCommand.Create),
        ("agree", Commands.AgreeCommand.Create),
        ("analyze", Commands.AnalyzeCommand.Create),
        ("reconcile", Commands.ReconcileCommand.Create),
        ("training", Commands.TrainingCommand.Create),
        ("autocode", Commands.AutocodeCommand.Create),
        ("report", Commands.ReportCommand.Create),
        ("demo", Commands.DemoCommand.Create),
        ("export", Commands.ExportCommand.Create),
        ("import", Commands.ImportCommand.Create),
    ];

    /// <summary>Builds the root command with every verb, or with only the verb named <paramref name="only"/>.</summary>
    public static RootCommand Build(CliContext context, string? only = null)
    {
        var root = new RootCommand("qcat — qualitative content analysis: codebooks, corpus, coding, inter-coder agreement, reports.");
        root.Add(context.Globals.Project);
        root.Add(context.Globals.Verbose);
        foreach (var version in root.Options.OfType<VersionOption>())
        {
            version.Action = new VersionAction();
        }

        // A run of one verb builds only that verb (its options, subcommands and help are complete); anything else
        // (no verb, a global option first, a mistyped verb, root --help) builds them all.
        foreach (var (name, create) in Verbs)
        {
            if (only is null || only == name)
            {
                root.Add(create(context));
            }
        }

        ShowEnumsInLowerCase(root);
        OptionValues.UseExpectingParsers(root);
        return root;
    }

    /// <summary>Parses <paramref name="args"/>, runs the command and maps failures to exit codes.</summary>
    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        var root = Build(context, args.Length > 0 && Verbs.Any(v => v.Name == args[0]) ? args[0] : null);
        var parseResult = root.Parse(args);
        var verbose = parseResult.GetValue(context.Globals.Verbose)
            || Environment.GetEnvironmentVariable("QCAT_VERBOSE") is "1" or "true";
        if (parseResult.Action is ParseErrorAction && parseResult.Errors.Count > 0)
        {
            // One line per problem on stderr, not the message plus the whole help text. Values that do not parse are
            // worded by OptionValues' parsers; the rest (unknown option, missing argument) as System.CommandLine words them.
            foreach (var error in parseResult.Errors)
            {
                context.Fail(CliMessages.UsageError(OneLine(error.Message), CommandPath(parseResult)));
            }

            return ExitCodes.Usage;
        }

        try
        {
            var configuration = new InvocationConfiguration
            {
                Output = context.Out,
                Error = context.Error,
                EnableDefaultExceptionHandler = false,
            };
            return await parseResult.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (InputException e)
        {
            context.Report(e.Diagnostics);
            return ExitCodes.InvalidInput;
        }
        catch (OperationCanceledException)
        {
            context.Fail(CliMessages.Cancelled);
            return ExitCodes.Cancelled;
        }
        catch (Exception e)
        {
            context.Fail(CliMessages.InternalError(e, verbose));
            if (verbose)
            {
                context.Error.WriteLine(e.ToString());
            }

            return ExitCodes.Internal;
        }
    }

    /// <summary>
    /// Option values are typed in lower case (<c>--format json</c>, <c>--level interval</c>), so help shows
    /// them that way: <c>&lt;nominal|ordinal|interval|ratio&gt;</c> and <c>[default: table]</c>, not the enum names.
    /// </summary>
    private static void ShowEnumsInLowerCase(RootCommand root)
    {
        var commands = new Stack<Command>([root]);
        while (commands.TryPop(out var command))
        {
            foreach (var sub in command.Subcommands)
            {
                commands.Push(sub);
            }

            foreach (var option in command.Options)
            {
                var type = Nullable.GetUnderlyingType(option.ValueType) ?? option.ValueType;
                if (!type.IsEnum)
                {
                    continue;
                }

                option.HelpName ??= string.Join('|', Enum.GetNames(type).Select(n => n.ToLowerInvariant()));
            }
        }
    }

    private static string CommandPath(ParseResult parseResult)
    {
        var names = new List<string>();
        for (SymbolResult? result = parseResult.CommandResult; result is CommandResult command; result = command.Parent)
        {
            names.Insert(0, command.Parent is null ? "qcat" : command.Command.Name);
        }

        return string.Join(' ', names);
    }

    private static string OneLine(string message)
    {
        var lines = message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length <= 1 ? message.Trim() : lines[0] + " " + string.Join(", ", lines.Skip(1));
    }
}
