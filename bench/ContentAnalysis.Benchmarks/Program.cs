using BenchmarkDotNet.Running;
using ContentAnalysis.Benchmarks.Agreement;

// dotnet run -c Release --project bench/ContentAnalysis.Benchmarks -- --filter '*'
// dotnet run -c Release --project bench/ContentAnalysis.Benchmarks -- generate-matrix PATH [UNITS] [CODERS]
// dotnet run -c Release --project bench/ContentAnalysis.Benchmarks -- time-agree PATH   (per-stage timings)
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

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
