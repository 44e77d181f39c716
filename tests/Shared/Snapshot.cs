using System.Runtime.CompilerServices;

namespace ContentAnalysis.Tests;

/// <summary>
/// Approved-file snapshots: compares text with <c>NAME.verified.EXT</c> beside the calling test
/// file; on a mismatch writes <c>NAME.received.EXT</c> and fails. Set <c>QCAT_ACCEPT=1</c> to
/// rewrite the verified file instead, then review the diff. Under CI (<c>CI=true</c>, set by <c>.ci/run</c> and
/// by most CI services) <c>QCAT_ACCEPT</c> fails the test: CI compares, it never accepts.
/// </summary>
internal static class Snapshot
{
    public static void Verify(string actual, string name, string extension = "txt", [CallerFilePath] string callerFile = "")
    {
        var directory = Path.GetDirectoryName(callerFile)!;
        var verified = Path.Combine(directory, $"{name}.verified.{extension}");
        var received = Path.Combine(directory, $"{name}.received.{extension}");
        var normalised = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        var accept = Environment.GetEnvironmentVariable("QCAT_ACCEPT");
        if (!string.IsNullOrEmpty(accept) && IsCi())
        {
            Assert.Fail($"QCAT_ACCEPT={accept} under CI: snapshots are only accepted locally; unset QCAT_ACCEPT.");
        }

        if (accept is "1" or "true")
        {
            File.WriteAllText(verified, normalised);
            return;
        }

        if (!File.Exists(verified))
        {
            File.WriteAllText(received, normalised);
            Assert.Fail($"No approved snapshot {verified}; wrote {received}. Review it and rename it, or run with QCAT_ACCEPT=1.");
        }

        var expected = File.ReadAllText(verified).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (!string.Equals(expected, normalised, StringComparison.Ordinal))
        {
            File.WriteAllText(received, normalised);
            Assert.Fail($"Snapshot {name} differs from {verified}; wrote {received}. Diff them, then accept with QCAT_ACCEPT=1 if the change is right.");
        }

        if (File.Exists(received))
        {
            File.Delete(received);
        }
    }

    private static bool IsCi() => Environment.GetEnvironmentVariable("CI") is { } ci && (ci == "1" || ci.Equals("true", StringComparison.OrdinalIgnoreCase));
}
