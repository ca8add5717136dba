using System.Diagnostics;

namespace NtSim;

/// <summary>IO_STATUS_BLOCK: the final status of a request and its information (usually the
/// number of bytes transferred). A class here, so a caller's block can be filled at completion.</summary>
[DebuggerDisplay("{Status} {Information}")]
public sealed class IO_STATUS_BLOCK
{
    /// <summary>The request's final NTSTATUS.</summary>
    public NTSTATUS Status;
    /// <summary>Request-dependent information: usually the number of bytes transferred.</summary>
    public ulong Information;
}
