using BenchmarkDotNet.Running;
using NtSim.Bench;

// `--loop <Class.Method> [seconds]` runs one benchmark body in a plain loop for a profiler
// (perf record, dotnet-trace); anything else goes to BenchmarkDotNet.
if (args is ["--loop", var name, ..])
{
    return BenchmarkLoop.Run(name, args.Length > 2 ? args[2] : null);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
