using System.Runtime.CompilerServices;

namespace NtSim;

public static partial class Wdm
{
    /// <summary>KeInitializeDpc: sets the routine and context of a DPC object. It only stores the
    /// routine: a NULL one is accepted, and faults only when the DPC runs.</summary>
    public static void KeInitializeDpc(KDPC Dpc, KDEFERRED_ROUTINE? DeferredRoutine, object? DeferredContext) =>
        InitializeDpc(DdiGate.Enter(DdiTable.KeInitializeDpc), KeContext.NotNull(Dpc, nameof(Dpc)), DeferredRoutine, DeferredContext);

    /// <summary>KeInitializeDpc's work, shared with KeInitializeThreadedDpc.</summary>
    private static void InitializeDpc(KTHREAD thread, KDPC Dpc, KDEFERRED_ROUTINE? DeferredRoutine, object? DeferredContext)
    {
        var machine = thread.Machine;
        Dpc.Routine = DeferredRoutine;
        Dpc.DeferredContext = DeferredContext;
        Dpc.Importance = MediumImportance;
        Dpc.TargetProcessor = -1;
        Dpc.Module = DeferredRoutine is null ? thread.CurrentModule : machine.Modules.For(DeferredRoutine);
        Dpc.RoutineName = DeferredRoutine is null ? "(NULL)" : $"{Dpc.Module.Name}!{CodeNames.Of(DeferredRoutine.Method)}";
        if (Dpc.Machine != machine)
        {
            Dpc.Machine = machine;
            Dpc.Address = machine.AllocateObjectAddress(0x40);
        }
    }

    /// <summary>KeInsertQueueDpc: queues the DPC to its target processor (the current one by
    /// default); FALSE if it is already queued.</summary>
    public static bool KeInsertQueueDpc(KDPC Dpc, object? SystemArgument1, object? SystemArgument2,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.KeInsertQueueDpc);
        var machine = thread.Machine;
        RequireInitialized(KeContext.NotNull(Dpc, nameof(Dpc)), machine);
        var queued = machine.Scheduler.InsertQueueDpc(thread, Dpc, SystemArgument1, SystemArgument2, file, line);
        DdiGate.Leave(thread, DdiTable.KeInsertQueueDpc);
        return queued;
    }

    /// <summary>KeRemoveQueueDpc: takes a queued DPC out of its queue; FALSE if it was not queued.</summary>
    public static bool KeRemoveQueueDpc(KDPC Dpc)
    {
        var thread = DdiGate.Enter(DdiTable.KeRemoveQueueDpc);
        return thread.Machine.Scheduler.RemoveDpc(KeContext.NotNull(Dpc, nameof(Dpc)));
    }

    /// <summary>KeSetImportanceDpc: where the DPC goes in the queue (HighImportance: the head).</summary>
    public static void KeSetImportanceDpc(KDPC Dpc, KDPC_IMPORTANCE Importance)
    {
        DdiGate.Enter(DdiTable.KeSetImportanceDpc);
        KeContext.NotNull(Dpc, nameof(Dpc));
        if (Importance < LowImportance || Importance > MediumHighImportance)
        {
            throw new ArgumentOutOfRangeException(nameof(Importance), Importance, "KeSetImportanceDpc: not a KDPC_IMPORTANCE value.");
        }

        Dpc.Importance = Importance;
    }

    /// <summary>KeSetTargetProcessorDpc: the processor the DPC is queued to. A number at or above
    /// the active processor count leaves the target unchanged, as documented.</summary>
    public static void KeSetTargetProcessorDpc(KDPC Dpc, sbyte Number)
    {
        var thread = DdiGate.Enter(DdiTable.KeSetTargetProcessorDpc);
        KeContext.NotNull(Dpc, nameof(Dpc));
        if (Number >= 0 && Number < thread.Machine.Processors.Count)
        {
            Dpc.TargetProcessor = Number;
        }
    }

    private static void RequireInitialized(KDPC dpc, Machine machine)
    {
        Uninitialized.Require(dpc.Machine == machine, "KDPC", nameof(KeInitializeDpc), nameof(KeInsertQueueDpc));
    }
}
