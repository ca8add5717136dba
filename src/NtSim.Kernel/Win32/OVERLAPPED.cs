using System.Diagnostics;

namespace NtSim;

/// <summary>OVERLAPPED: an asynchronous request's status block (Internal = the NTSTATUS,
/// InternalHigh = the bytes transferred), its file offset and the event set when it completes.</summary>
[DebuggerDisplay("Internal {Internal} InternalHigh {InternalHigh}")]
public sealed class OVERLAPPED
{
    internal IO_STATUS_BLOCK Iosb { get; } = new();

    /// <summary>The request's NTSTATUS (STATUS_PENDING while in flight).</summary>
    public NTSTATUS Internal
    {
        get => Iosb.Status;
        set => Iosb.Status = value;
    }

    /// <summary>The bytes transferred.</summary>
    public ulong InternalHigh
    {
        get => Iosb.Information;
        set => Iosb.Information = value;
    }

    /// <summary>The low 32 bits of the file position where the request starts.</summary>
    public uint Offset;
    /// <summary>The high 32 bits of the file position where the request starts.</summary>
    public uint OffsetHigh;

    /// <summary>An event handle (CreateEvent) set when the request completes; or NULL.</summary>
    public HANDLE hEvent;
}

/// <summary>SECURITY_ATTRIBUTES: accepted and ignored (NtSim has no security descriptors yet).</summary>
public sealed class SECURITY_ATTRIBUTES
{
    /// <summary>Whether a child process inherits the handle.</summary>
    public bool bInheritHandle;
}

/// <summary>LPTHREAD_START_ROUTINE: a thread's routine (CreateThread).</summary>
public delegate uint LPTHREAD_START_ROUTINE(object? lpParameter);
