using System.Globalization;
using System.Text;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.IO;
using CsvHelper;

namespace ContentAnalysis.Core.Sampling;

/// <summary>
/// Reads and writes <c>data/samples/{name}.csv</c>: a comment line with the creation parameters
/// (<c># qcat sample: size=20%; seed=7; stratify=document; population=120</c>), then
/// <c>unit,document,period</c> and one row per unit.
/// </summary>
public static partial class SampleFile
{
    /// <summary>The columns after the parameter line.</summary>
    public static readonly IReadOnlyList<string> Columns = ["unit", "document", "period"];

    private const string ParameterPrefix = "# qcat sample:";

    /// <summary>The file of sample <paramref name="name"/> in <paramref name="layout"/>.</summary>
    public static string PathOf(ProjectLayout layout, string name)
    {
        ArgumentNullException.ThrowIfNull(layout);
        return Path.Combine(layout.SamplesDirectory, name + ".csv");
    }

    /// <summary>The sample as file text.</summary>
    public static string Format(ReliabilitySample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, new CsvWriterOptions { NewLine = "\n", CommentPrefix = '#' }, leaveOpen: true))
        {
            csv.WriteComment(FormattableString.Invariant($" qcat sample: size={sample.Size}; seed={sample.Seed}; stratify={sample.Stratify.ToString().ToLowerInvariant()}; population={sample.Population}"));
            csv.WriteHeader([.. Columns]);
            foreach (var unit in sample.Units)
            {
                csv.WriteRecord([unit.Unit, unit.Document, unit.Period]);
            }
        }

        return text.ToString();
    }

    /// <summary>Writes the sample to <paramref name="path"/> (creating the folder); readers see the old or the new file, never half of one.</summary>
    public static void Write(string path, ReliabilitySample sample) => AtomicFile.WriteAllBytes(path, [Encoding.UTF8.GetBytes(Format(sample))]);

    /// <summary>
    /// Records <paramref name="sample"/> as <c>data/samples/{name}.csv</c> under the project lock, so two commands
    /// cannot both create the sample or interleave their writes.
    /// </summary>
    /// <param name="layout">The project.</param>
    /// <param name="sample">The sample.</param>
    /// <param name="replace">Replace a sample of that name; without it an existing sample is an error.</param>
    /// <param name="cancellationToken">Cancels the wait for the lock.</param>
    /// <returns>The path written.</returns>
    /// <exception cref="InputException">The sample exists and <paramref name="replace"/> is false, or another writer held the project lock too long.</exception>
    public static string Create(ProjectLayout layout, ReliabilitySample sample, bool replace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var path = PathOf(layout, sample.Name);
        using var projectLock = ProjectLock.Acquire(layout, "sample create", cancellationToken: cancellationToken);
        if (File.Exists(path) && !replace)
        {
            throw new InputException(SamplingDiagnostics.SampleTaken(sample.Name, layout.Relative(path)));
        }

        Write(path, sample);
        return path;
    }

    /// <summary>Reads a sample file; <paramref name="display"/> names it in messages.</summary>
    /// <exception cref="InputException">The file is missing or malformed; every problem is reported.</exception>
    public static ReliabilitySample Read(string path, string display)
    {
        if (!File.Exists(path))
        {
            throw new InputException(SamplingDiagnostics.SampleMissing(Path.GetFileNameWithoutExtension(path), display));
        }

        var bytes = File.ReadAllBytes(path);
        if (Utf8Scan.Check(bytes) is { } invalid)
        {
            throw new InputException(IoDiagnostics.NotUtf8Text(invalid, display, invalid.Line));
        }

        var end = Array.IndexOf(bytes, (byte)'\n');
        var firstLine = Encoding.UTF8.GetString(bytes, 0, end < 0 ? bytes.Length : end).TrimEnd('\r');
        var bag = new DiagnosticBag();
        var (size, seed, stratify, population) = ReadParameters(firstLine, display, bag);
        var units = ReadUnits(bytes, display, bag);
        if (bag.HasErrors)
        {
            throw new InputException([.. bag]);
        }

        return new ReliabilitySample(Path.GetFileNameWithoutExtension(path), size, seed, stratify, population, units);
    }
}
