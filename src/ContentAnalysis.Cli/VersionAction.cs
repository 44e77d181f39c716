using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace ContentAnalysis.Cli;

/// <summary>Prints qcat's own version (the default action prints the entry assembly's, which is the test host under tests).</summary>
internal sealed class VersionAction : SynchronousCommandLineAction
{
    /// <summary>The informational version of qcat without the source revision suffix.</summary>
    public static string Version { get; } = (typeof(VersionAction).Assembly
        .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0")
        .Split('+')[0];

    /// <inheritdoc />
    public override bool ClearsParseErrors => true;

    /// <inheritdoc />
    public override int Invoke(ParseResult parseResult)
    {
        parseResult.InvocationConfiguration.Output.WriteLine(Version);
        return ExitCodes.Success;
    }
}
