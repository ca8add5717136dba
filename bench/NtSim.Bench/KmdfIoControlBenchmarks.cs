using BenchmarkDotNet.Attributes;
using static NtSim.Win32;

namespace NtSim.Bench;

/// <summary>
/// A synchronous user-mode DeviceIoControl (METHOD_BUFFERED, 64 bytes in and 64 out) to a WDM
/// driver, and to KMDF drivers with a parallel and with a sequential default queue, against the
/// plain C# chain of the same copies. The KMDF paths add the framework: a request from the device's
/// lookaside list, the queue, EvtIoDeviceControl, the two Retrieve calls and WdfRequestComplete.
/// </summary>
[MemoryDiagnoser]
public class KmdfIoControlBenchmarks
{
    private const int Length = BenchIoctl.IoctlLength;
    private readonly byte[] _callerInput = new byte[Length];
    private readonly byte[] _callerOutput = new byte[Length];
    private readonly CallChainRequest _request = new(Length);
    private CallChainLayer _chain = null!;
    private SimulatedUserThread _sim = null!;
    private HANDLE _wdm;
    private HANDLE _parallel;
    private HANDLE _sequential;
    private PVOID _input;
    private PVOID _output;

    [GlobalSetup]
    public void Setup()
    {
        Random.Shared.NextBytes(_callerInput);
        _chain = CallChainFunction.Stack([]);
        _sim = new SimulatedUserThread(KmdfBenchDrivers.Start,
            new MachineOptions { Processors = 2, Mode = ExecutionMode.Concurrent, Trace = false });
        _input = VirtualAlloc(PVOID.NULL, Length, Wdm.MEM_COMMIT | Wdm.MEM_RESERVE, Wdm.PAGE_READWRITE);
        _output = VirtualAlloc(PVOID.NULL, Length, Wdm.MEM_COMMIT | Wdm.MEM_RESERVE, Wdm.PAGE_READWRITE);
        _callerInput.CopyTo(_input.AsSpan(Length));
        _wdm = Open(KmdfBenchDrivers.WdmName);
        _parallel = Open(KmdfBenchDrivers.ParallelName);
        _sequential = Open(KmdfBenchDrivers.SequentialName);
        foreach (var device in new[] { _wdm, _parallel, _sequential })
        {
            _output.AsSpan(Length).Clear();
            if (Ioctl(device) != Length || !_output.AsReadOnlySpan(Length).SequenceEqual(_callerInput))
            {
                throw new InvalidOperationException($"IOCTL_BENCH_COPY did not echo its input (error {GetLastError()}).");
            }
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _sim.Dispose();

    [Benchmark(Baseline = true, Description = "3-call chain, 64 B in/out copies (.NET)")]
    public int CallChainIoctl()
    {
        _callerInput.CopyTo(_request.SystemBuffer);
        _request.Length = Length;
        _chain.DeviceControl(_request);
        _request.SystemBuffer.AsSpan(0, _request.Information).CopyTo(_callerOutput);
        return _request.Information;
    }

    [Benchmark(Description = "DeviceIoControl 64 B, WDM driver")]
    public uint WdmIoctl() => Ioctl(_wdm);

    [Benchmark(Description = "DeviceIoControl 64 B, KMDF parallel queue")]
    public uint KmdfParallelIoctl() => Ioctl(_parallel);

    [Benchmark(Description = "DeviceIoControl 64 B, KMDF sequential queue")]
    public uint KmdfSequentialIoctl() => Ioctl(_sequential);

    private uint Ioctl(HANDLE device)
    {
        DeviceIoControl(device, BenchIoctl.IOCTL_BENCH_COPY, _input, Length, _output, Length, out var returned, null);
        return returned;
    }

    private static HANDLE Open(string name)
    {
        var handle = CreateFile($@"\\.\{name}", Wdm.GENERIC_READ | Wdm.GENERIC_WRITE, 0, null, OPEN_EXISTING, 0, default);
        if (handle == INVALID_HANDLE_VALUE)
        {
            throw new InvalidOperationException($@"CreateFile(\\.\{name}) failed with error {GetLastError()}.");
        }

        return handle;
    }
}
