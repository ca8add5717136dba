using System.Diagnostics;
using System.Globalization;

namespace NtSim;

/// <summary>KDEFERRED_ROUTINE: a DPC routine, called at DISPATCH_LEVEL.</summary>
public delegate void KDEFERRED_ROUTINE(KDPC Dpc, object? DeferredContext, object? SystemArgument1, object? SystemArgument2);

/// <summary>KDPC: a deferred procedure call, queued to a processor and run at DISPATCH_LEVEL when
/// that processor's IRQL drops below DISPATCH_LEVEL or the processor idles.</summary>
[DebuggerDisplay("{Describe(),nq}")]
public sealed class KDPC
{
    internal KDEFERRED_ROUTINE? Routine { get; set; }
    internal object? DeferredContext { get; set; }
    internal object? SystemArgument1 { get; set; }
    internal object? SystemArgument2 { get; set; }
    internal KDPC_IMPORTANCE Importance { get; set; } = Wdm.MediumImportance;

    /// <summary>The processor set with KeSetTargetProcessorDpc, or -1 for the current processor.</summary>
    internal int TargetProcessor { get; set; } = -1;

    /// <summary>The processor whose queue holds the DPC, or -1 when not queued.</summary>
    internal int QueuedOn { get; set; } = -1;

    internal KernelModule? Module { get; set; }
    internal Machine? Machine { get; set; }
    internal ulong Address { get; set; }
    internal string RoutineName { get; set; } = "";

    /// <summary>The driver line that queued the DPC (KeInsertQueueDpc), for the unload report.</summary>
    internal string? QueuedFile { get; set; }

    internal int QueuedLine { get; set; }

    internal bool Inserted => QueuedOn >= 0;

    /// <summary>The DPC's own queue link, so queueing it allocates nothing (as KDPC.DpcListEntry).</summary>
    internal LinkedListNode<KDPC> Link => _link ??= new LinkedListNode<KDPC>(this);

    private LinkedListNode<KDPC>? _link;

    internal string Describe() => string.Create(CultureInfo.InvariantCulture, $"KDPC@{Address:X} {RoutineName}");
}
