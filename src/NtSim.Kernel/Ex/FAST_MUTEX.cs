using System.Diagnostics;
using System.Globalization;

namespace NtSim;

/// <summary>FAST_MUTEX: a non-recursive mutex held at APC_LEVEL (ExAcquireFastMutex) or inside a
/// critical region (ExAcquireFastMutexUnsafe). Waiters sleep on a synchronization event.</summary>
[DebuggerDisplay("FAST_MUTEX@{Address,h} owner={Owner}")]
public sealed class FAST_MUTEX
{
    internal KTHREAD? Owner { get; set; }
    internal KIRQL OldIrql { get; set; }
    internal int Waiters { get; set; }
    internal KEVENT Gate { get; } = new();
    internal Machine? Machine { get; set; }
    internal ulong Address { get; set; }

    internal string Describe() => string.Create(CultureInfo.InvariantCulture, $"FAST_MUTEX@{Address:X}");
}
