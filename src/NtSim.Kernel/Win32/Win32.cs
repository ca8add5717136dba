namespace NtSim;

/// <summary>
/// The Win32 API a test application calls (kernel32), spelled as in windows.h: use it with
/// <c>using static NtSim.Win32;</c> in code that runs in a process started with
/// <see cref="Machine.StartProcess(string, Func{string[], int}, string[])"/>. Each call enters the kernel through the matching system
/// service (NtCreateFile, NtReadFile, NtDeviceIoControlFile...) with PreviousMode UserMode and
/// reports failure as Windows does: a FALSE/INVALID_HANDLE_VALUE return and a Win32 error code
/// (RtlNtStatusToDosError of the status) from GetLastError. See docs/win32.md.
/// </summary>
public static partial class Win32
{
    /// <summary>CreateFile: create the file; fail if it exists.</summary>
    public const uint CREATE_NEW = 1;
    /// <summary>CreateFile: create the file, replacing one that exists.</summary>
    public const uint CREATE_ALWAYS = 2;
    /// <summary>CreateFile: open the file or device; fail if it does not exist (what a device open uses).</summary>
    public const uint OPEN_EXISTING = 3;
    /// <summary>CreateFile: open the file, creating it if it does not exist.</summary>
    public const uint OPEN_ALWAYS = 4;
    /// <summary>CreateFile: open the file and truncate it to zero bytes; fail if it does not exist.</summary>
    public const uint TRUNCATE_EXISTING = 5;

    /// <summary>CreateFile: asynchronous (overlapped) I/O on the handle.</summary>
    public const uint FILE_FLAG_OVERLAPPED = 0x40000000;
    /// <summary>CreateFile: no system caching of the file's data.</summary>
    public const uint FILE_FLAG_NO_BUFFERING = 0x20000000;
    /// <summary>CreateFile: writes go through to the device before they complete.</summary>
    public const uint FILE_FLAG_WRITE_THROUGH = 0x80000000;

    /// <summary>A timeout that never expires.</summary>
    public const uint INFINITE = 0xFFFFFFFF;
    /// <summary>The wait ended because the object (at index 0, or index n for WAIT_OBJECT_0 + n) was signalled.</summary>
    public const uint WAIT_OBJECT_0 = 0x00000000;
    /// <summary>The wait ended on an abandoned mutex (at index n for WAIT_ABANDONED + n).</summary>
    public const uint WAIT_ABANDONED = 0x00000080;
    /// <summary>An alertable wait ended because an I/O completion routine or user APC ran.</summary>
    public const uint WAIT_IO_COMPLETION = 0x000000C0;
    // Win32Error.WAIT_TIMEOUT (258) is with the error codes (Win32Error), as in winerror.h.
    /// <summary>The wait failed; GetLastError says why.</summary>
    public const uint WAIT_FAILED = 0xFFFFFFFF;
    /// <summary>The most handles WaitForMultipleObjects takes.</summary>
    public const uint MAXIMUM_WAIT_OBJECTS = 64;

    /// <summary>INVALID_HANDLE_VALUE: (HANDLE)-1, what CreateFile returns on failure.</summary>
    public static HANDLE INVALID_HANDLE_VALUE => new(ulong.MaxValue);

    /// <summary>GetLastError: the calling thread's last error code.</summary>
    public static uint GetLastError() => Current(out _).Win32State.LastError;

    /// <summary>SetLastError.</summary>
    public static void SetLastError(uint dwErrCode) => Current(out _).Win32State.LastError = dwErrCode;

    /// <summary>GetCurrentProcessId.</summary>
    public static uint GetCurrentProcessId() => (uint)Current(out var process).Process.UniqueProcessId.Value;

    /// <summary>GetCurrentThreadId.</summary>
    public static uint GetCurrentThreadId() => (uint)Current(out _).Id;

    /// <summary>printf: formats as the C runtime does (%d %u %x %s %p ...) into the process's output.</summary>
    public static int printf(string format, params object?[] args)
    {
        var text = Printf.Format(format, args);
        Current(out var process);
        process.Write(text);
        return text.Length;
    }

    /// <summary>puts: the text and a newline into the process's output.</summary>
    public static int puts(string str)
    {
        Current(out var process);
        process.Write(str + "\n");
        return 0;
    }

    /// <summary>The calling thread, which must be a thread of a user process; a process that is
    /// exiting ends the thread here.</summary>
    private static KTHREAD Current(out UserProcess process, [System.Runtime.CompilerServices.CallerMemberName] string api = "")
    {
        var thread = KTHREAD.Current ?? throw new InvalidOperationException(
            $"{api} was called on a host thread. Application code runs in a process: machine.StartProcess(name, main).");
        process = thread.UserProcess ?? throw new InvalidOperationException(
            $"{api} is a user-mode API; {thread} is a kernel thread. Kernel code uses the Zw* routines.");
        if (process.Terminating && !process.IsExiting(thread))
        {
            throw new ThreadTerminatedException(Wdm.STATUS_CANCELLED);
        }

        return thread;
    }

    /// <summary>Fails the call: the status becomes the thread's last error.</summary>
    private static bool Fail(KTHREAD thread, NTSTATUS status)
    {
        thread.Win32State.LastError = Rtl.NtStatusToDosErrorTable.Map(status);
        return false;
    }

    /// <summary>An exception escaping the kernel or a driver during a system service: the caller
    /// turns it into SYSTEM_SERVICE_EXCEPTION (0x3B) with <see cref="ServiceFault"/>.</summary>
    private static bool IsServiceFault(Exception e) => e is not (BugCheckException or MachineHaltedException or ThreadTerminatedException);

    /// <summary>SYSTEM_SERVICE_EXCEPTION: P1 the exception code.</summary>
    private static Exception ServiceFault(KTHREAD thread, Exception e)
    {
        thread.Machine.BugCheckForException(Wdm.SYSTEM_SERVICE_EXCEPTION, e);
        return e;
    }
}
