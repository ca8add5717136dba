namespace NtSim;

public static partial class Win32
{
    /// <summary>
    /// CreateFile: opens a device by its Win32 name (<c>\\.\Zero</c> is <c>\??\Zero</c>, which
    /// resolves through \GLOBAL??). Without FILE_FLAG_OVERLAPPED the handle is synchronous.
    /// Returns INVALID_HANDLE_VALUE and sets the last error on failure (ERROR_FILE_NOT_FOUND for a
    /// name that does not exist, ERROR_ACCESS_DENIED for an exclusive device already open...).
    /// </summary>
    public static HANDLE CreateFile(string lpFileName, uint dwDesiredAccess, uint dwShareMode, SECURITY_ATTRIBUTES? lpSecurityAttributes,
        uint dwCreationDisposition, uint dwFlagsAndAttributes, HANDLE hTemplateFile)
    {
        var thread = Current(out var process);
        using var kernel = DdiGate.Service(thread, DdiTable.NtCreateFile);
        ArgumentNullException.ThrowIfNull(lpFileName);
        uint disposition;
        switch (dwCreationDisposition)
        {
            case CREATE_NEW: disposition = Wdm.FILE_CREATE; break;
            case CREATE_ALWAYS: disposition = Wdm.FILE_OVERWRITE_IF; break;
            case OPEN_EXISTING: disposition = Wdm.FILE_OPEN; break;
            case OPEN_ALWAYS: disposition = Wdm.FILE_OPEN_IF; break;
            case TRUNCATE_EXISTING: disposition = Wdm.FILE_OVERWRITE; break;
            default:
                thread.Win32State.LastError = Win32Error.ERROR_INVALID_PARAMETER;
                return INVALID_HANDLE_VALUE;
        }

        var options = Wdm.FILE_NON_DIRECTORY_FILE
            | ((dwFlagsAndAttributes & FILE_FLAG_OVERLAPPED) == 0 ? Wdm.FILE_SYNCHRONOUS_IO_NONALERT : 0);
        // kernel32 asks for SYNCHRONIZE and FILE_READ_ATTRIBUTES with every open.
        var access = dwDesiredAccess | Wdm.SYNCHRONIZE | Wdm.FILE_READ_ATTRIBUTES;
        // What kernel32 builds with InitializeObjectAttributes (a header macro) before NtCreateFile.
        var attributes = new OBJECT_ATTRIBUTES
        {
            Length = OBJECT_ATTRIBUTES.Size,
            ObjectName = new UNICODE_STRING(NtPathName(lpFileName)),
            Attributes = Wdm.OBJ_CASE_INSENSITIVE,
        };
        NTSTATUS status;
        HANDLE handle;
        try
        {
            status = IoServices.CreateFile(thread, out handle, access, attributes, thread.Win32State.Iosb, dwFlagsAndAttributes & 0x7FFF,
                dwShareMode, disposition, options, thread.Module, null, 0);
        }
        catch (Exception e) when (IsServiceFault(e))
        {
            throw ServiceFault(thread, e);
        }

        if (!Wdm.NT_SUCCESS(status))
        {
            Fail(thread, status);
            return INVALID_HANDLE_VALUE;
        }

        thread.Win32State.LastError = 0;
        return handle;
    }

    /// <summary>ReadFile into a managed array (placed in the process's memory for the call).</summary>
    public static bool ReadFile(HANDLE hFile, byte[]? lpBuffer, uint nNumberOfBytesToRead, out uint lpNumberOfBytesRead, OVERLAPPED? lpOverlapped)
    {
        var thread = Current(out var process);
        if (CheckArray(lpBuffer, nNumberOfBytesToRead, nameof(lpBuffer), nameof(ReadFile)) < nNumberOfBytesToRead)
        {
            // A NULL buffer is passed on as a NULL pointer (ERROR_NOACCESS unless the driver reads neither way).
            return Transfer(thread, hFile, PVOID.NULL, nNumberOfBytesToRead, out lpNumberOfBytesRead, lpOverlapped, null, write: false);
        }

        if (lpOverlapped is null)
        {
            // The array stands for the user's memory: what the driver does not write keeps its bytes.
            var bounce = thread.Win32State.BounceFor(process.Process, nNumberOfBytesToRead);
            process.Process.AddressSpace.Write(bounce.Address, lpBuffer.AsSpan(0, (int)nNumberOfBytesToRead));
            var ok = ReadFile(hFile, bounce, nNumberOfBytesToRead, out lpNumberOfBytesRead, null);
            process.Process.AddressSpace.Read(bounce.Address, lpBuffer.AsSpan(0, (int)nNumberOfBytesToRead));
            return ok;
        }

        var region = process.Process.AddressSpace.Allocate(Math.Max(nNumberOfBytesToRead, 1u), Wdm.PAGE_READWRITE);
        process.Process.AddressSpace.Write(region.Address, lpBuffer.AsSpan(0, (int)nNumberOfBytesToRead));
        var buffers = new ManagedBuffers(process.Process, region, lpBuffer, 0, (int)nNumberOfBytesToRead);
        return Transfer(thread, hFile, region, nNumberOfBytesToRead, out lpNumberOfBytesRead, lpOverlapped, buffers, write: false);
    }

