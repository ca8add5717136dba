using BenchmarkDotNet.Attributes;
using static NtSim.Win32;

namespace NtSim.Bench;

/// <summary>
/// What the kernel debugger's breakpoints cost a driver's hot path that they are not on: the 64 KiB buffered ReadFile
/// of <see cref="IoReadBenchmarks"/> (two filters) with no breakpoint set, against the same read with one DDI
/// breakpoint set elsewhere (every DDI then takes the gate's hooked path) and with one routine breakpoint set elsewhere
/// (every call into a driver routine is then checked).
/// </summary>
[MemoryDiagnoser]
public class BreakpointBenchmarks
{
    private const int Length = 64 * 1024;
    private SimulatedUserThread _sim = null!;
    private HANDLE _device;
    private PVOID _buffer;

    [GlobalSetup(Target = nameof(NoBreakpoint))]
    public void SetupNone() => Setup(null);

    [GlobalSetup(Target = nameof(DdiBreakpointElsewhere))]
    public void SetupDdi() => Setup(BreakpointTarget.Ddi("KeStallExecutionProcessor"));

    [GlobalSetup(Target = nameof(RoutineBreakpointElsewhere))]
    public void SetupRoutine() => Setup(BreakpointTarget.Routine("Elsewhere", "ElsewhereRead"));

    [GlobalCleanup]
    public void Cleanup() => _sim.Dispose();

    [Benchmark(Baseline = true, Description = "ReadFile 64 KiB, 2 filters, no breakpoint")]
    public uint NoBreakpoint() => Read();

    [Benchmark(Description = "ReadFile 64 KiB, 2 filters, a DDI breakpoint elsewhere")]
    public uint DdiBreakpointElsewhere() => Read();

    [Benchmark(Description = "ReadFile 64 KiB, 2 filters, a routine breakpoint elsewhere")]
    public uint RoutineBreakpointElsewhere() => Read();

    private void Setup(BreakpointTarget? breakpoint)
    {
        _sim = new SimulatedUserThread(BenchDriverStack.Load);
        if (breakpoint is not null)
        {
            _sim.Machine.Breakpoints.Set(breakpoint);
        }

        _device = CreateFile(BenchDriverStack.Win32Name, Wdm.GENERIC_READ, 0, null, OPEN_EXISTING, 0, default);
        if (_device == INVALID_HANDLE_VALUE)
        {
            throw new InvalidOperationException($"CreateFile({BenchDriverStack.Win32Name}) failed with error {GetLastError()}.");
        }

        _buffer = VirtualAlloc(PVOID.NULL, Length, Wdm.MEM_COMMIT | Wdm.MEM_RESERVE, Wdm.PAGE_READWRITE);
        if (Read() != Length)
        {
            throw new InvalidOperationException($"ReadFile of {Length} bytes failed (error {GetLastError()}).");
        }
    }

    private uint Read()
    {
        ReadFile(_device, _buffer, Length, out var read, null);
        return read;
    }
}
