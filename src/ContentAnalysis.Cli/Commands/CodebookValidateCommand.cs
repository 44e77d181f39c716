using System.CommandLine;
using System.Globalization;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.Reporting;

namespace ContentAnalysis.Cli.Commands;

/// <summary><c>qcat codebook validate [FILE…]</c>: reports every problem of each codebook.</summary>
internal static class CodebookValidateCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("files")
        {
            Arity = ArgumentArity.ZeroOrMore,
            Description = "Codebook files to check (default: every .yaml file in codebooks/)",
        };
        var format = GlobalOptions.Format(OutputFormat.Table, OutputFormat.Json);
        var command = new Command("validate", "Check codebooks and report every error and warning with its line") { files, format };
        command.SetAction(parseResult =>
        {
            var requested = parseResult.GetValue(files) ?? [];
            var paths = requested.Length > 0
                ? [.. requested.Select(context.Resolve)]
                : context.OpenProject(parseResult).CodebookFiles;
            if (paths.Count == 0)
            {
                context.Fail(CliMessages.NoCodebooksToValidate);
                return ExitCodes.InvalidInput;
            }

            var results = paths.Select(path => Validate(context, path)).ToList();
            if (parseResult.GetValue(format) == OutputFormat.Json)
            {
                context.Out.Write(DataJsonWriter.CodebookValidation(results));
            }
            else
            {
                foreach (var (file, result) in results)
                {
                    context.Report(result.Diagnostics);
                    context.Out.WriteLine($"{file}: {Count(DiagnosticBag.Tally(result.Diagnostics).Errors, "error")}, {Count(DiagnosticBag.Tally(result.Diagnostics).Warnings, "warning")}");
                }
            }

            return results.Exists(r => r.Result.HasErrors) ? ExitCodes.InvalidInput : ExitCodes.Success;
        });
        return command;
    }

    private static (string File, CodebookLoadResult Result) Validate(CliContext context, string path)
    {
        var display = CodebookCommand.Display(context, path);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            return (display, new CodebookLoadResult(null, [CliMessages.CodebookToValidateMissing(display)]));
        }

        try
        {
            return (display, CodebookLoader.LoadFile(path, display));
        }
        catch (InputException e)
        {
            // One unreadable file must not hide the results of the others.
            return (display, new CodebookLoadResult(null, e.Diagnostics));
        }
    }

    private static string Count(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? string.Empty : "s");
}