    /// <summary>ReadFile into the process's memory at <paramref name="lpBuffer"/> (VirtualAlloc).</summary>
    public static bool ReadFile(HANDLE hFile, PVOID lpBuffer, uint nNumberOfBytesToRead, out uint lpNumberOfBytesRead, OVERLAPPED? lpOverlapped) =>
        Transfer(Current(out _), hFile, lpBuffer, nNumberOfBytesToRead, out lpNumberOfBytesRead, lpOverlapped, null, write: false);

    /// <summary>WriteFile from a managed array (placed in the process's memory for the call).</summary>
    public static bool WriteFile(HANDLE hFile, byte[]? lpBuffer, uint nNumberOfBytesToWrite, out uint lpNumberOfBytesWritten, OVERLAPPED? lpOverlapped)
    {
        var thread = Current(out var process);
        if (CheckArray(lpBuffer, nNumberOfBytesToWrite, nameof(lpBuffer), nameof(WriteFile)) < nNumberOfBytesToWrite)
        {
            return Transfer(thread, hFile, PVOID.NULL, nNumberOfBytesToWrite, out lpNumberOfBytesWritten, lpOverlapped, null, write: true);
        }

        var space = process.Process.AddressSpace;
        if (lpOverlapped is null)
        {
            var bounce = thread.Win32State.BounceFor(process.Process, nNumberOfBytesToWrite);
            space.Write(bounce.Address, lpBuffer.AsSpan(0, (int)nNumberOfBytesToWrite));
            return WriteFile(hFile, bounce, nNumberOfBytesToWrite, out lpNumberOfBytesWritten, null);
        }

        var region = space.Allocate(Math.Max(nNumberOfBytesToWrite, 1u), Wdm.PAGE_READWRITE);
        space.Write(region.Address, lpBuffer.AsSpan(0, (int)nNumberOfBytesToWrite));
        var buffers = new ManagedBuffers(process.Process, region, null, 0, 0);
        return Transfer(thread, hFile, region, nNumberOfBytesToWrite, out lpNumberOfBytesWritten, lpOverlapped, buffers, write: true);
    }

    /// <summary>WriteFile from the process's memory at <paramref name="lpBuffer"/>.</summary>
    public static bool WriteFile(HANDLE hFile, PVOID lpBuffer, uint nNumberOfBytesToWrite, out uint lpNumberOfBytesWritten, OVERLAPPED? lpOverlapped) =>
        Transfer(Current(out _), hFile, lpBuffer, nNumberOfBytesToWrite, out lpNumberOfBytesWritten, lpOverlapped, null, write: true);

    /// <summary>FlushFileBuffers: IRP_MJ_FLUSH_BUFFERS.</summary>
    public static bool FlushFileBuffers(HANDLE hFile)
    {
        return Service(DdiTable.NtFlushBuffersFile, hFile, null, static (thread, h, _) => IoServices.FlushBuffersFile(thread, h, thread.Win32State.Iosb));
    }

    /// <summary>CloseHandle: a file's last handle sends IRP_MJ_CLEANUP (and, with no request left
    /// holding it, IRP_MJ_CLOSE).</summary>
    public static bool CloseHandle(HANDLE hObject)
    {
        return Service(DdiTable.NtClose, hObject, null, static (thread, h, _) => thread.Machine.ObjectManager.CloseHandle(h, Wdm.UserMode));
    }

    /// <summary>CancelIo: cancels the calling thread's requests on the handle, and waits for them.</summary>
    public static bool CancelIo(HANDLE hFile)
    {
        return Service(DdiTable.NtCancelIoFile, hFile, null, static (thread, h, _) => IoServices.CancelIoFile(thread, h, thread.Win32State.Iosb));
    }

    /// <summary>CancelIoEx: cancels the process's requests on the handle (or only
    /// <paramref name="lpOverlapped"/>'s); ERROR_NOT_FOUND if there is none. Does not wait.</summary>
    public static bool CancelIoEx(HANDLE hFile, OVERLAPPED? lpOverlapped)
    {
        return Service(DdiTable.NtCancelIoFileEx, hFile, lpOverlapped, static (thread, h, ov) => IoServices.CancelIoFileEx(thread, h, ov?.Iosb, thread.Win32State.Iosb));
    }

    /// <summary>GetOverlappedResult: the outcome of an overlapped request; with
    /// <paramref name="bWait"/> it waits for the request (on its event, or on the file).</summary>
    public static bool GetOverlappedResult(HANDLE hFile, OVERLAPPED lpOverlapped, out uint lpNumberOfBytesTransferred, bool bWait)
    {
        var thread = Current(out _);
        ArgumentNullException.ThrowIfNull(lpOverlapped);
        lpNumberOfBytesTransferred = 0;
        if (lpOverlapped.Internal == Wdm.STATUS_PENDING)
        {
            if (!bWait)
            {
                thread.Win32State.LastError = Win32Error.ERROR_IO_INCOMPLETE;
                return false;
            }

            var waited = WaitForSingleObject(lpOverlapped.hEvent.IsNull ? hFile : lpOverlapped.hEvent, INFINITE);
            if (waited == WAIT_FAILED)
            {
                return false;
            }
        }

        lpNumberOfBytesTransferred = (uint)lpOverlapped.InternalHigh;
        return Result(thread, lpOverlapped.Internal);
    }

