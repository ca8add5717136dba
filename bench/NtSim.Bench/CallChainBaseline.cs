using System.Runtime.CompilerServices;

namespace NtSim.Bench;

/// <summary>
/// The plain C# baseline of the I/O benchmarks: a request passed down a chain of three calls
/// (filter, filter, function), none inlined, with a managed array standing for the system buffer.
/// </summary>
internal sealed class CallChainRequest
{
    public CallChainRequest(int systemBufferLength)
    {
        SystemBuffer = new byte[systemBufferLength];
    }

    public byte[] SystemBuffer { get; }

    public int Length { get; set; }

    public int Information { get; set; }
}

internal abstract class CallChainLayer
{
    public abstract void DeviceControl(CallChainRequest request);

    public abstract void Read(CallChainRequest request);
}

/// <summary>Passes every request to the layer below, as a pass-through filter does.</summary>
internal sealed class CallChainFilter(CallChainLayer lower) : CallChainLayer
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    public override void DeviceControl(CallChainRequest request) => lower.DeviceControl(request);

    [MethodImpl(MethodImplOptions.NoInlining)]
    public override void Read(CallChainRequest request) => lower.Read(request);
}

/// <summary>Completes requests as BenchFn does: a control request copies its input to its output
/// in the system buffer; a read fills the buffer from the device's data.</summary>
internal sealed class CallChainFunction(byte[] deviceData) : CallChainLayer
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    public override void DeviceControl(CallChainRequest request)
    {
        request.SystemBuffer.AsSpan(0, request.Length).CopyTo(request.SystemBuffer.AsSpan(0, request.Length));
        request.Information = request.Length;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public override void Read(CallChainRequest request)
    {
        deviceData.AsSpan(0, request.Length).CopyTo(request.SystemBuffer);
        request.Information = request.Length;
    }

    /// <summary>filter -> filter -> function.</summary>
    public static CallChainLayer Stack(byte[] deviceData) => new CallChainFilter(new CallChainFilter(new CallChainFunction(deviceData)));
}
