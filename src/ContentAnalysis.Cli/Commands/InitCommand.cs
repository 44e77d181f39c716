using System.CommandLine;
using ContentAnalysis.Core.Projects;

namespace ContentAnalysis.Cli.Commands;

/// <summary><c>qcat init [DIR]</c>: creates an empty project with a starter codebook.</summary>
internal static class InitCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var directory = new Argument<string?>("dir")
        {
            Arity = ArgumentArity.ZeroOrOne,
            Description = "Folder of the new project (created if missing; default: the project folder, i.e. --project or the current folder)",
        };
        var command = new Command("init", "Create an empty project: qcat.yaml, a commented starter codebook, data/ and reports/ (never overwrites)") { directory };
        command.SetAction(parseResult =>
        {
            var root = parseResult.GetValue(directory) is { } dir ? context.Resolve(dir) : context.Layout(parseResult).Root;
            var created = ProjectTemplate.Create(root);
            var shown = Path.GetRelativePath(context.WorkingDirectory, root).Replace('\\', '/');
            context.Out.WriteLine($"created project in {shown}: {string.Join(", ", created)}");
            var cd = shown == "." ? string.Empty : $"cd {shown} && ";
            context.Out.WriteLine($"Next: {cd}edit {ProjectTemplate.CodebookFile}, then 'qcat codebook validate' and 'qcat corpus import FILES'");
            return ExitCodes.Success;
        });
        return command;
    }
}
