using System.Diagnostics;

namespace NtSim;

/// <summary>An I/O completion packet (IOP_MINI_COMPLETION_PACKET): the key, the ApcContext (kernel32's
/// OVERLAPPED), the status and the bytes transferred, linked into the port's KQUEUE by its entry.</summary>
[DebuggerDisplay("key {Key} status {Status} info {Information}")]
internal sealed class IoCompletionPacket
{
    internal IoCompletionPacket(ulong key, object? apcContext, NTSTATUS status, ulong information)
    {
        Entry = new LIST_ENTRY(this);
        Key = key;
        ApcContext = apcContext;
        Status = status;
        Information = information;
    }

    internal LIST_ENTRY Entry { get; }

    internal ulong Key { get; }

    internal object? ApcContext { get; }

    internal NTSTATUS Status { get; }

    internal ulong Information { get; }
}