    /// <summary>A system service on a handle that reports only success or failure.</summary>
    private static bool Service(Ddi ddi, HANDLE handle, OVERLAPPED? overlapped, Func<KTHREAD, HANDLE, OVERLAPPED?, NTSTATUS> service)
    {
        var thread = Current(out _);
        using var kernel = DdiGate.Service(thread, ddi);
        NTSTATUS status;
        try
        {
            status = service(thread, handle, overlapped);
        }
        catch (Exception e) when (IsServiceFault(e))
        {
            throw ServiceFault(thread, e);
        }

        return Wdm.NT_SUCCESS(status) || Fail(thread, status);
    }

    private static bool Transfer(KTHREAD thread, HANDLE hFile, PVOID buffer, uint length, out uint transferred, OVERLAPPED? overlapped,
        IUserCompletion? completion, bool write)
    {
        using var kernel = DdiGate.Service(thread, write ? DdiTable.NtWriteFile : DdiTable.NtReadFile);
        transferred = 0;
        var iosb = overlapped?.Iosb ?? thread.Win32State.Iosb;
        iosb.Status = Wdm.STATUS_PENDING;
        iosb.Information = 0;
        LARGE_INTEGER? offset = overlapped is null ? null : (long)(((ulong)overlapped.OffsetHigh << 32) | overlapped.Offset);
        NTSTATUS status;
        try
        {
            status = write
                ? IoServices.WriteFile(thread, hFile, EventOf(overlapped), iosb, buffer, length, offset, completion, ApcContextOf(overlapped))
                : IoServices.ReadFile(thread, hFile, EventOf(overlapped), iosb, buffer, length, offset, completion, ApcContextOf(overlapped));
        }
        catch (Exception e) when (IsServiceFault(e))
        {
            throw ServiceFault(thread, e);
        }

        return Finish(thread, hFile, status, iosb, overlapped, out transferred);
    }

    /// <summary>What kernel32 does with a service's status: pending overlapped I/O is
    /// ERROR_IO_PENDING; pending I/O without an OVERLAPPED is waited for on the file.</summary>
    private static bool Finish(KTHREAD thread, HANDLE hFile, NTSTATUS status, IO_STATUS_BLOCK iosb, OVERLAPPED? overlapped, out uint transferred)
    {
        transferred = 0;
        if (status == Wdm.STATUS_PENDING)
        {
            if (overlapped is not null)
            {
                thread.Win32State.LastError = Win32Error.ERROR_IO_PENDING;
                return false;
            }

            if (WaitForSingleObject(hFile, INFINITE) == WAIT_FAILED)
            {
                return false;
            }

            status = iosb.Status;
        }

        if (Wdm.NT_ERROR(status))
        {
            // A request that failed before it was sent left the status block alone.
            if (overlapped is not null && iosb.Status == Wdm.STATUS_PENDING)
            {
                iosb.Status = status;
            }

            return Fail(thread, status);
        }

        transferred = (uint)iosb.Information;
        return Result(thread, status);
    }

    /// <summary>A success is TRUE; a warning (STATUS_BUFFER_OVERFLOW...) is FALSE with its error
    /// (ERROR_MORE_DATA), the bytes transferred still reported.</summary>
    private static bool Result(KTHREAD thread, NTSTATUS status)
    {
        if (!Wdm.NT_SUCCESS(status) || Wdm.NT_WARNING(status))
        {
            return Fail(thread, status);
        }

        thread.Win32State.LastError = 0;
        return true;
    }

    /// <summary>\\.\Name and \\?\Name are \??\Name; a drive path is \??\C:\...; an NT name stays.</summary>
    private static string NtPathName(string name)
    {
        if (name.StartsWith(@"\\.\", StringComparison.Ordinal) || name.StartsWith(@"\\?\", StringComparison.Ordinal))
        {
            return @"\??\" + name[4..];
        }

        return name.StartsWith('\\') ? name : @"\??\" + name;
    }

    /// <summary>How many bytes of <paramref name="buffer"/> stand for the caller's memory: the
    /// length, or 0 for a NULL array (which the caller passes on as a NULL pointer).</summary>
    private static uint CheckArray(byte[]? buffer, uint length, string argument, string api)
    {
        if (buffer is null)
        {
            return 0;
        }

        if (length > buffer.Length)
        {
            throw new ArgumentOutOfRangeException(argument, length, $"{api}: the length ({length}) is more than the buffer's {buffer.Length} bytes.");
        }

        return length;
    }
}
