namespace NtSim;

public static partial class Win32
{
    /// <summary>ReadFileEx: an asynchronous read (the handle opened with FILE_FLAG_OVERLAPPED) whose
    /// completion routine runs as a user APC in this thread when it next waits alertably (SleepEx,
    /// WaitForSingleObjectEx ...). <c>lpOverlapped.hEvent</c> is left to the application. FALSE
    /// and the error for a request that fails at once (no routine runs then).</summary>
    public static bool ReadFileEx(HANDLE hFile, byte[]? lpBuffer, uint nNumberOfBytesToRead, OVERLAPPED lpOverlapped,
        LPOVERLAPPED_COMPLETION_ROUTINE lpCompletionRoutine)
    {
        var thread = Current(out var process);
        if (CheckArray(lpBuffer, nNumberOfBytesToRead, nameof(lpBuffer), nameof(ReadFileEx)) < nNumberOfBytesToRead || lpBuffer is null)
        {
            return TransferEx(thread, hFile, PVOID.NULL, nNumberOfBytesToRead, lpOverlapped, lpCompletionRoutine, null, write: false);
        }

        var space = process.Process.AddressSpace;
        var region = space.Allocate(Math.Max(nNumberOfBytesToRead, 1u), Wdm.PAGE_READWRITE);
        space.Write(region.Address, lpBuffer.AsSpan(0, (int)nNumberOfBytesToRead));
        var buffers = new ManagedBuffers(process.Process, region, lpBuffer, 0, (int)nNumberOfBytesToRead);
        return TransferEx(thread, hFile, region, nNumberOfBytesToRead, lpOverlapped, lpCompletionRoutine, buffers, write: false);
    }

    /// <summary>ReadFileEx into the process's memory at <paramref name="lpBuffer"/>.</summary>
    public static bool ReadFileEx(HANDLE hFile, PVOID lpBuffer, uint nNumberOfBytesToRead, OVERLAPPED lpOverlapped,
        LPOVERLAPPED_COMPLETION_ROUTINE lpCompletionRoutine) =>
        TransferEx(Current(out _), hFile, lpBuffer, nNumberOfBytesToRead, lpOverlapped, lpCompletionRoutine, null, write: false);

    /// <summary>WriteFileEx: the asynchronous write of <see cref="ReadFileEx(HANDLE, byte[], uint, OVERLAPPED, LPOVERLAPPED_COMPLETION_ROUTINE)"/>.</summary>
    public static bool WriteFileEx(HANDLE hFile, byte[]? lpBuffer, uint nNumberOfBytesToWrite, OVERLAPPED lpOverlapped,
        LPOVERLAPPED_COMPLETION_ROUTINE lpCompletionRoutine)
    {
        var thread = Current(out var process);
        if (CheckArray(lpBuffer, nNumberOfBytesToWrite, nameof(lpBuffer), nameof(WriteFileEx)) < nNumberOfBytesToWrite || lpBuffer is null)
        {
            return TransferEx(thread, hFile, PVOID.NULL, nNumberOfBytesToWrite, lpOverlapped, lpCompletionRoutine, null, write: true);
        }

        var space = process.Process.AddressSpace;
        var region = space.Allocate(Math.Max(nNumberOfBytesToWrite, 1u), Wdm.PAGE_READWRITE);
        space.Write(region.Address, lpBuffer.AsSpan(0, (int)nNumberOfBytesToWrite));
        var buffers = new ManagedBuffers(process.Process, region, null, 0, 0);
        return TransferEx(thread, hFile, region, nNumberOfBytesToWrite, lpOverlapped, lpCompletionRoutine, buffers, write: true);
    }

    /// <summary>WriteFileEx from the process's memory at <paramref name="lpBuffer"/>.</summary>
    public static bool WriteFileEx(HANDLE hFile, PVOID lpBuffer, uint nNumberOfBytesToWrite, OVERLAPPED lpOverlapped,
        LPOVERLAPPED_COMPLETION_ROUTINE lpCompletionRoutine) =>
        TransferEx(Current(out _), hFile, lpBuffer, nNumberOfBytesToWrite, lpOverlapped, lpCompletionRoutine, null, write: true);

    /// <summary>NtReadFile/NtWriteFile with an APC routine and no event, as kernel32's ReadFileEx calls them.</summary>
    private static bool TransferEx(KTHREAD thread, HANDLE hFile, PVOID buffer, uint length, OVERLAPPED overlapped,
        LPOVERLAPPED_COMPLETION_ROUTINE routine, IUserCompletion? buffers, bool write)
    {
        ArgumentNullException.ThrowIfNull(overlapped);
        ArgumentNullException.ThrowIfNull(routine);
        using var kernel = DdiGate.Service(thread, write ? DdiTable.NtWriteFile : DdiTable.NtReadFile);
        var iosb = overlapped.Iosb;
        iosb.Status = Wdm.STATUS_PENDING;
        iosb.Information = 0;
        LARGE_INTEGER? offset = (long)(((ulong)overlapped.OffsetHigh << 32) | overlapped.Offset);
        var completion = new CompletionRoutineApc(thread, buffers, overlapped, routine);
        NTSTATUS status;
        try
        {
            status = write
                ? IoServices.WriteFile(thread, hFile, HANDLE.NULL, iosb, buffer, length, offset, completion)
                : IoServices.ReadFile(thread, hFile, HANDLE.NULL, iosb, buffer, length, offset, completion);
        }
        catch (Exception e) when (IsServiceFault(e))
        {
            throw ServiceFault(thread, e);
        }

        completion.Issued(status);
        if (Wdm.NT_ERROR(status))
        {
            if (iosb.Status == Wdm.STATUS_PENDING)
            {
                iosb.Status = status;
            }

            return Fail(thread, status);
        }

        thread.Win32State.LastError = 0;
        return true;
    }
}
