using System.Diagnostics;

namespace NtSim;

/// <summary>
/// SLIST_HEADER: the head of a sequenced singly linked list: the first entry, the depth and a
/// sequence number that every push and pop changes (on x64 the 16-byte header a 128-bit
/// compare-exchange updates). Here the three change together under the header's own host lock,
/// which no simulated thread holds across a scheduling point, so the list is safe on every
/// processor of a concurrent machine. Initialize it with InitializeSListHead.
/// </summary>
[DebuggerDisplay("SLIST_HEADER depth={Depth} sequence={Sequence} first={First}")]
public sealed class SLIST_HEADER
{
    internal readonly Lock Gate = new();

    internal PSLIST_ENTRY First;

    internal ushort Depth;

    internal ushort Sequence;

}
