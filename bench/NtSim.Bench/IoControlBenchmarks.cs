using BenchmarkDotNet.Attributes;
using static NtSim.Win32;

namespace NtSim.Bench;

/// <summary>
/// A synchronous user-mode DeviceIoControl (METHOD_BUFFERED, 64 bytes in and 64 out, buffers from
/// VirtualAlloc) through two pass-through filters onto the function driver that completes it;
/// against a chain of three plain C# calls doing the same copies (input into a system buffer, the
/// function's copy from input to output, the output back to the caller).
/// </summary>
[MemoryDiagnoser]
public class IoControlBenchmarks
{
    private const int Length = BenchDriverStack.IoctlLength;
    private readonly byte[] _callerInput = new byte[Length];
    private readonly byte[] _callerOutput = new byte[Length];
    private readonly CallChainRequest _request = new(Length);
    private CallChainLayer _chain = null!;
    private SimulatedUserThread _sim = null!;
    private HANDLE _device;
    private PVOID _input;
    private PVOID _output;

    [GlobalSetup]
    public void Setup()
    {
        Random.Shared.NextBytes(_callerInput);
        _chain = CallChainFunction.Stack([]);
        _sim = new SimulatedUserThread(BenchDriverStack.Load);
        _device = CreateFile(BenchDriverStack.Win32Name, Wdm.GENERIC_READ | Wdm.GENERIC_WRITE, 0, null, OPEN_EXISTING, 0, default);
        if (_device == INVALID_HANDLE_VALUE)
        {
            throw new InvalidOperationException($"CreateFile({BenchDriverStack.Win32Name}) failed with error {GetLastError()}.");
        }

        _input = VirtualAlloc(PVOID.NULL, Length, Wdm.MEM_COMMIT | Wdm.MEM_RESERVE, Wdm.PAGE_READWRITE);
        _output = VirtualAlloc(PVOID.NULL, Length, Wdm.MEM_COMMIT | Wdm.MEM_RESERVE, Wdm.PAGE_READWRITE);
        _callerInput.CopyTo(_input.AsSpan(Length));
        if (SimulatedIoctl() != Length || !_output.AsReadOnlySpan(Length).SequenceEqual(_callerInput))
        {
            throw new InvalidOperationException($"IOCTL_BENCH_COPY did not echo its input (error {GetLastError()}).");
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

    [Benchmark(Description = "DeviceIoControl METHOD_BUFFERED 64 B, 2 filters")]
    public uint SimulatedIoctl()
    {
        DeviceIoControl(_device, BenchDriverStack.IOCTL_BENCH_COPY, _input, Length, _output, Length, out var returned, null);
        return returned;
    }
}
