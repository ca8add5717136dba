using BenchmarkDotNet.Attributes;
using static NtSim.Win32;

namespace NtSim.Bench;

/// <summary>
/// A synchronous user-mode ReadFile of 64 KiB (buffered I/O: the I/O manager's zeroed system
/// buffer, copied back into the caller's VirtualAlloc memory) through two pass-through filters;
/// against a chain of three plain C# calls doing two 64 KiB copies (device data into a system
/// buffer, the system buffer out to the caller's buffer).
/// </summary>
[MemoryDiagnoser]
public class IoReadBenchmarks
{
    private const int Length = 64 * 1024;
    private readonly byte[] _callerBuffer = new byte[Length];
    private readonly CallChainRequest _request = new(Length);
    private CallChainLayer _chain = null!;
    private SimulatedUserThread _sim = null!;
    private HANDLE _device;
    private PVOID _buffer;

    [GlobalSetup]
    public void Setup()
    {
        var deviceData = new byte[Length];
        Random.Shared.NextBytes(deviceData);
        _chain = CallChainFunction.Stack(deviceData);
        _sim = new SimulatedUserThread(BenchDriverStack.Load);
        _device = CreateFile(BenchDriverStack.Win32Name, Wdm.GENERIC_READ, 0, null, OPEN_EXISTING, 0, default);
        if (_device == INVALID_HANDLE_VALUE)
        {
            throw new InvalidOperationException($"CreateFile({BenchDriverStack.Win32Name}) failed with error {GetLastError()}.");
        }

        _buffer = VirtualAlloc(PVOID.NULL, Length, Wdm.MEM_COMMIT | Wdm.MEM_RESERVE, Wdm.PAGE_READWRITE);
        if (SimulatedRead() != Length)
        {
            throw new InvalidOperationException($"ReadFile of {Length} bytes failed (error {GetLastError()}).");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _sim.Dispose();

    [Benchmark(Baseline = true, Description = "3-call chain, 64 KiB copied in and out (.NET)")]
    public int CallChainRead()
    {
        _request.Length = Length;
        _chain.Read(_request);
        _request.SystemBuffer.AsSpan(0, _request.Information).CopyTo(_callerBuffer);
        return _request.Information;
    }

    [Benchmark(Description = "ReadFile 64 KiB buffered, 2 filters")]
    public uint SimulatedRead()
    {
        ReadFile(_device, _buffer, Length, out var read, null);
        return read;
    }
}
