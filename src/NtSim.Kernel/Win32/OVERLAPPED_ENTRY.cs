namespace NtSim;

/// <summary>OVERLAPPED_ENTRY: one packet GetQueuedCompletionStatusEx removed: the key, the OVERLAPPED,
/// Internal (the request's NTSTATUS; reserved in the documentation) and the bytes transferred.</summary>
public struct OVERLAPPED_ENTRY
{
    public ulong lpCompletionKey;
    public OVERLAPPED? lpOverlapped;
    public ulong Internal;
    public uint dwNumberOfBytesTransferred;
}
