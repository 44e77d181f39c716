using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/ContentAnalysis.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
