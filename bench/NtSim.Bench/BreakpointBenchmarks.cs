using BenchmarkDotNet.Attributes;
using static NtSim.Win32;

namespace NtSim.Bench;

/// <summary>
/// What the kernel debugger's breakpoints cost a driver's hot path that they are not on: the 64 KiB buffered ReadFile
/// of <see cref="IoReadBenchmarks"/> (two filters) with no breakpoint set, against the same read with one DDI
/// breakpoint set elsewhere (every DDI then takes the gate's hooked path) and with one routine breakpoint set elsewhere
/// (every call into a driver routine is then checked). Then the IOCTL round trip of
/// <see cref="InstrumentedIoControlBenchmarks"/> through the driver loaded from its file, rewritten with probes, with no
/// breakpoint and with a line breakpoint on a line of that driver the round trip does not pass (DriverUnload): every
/// line probe of the round trip then takes its slow path.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class BreakpointBenchmarks
{
    private const int Length = 64 * 1024;
    // BenchFileDriver.cs: the first line of BenchFileEvtUnload (IoDeleteSymbolicLink), which a round trip never runs.
    private const int UnloadLine = 49;
    private SimulatedUserThread _sim = null!;
    private HANDLE _device;
    private PVOID _buffer;
    private PVOID _output;

    [GlobalSetup(Target = nameof(NoBreakpoint))]
    public void SetupNone() => Setup(null);

    [GlobalSetup(Target = nameof(DdiBreakpointElsewhere))]
    public void SetupDdi() => Setup(BreakpointTarget.Ddi("KeStallExecutionProcessor"));

    [GlobalSetup(Target = nameof(RoutineBreakpointElsewhere))]
    public void SetupRoutine() => Setup(BreakpointTarget.Routine("Elsewhere", "ElsewhereRead"));

    [GlobalSetup(Target = nameof(InstrumentedNoBreakpoint))]
    public void SetupInstrumentedNone() => SetupInstrumented(line: false);

    [GlobalSetup(Target = nameof(LineBreakpointElsewhere))]
    public void SetupInstrumentedLine() => SetupInstrumented(line: true);

    [GlobalCleanup]
    public void Cleanup() => _sim.Dispose();

    [Benchmark(Baseline = true, Description = "ReadFile 64 KiB, 2 filters, no breakpoint")]
    [BenchmarkCategory("read")]
    public uint NoBreakpoint() => Read();

    [Benchmark(Description = "ReadFile 64 KiB, 2 filters, a DDI breakpoint elsewhere")]
    [BenchmarkCategory("read")]
    public uint DdiBreakpointElsewhere() => Read();

    [Benchmark(Description = "ReadFile 64 KiB, 2 filters, a routine breakpoint elsewhere")]
    [BenchmarkCategory("read")]
    public uint RoutineBreakpointElsewhere() => Read();

    [Benchmark(Baseline = true, Description = "DeviceIoControl 64 B, driver from file with line probes, no breakpoint")]
    [BenchmarkCategory("lines")]
    public uint InstrumentedNoBreakpoint() => Ioctl();

    [Benchmark(Description = "DeviceIoControl 64 B, driver from file with line probes, a line breakpoint elsewhere")]
    [BenchmarkCategory("lines")]
    public uint LineBreakpointElsewhere() => Ioctl();

    private void SetupInstrumented(bool line)
    {
        _sim = new SimulatedUserThread(BenchFileDriverImage.Start, new MachineOptions
        {
            Processors = 2,
            Mode = ExecutionMode.Concurrent,
            Trace = false,
            KernelDebugging = KernelDebugging.Attached,
        });
        if (line)
        {
            // The first line of the driver's DriverUnload: never reached by the round trip.
            var breakpoint = _sim.Machine.Breakpoints.Set(BreakpointTarget.SourceLine("BenchFile", "BenchFileDriver.cs", UnloadLine));
            if (_sim.Machine.Breakpoints.Resolve(breakpoint.Target) is null)
            {
                throw new InvalidOperationException("The line breakpoint did not resolve: the driver has no line probes.");
            }
        }

        _device = CreateFile(BenchFileDriverImage.Win32Name, Wdm.GENERIC_READ | Wdm.GENERIC_WRITE, 0, null, OPEN_EXISTING, 0, default);
        _buffer = VirtualAlloc(PVOID.NULL, Length, Wdm.MEM_COMMIT | Wdm.MEM_RESERVE, Wdm.PAGE_READWRITE);
        _output = VirtualAlloc(PVOID.NULL, Length, Wdm.MEM_COMMIT | Wdm.MEM_RESERVE, Wdm.PAGE_READWRITE);
        if (Ioctl() != BenchDriverStack.IoctlLength)
        {
            throw new InvalidOperationException($"IOCTL_BENCH_COPY failed (error {GetLastError()}).");
        }
    }

    private uint Ioctl()
    {
        DeviceIoControl(_device, BenchDriverStack.IOCTL_BENCH_COPY, _buffer, BenchDriverStack.IoctlLength, _output, BenchDriverStack.IoctlLength, out var returned, null);
        return returned;
    }

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
