using System.CommandLine;

namespace ContentAnalysis.Cli.Commands;

/// <summary><c>qcat codebook</c>: check and display codebooks.</summary>
internal static class CodebookCommand
{
    /// <summary>Creates the command with its subcommands.</summary>
    public static Command Create(CliContext context)
    {
        var command = new Command("codebook", "Validate and display codebooks");
        command.Add(CodebookValidateCommand.Create(context));
        command.Add(CodebookShowCommand.Create(context));
        command.Add(CodebookExportCommand.Create(context));
        command.Add(CodebookImportCommand.Create(context));
        return command;
    }

    /// <summary>A path as the user should read it: relative to the working folder, with forward slashes.</summary>
    public static string Display(CliContext context, string fullPath) =>
        Path.GetRelativePath(context.WorkingDirectory, fullPath).Replace('\\', '/');
}
