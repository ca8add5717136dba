namespace NtSim;

public static partial class Win32
{
    /// <summary>
    /// DeviceIoControl with managed arrays (placed in the process's memory for the call). The
    /// control code's access bits are checked against the handle (ERROR_ACCESS_DENIED), then the
    /// buffers go to the driver as its method says.
    /// </summary>
    public static bool DeviceIoControl(HANDLE hDevice, uint dwIoControlCode, byte[]? lpInBuffer, uint nInBufferSize, byte[]? lpOutBuffer,
        uint nOutBufferSize, out uint lpBytesReturned, OVERLAPPED? lpOverlapped)
    {
        var thread = Current(out var process);
        // A NULL array stands for a NULL pointer: it reaches the I/O manager as one (which fails its
        // probe with ERROR_NOACCESS, or hands it to a METHOD_NEITHER driver as Windows does).
        var inPlaced = CheckArray(lpInBuffer, nInBufferSize, nameof(lpInBuffer), nameof(DeviceIoControl));
        var outPlaced = CheckArray(lpOutBuffer, nOutBufferSize, nameof(lpOutBuffer), nameof(DeviceIoControl));
        var space = process.Process.AddressSpace;
        var outputOffset = (ulong)((inPlaced + 15) & ~15u);
        var size = outputOffset + outPlaced;
        var region = lpOverlapped is null ? thread.Win32State.BounceFor(process.Process, size) : space.Allocate(Math.Max(size, 1), Wdm.PAGE_READWRITE);
        if (inPlaced > 0)
        {
            space.Write(region.Address, lpInBuffer.AsSpan(0, (int)inPlaced));
        }

        if (outPlaced > 0)
        {
            // The array stands for the user's memory: what the driver does not write keeps its bytes.
            space.Write(region.Address + outputOffset, lpOutBuffer.AsSpan(0, (int)outPlaced));
        }

        var input = inPlaced > 0 ? region : PVOID.NULL;
        var output = outPlaced > 0 ? region + outputOffset : PVOID.NULL;
        if (lpOverlapped is not null)
        {
            var buffers = new ManagedBuffers(process.Process, region, lpOutBuffer, outputOffset, (int)outPlaced);
            return Control(thread, hDevice, dwIoControlCode, input, nInBufferSize, output, nOutBufferSize, out lpBytesReturned, lpOverlapped, buffers);
        }

        var ok = Control(thread, hDevice, dwIoControlCode, input, nInBufferSize, output, nOutBufferSize, out lpBytesReturned, null, null);
        if (outPlaced > 0)
        {
            space.Read(output.Address, lpOutBuffer.AsSpan(0, (int)outPlaced));
        }

        return ok;
    }

    /// <summary>DeviceIoControl with buffers in the process's memory (VirtualAlloc), or any user
    /// address at all: a METHOD_NEITHER driver must probe what it is given.</summary>
    public static bool DeviceIoControl(HANDLE hDevice, uint dwIoControlCode, PVOID lpInBuffer, uint nInBufferSize, PVOID lpOutBuffer,
        uint nOutBufferSize, out uint lpBytesReturned, OVERLAPPED? lpOverlapped) =>
        Control(Current(out _), hDevice, dwIoControlCode, lpInBuffer, nInBufferSize, lpOutBuffer, nOutBufferSize, out lpBytesReturned, lpOverlapped, null);

    private static bool Control(KTHREAD thread, HANDLE hDevice, uint code, PVOID input, uint inputLength, PVOID output, uint outputLength,
        out uint returned, OVERLAPPED? overlapped, IUserCompletion? completion)
    {
        using var kernel = DdiGate.Service(thread, DdiTable.NtDeviceIoControlFile);
        var iosb = overlapped?.Iosb ?? thread.Win32State.Iosb;
        iosb.Status = Wdm.STATUS_PENDING;
        iosb.Information = 0;
        NTSTATUS status;
        try
        {
            status = IoServices.DeviceIoControlFile(thread, hDevice, EventOf(overlapped), iosb, code, input, inputLength, output,
                outputLength, internalControl: false, completion, ApcContextOf(overlapped));
        }
        catch (Exception e) when (IsServiceFault(e))
        {
            throw ServiceFault(thread, e);
        }

        return Finish(thread, hDevice, status, iosb, overlapped, out returned);
    }
}
