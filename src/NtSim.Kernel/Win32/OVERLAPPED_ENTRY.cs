namespace NtSim;

/// <summary>OVERLAPPED_ENTRY: one packet GetQueuedCompletionStatusEx removed: the key, the OVERLAPPED,
/// Internal (the request's NTSTATUS; reserved in the documentation) and the bytes transferred.</summary>
public struct OVERLAPPED_ENTRY
{
    /// <summary>The completion key of the file the packet is for (CreateIoCompletionPort).</summary>
    public ulong lpCompletionKey;
    /// <summary>The OVERLAPPED the request was started with.</summary>
    public OVERLAPPED? lpOverlapped;
    /// <summary>The request's NTSTATUS (reserved in the documentation).</summary>
    public ulong Internal;
    /// <summary>The number of bytes transferred.</summary>
    public uint dwNumberOfBytesTransferred;
}
