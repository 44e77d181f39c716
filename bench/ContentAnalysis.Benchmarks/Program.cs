using BenchmarkDotNet.Running;
using ContentAnalysis.Benchmarks.Agreement;

// dotnet run -c Release --project bench/ContentAnalysis.Benchmarks -- --filter '*'
// dotnet run -c Release --project bench/ContentAnalysis.Benchmarks -- generate-matrix PATH [UNITS] [CODERS]
if (args is ["generate-matrix", var path, ..])
{
    var units = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
    var coders = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 5;
    AlphaLatentClassGenerator.WriteCsv(AlphaLatentClassGenerator.Generate(units, coders), path);
    Console.WriteLine($"Wrote {units} units × {coders} coders to {path}");
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
