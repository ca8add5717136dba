using BenchmarkDotNet.Attributes;
using static NtSim.Win32;

namespace NtSim.Bench;

/// <summary>
/// The probes' cost: the IOCTL round trip of <see cref="IoControlBenchmarks"/> (METHOD_BUFFERED,
/// 64 bytes in and out, two filters over the function device) through the same driver loaded from
/// its file, as it is (the baseline) and rewritten with probes (MachineOptions.InstrumentDrivers).
/// </summary>
[MemoryDiagnoser]
public class InstrumentedIoControlBenchmarks
{
    private const int Length = BenchDriverStack.IoctlLength;
    private SimulatedUserThread _sim = null!;
    private HANDLE _device;
    private PVOID _input;
    private PVOID _output;

    [GlobalSetup(Target = nameof(AsItIs))]
    public void SetupAsItIs() => Setup(instrument: false);

    [GlobalSetup(Target = nameof(Rewritten))]
    public void SetupRewritten() => Setup(instrument: true);

    [GlobalCleanup]
    public void Cleanup() => _sim.Dispose();

    [Benchmark(Baseline = true, Description = "DeviceIoControl 64 B, 2 filters, driver from file as it is")]
    public uint AsItIs() => Ioctl();

    [Benchmark(Description = "DeviceIoControl 64 B, 2 filters, driver from file rewritten with probes")]
    public uint Rewritten() => Ioctl();

    private uint Ioctl()
    {
        DeviceIoControl(_device, BenchDriverStack.IOCTL_BENCH_COPY, _input, Length, _output, Length, out var returned, null);
        return returned;
    }

    private void Setup(bool instrument)
    {
        _sim = new SimulatedUserThread(BenchFileDriverImage.Start, new MachineOptions
        {
            Processors = 2,
            Mode = ExecutionMode.Concurrent,
            Trace = false,
            InstrumentDrivers = instrument,
        });
        _device = CreateFile(BenchFileDriverImage.Win32Name, Wdm.GENERIC_READ | Wdm.GENERIC_WRITE, 0, null, OPEN_EXISTING, 0, default);
        if (_device == INVALID_HANDLE_VALUE)
        {
            throw new InvalidOperationException($"CreateFile({BenchFileDriverImage.Win32Name}) failed with error {GetLastError()}.");
        }

        _input = VirtualAlloc(PVOID.NULL, Length, Wdm.MEM_COMMIT | Wdm.MEM_RESERVE, Wdm.PAGE_READWRITE);
        _output = VirtualAlloc(PVOID.NULL, Length, Wdm.MEM_COMMIT | Wdm.MEM_RESERVE, Wdm.PAGE_READWRITE);
        Random.Shared.NextBytes(_input.AsSpan(Length));
        if (Ioctl() != Length || !_output.AsReadOnlySpan(Length).SequenceEqual(_input.AsReadOnlySpan(Length)))
        {
            throw new InvalidOperationException($"IOCTL_BENCH_COPY did not echo its input (error {GetLastError()}).");
        }
    }
}
