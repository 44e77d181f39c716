using BenchmarkDotNet.Running;
using ContentAnalysis.Benchmarks.Agreement;

// dotnet run -c Release --project bench/ContentAnalysis.Benchmarks -- --filter '*'
// dotnet run -c Release --project bench/ContentAnalysis.Benchmarks -- generate-matrix PATH [UNITS] [CODERS]
// dotnet run -c Release --project bench/ContentAnalysis.Benchmarks -- time-agree PATH   (per-stage timings)
// dotnet run -c Release --project bench/ContentAnalysis.Benchmarks -- time-project DIR   (units table and journals of a project from Project/generate-project.sh)
// dotnet run -c Release --project bench/ContentAnalysis.Benchmarks -- generate-corpus DIR [FILES] [BYTES]
// dotnet run -c Release --project bench/ContentAnalysis.Benchmarks -- time-stream FILE.txt|FILE.md [paragraph|sentence] [REPEATS]   (streamed .txt / .md import stages)
// dotnet run -c Release --project bench/ContentAnalysis.Benchmarks -- time-import DIR [paragraph|sentence] [REPEATS] [STAGE,...]   (per-stage timings)
// dotnet run -c Release --project bench/ContentAnalysis.Benchmarks -- time-autocode [BYTES] [REPEATS]   (dictionary pre-coding, Stopwatch)
// dotnet run -c Release --project bench/ContentAnalysis.Benchmarks -- generate-pdf PATH [PAGES] [journal] / time-pdf PATH [REPEATS]   (PDF import, MB/s)
if (args is ["generate-matrix", var path, ..])
{
    var units = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
    var coders = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 5;
    AlphaLatentClassGenerator.WriteCsv(AlphaLatentClassGenerator.Generate(units, coders), path);
    Console.WriteLine($"Wrote {units} units × {coders} coders to {path}");
    return;
}

if (args is ["time-agree", var matrix, ..])
{
    ContentAnalysis.Benchmarks.AgreeMatrix.AgreeStageTimer.Run(matrix);
    return;
}

if (args is ["time-project", var projectRoot, ..])
{
    ContentAnalysis.Benchmarks.Project.ProjectStageTimer.Run(projectRoot);
    return;
}

if (args is ["generate-corpus", var directory, ..])
{
    var count = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 50;
    var size = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
    ContentAnalysis.Benchmarks.Corpus.CorpusGenerator.Write(directory, count, size);
    Console.WriteLine($"Wrote {count} files of about {size} bytes to {directory}");
    return;
}

if (args is ["time-stream", var streamFile, ..])
{
    var kind = args.Length > 2 && args[2] == "sentence" ? ContentAnalysis.Core.Codebooks.UnitKind.Sentence : ContentAnalysis.Core.Codebooks.UnitKind.Paragraph;
    var streamRepeats = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 3;
    if (streamFile.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
    {
        ContentAnalysis.Benchmarks.Corpus.MarkdownImportTimer.Run(streamFile, kind, streamRepeats);
    }
    else
    {
        ContentAnalysis.Benchmarks.Corpus.StreamedImportTimer.Run(streamFile, kind, streamRepeats);
    }
    return;
}

if (args is ["time-import", var sources, ..])
{
    var kind = args.Length > 2 && args[2] == "paragraph" ? ContentAnalysis.Core.Codebooks.UnitKind.Paragraph : ContentAnalysis.Core.Codebooks.UnitKind.Sentence;
    var repeats = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 3;
    ContentAnalysis.Benchmarks.Corpus.ImportStageTimer.Run(sources, kind, repeats, args.Length > 4 ? args[4].Split(',') : null);
    return;
}

if (args is ["time-autocode", ..])
{
    var bytes = args.Length > 1 ? long.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000_000;
    var repeats = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3;
    ContentAnalysis.Benchmarks.Autocoding.AutocodingTimer.Run(bytes, repeats);
    return;
}

if (args is ["generate-pdf", var pdfPath, ..])
{
    var pdfPages = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 300;
    if (args is [.., "journal"])
    {
        ContentAnalysis.Benchmarks.Corpus.PdfGenerator.WriteJournal(pdfPath, pdfPages);
    }
    else
    {
        ContentAnalysis.Benchmarks.Corpus.PdfGenerator.Write(pdfPath, pdfPages);
    }

    return;
}

if (args is ["time-pdf", var pdfFile, ..])
{
    ContentAnalysis.Benchmarks.Corpus.PdfGenerator.Time(pdfFile, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(ContentAnalysis.Benchmarks.Sessions.CodingSessionBenchmarks).Assembly).Run(args);
