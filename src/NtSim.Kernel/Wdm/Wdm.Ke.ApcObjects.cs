namespace NtSim;

public static partial class Wdm
{
    // KAPC_ENVIRONMENT (docs/apcs.md)
    /// <summary>KeInitializeApc: the APC runs in the thread's original process (the one it belongs to).</summary>
    public const KAPC_ENVIRONMENT OriginalApcEnvironment = 0;
    /// <summary>KeInitializeApc: the APC runs in the process the thread is attached to.</summary>
    public const KAPC_ENVIRONMENT AttachedApcEnvironment = (KAPC_ENVIRONMENT)1;
    /// <summary>KeInitializeApc: the APC runs in the process the thread is in when the APC is initialized.</summary>
    public const KAPC_ENVIRONMENT CurrentApcEnvironment = (KAPC_ENVIRONMENT)2;
    /// <summary>KeInitializeApc: the APC runs in the process the thread is in when the APC is inserted.</summary>
    public const KAPC_ENVIRONMENT InsertApcEnvironment = (KAPC_ENVIRONMENT)3;

    /// <summary>KeInitializeApc: prepares an APC for <paramref name="Thread"/>. A NULL NormalRoutine
    /// makes a special kernel APC (its KernelRoutine runs at APC_LEVEL); with one, ProcessorMode says
    /// whether the normal routine runs at PASSIVE_LEVEL in the kernel or in user mode.</summary>
    public static void KeInitializeApc(KAPC Apc, KTHREAD Thread, KAPC_ENVIRONMENT Environment, PKKERNEL_ROUTINE KernelRoutine,
        PKRUNDOWN_ROUTINE? RundownRoutine, PKNORMAL_ROUTINE? NormalRoutine, KPROCESSOR_MODE ProcessorMode, object? NormalContext)
    {
        var thread = DdiGate.Enter(DdiTable.KeInitializeApc);
        KeContext.NotNull(Apc, nameof(Apc));
        KeContext.NotNull(Thread, nameof(Thread));
        KeContext.NotNull(KernelRoutine, nameof(KernelRoutine));
        if (Environment < OriginalApcEnvironment || Environment > InsertApcEnvironment)
        {
            throw new ArgumentOutOfRangeException(nameof(Environment), Environment, "KeInitializeApc: not a KAPC_ENVIRONMENT value.");
        }

        Apcs.Initialize(thread, Apc, Thread, Environment, KernelRoutine, RundownRoutine, NormalRoutine, ProcessorMode, NormalContext);
    }

    /// <summary>KeInsertQueueApc: queues the APC to its thread; FALSE if it is queued already or the
    /// thread takes no more APCs (it is ending). The APC runs when its thread can take it
    /// (docs/apcs.md); queued to the caller itself below APC_LEVEL it runs before this returns.
    /// Increment (a priority boost for a woken thread) is accepted and not modelled.</summary>
    public static bool KeInsertQueueApc(KAPC Apc, object? SystemArgument1, object? SystemArgument2, int Increment)
    {
        var thread = DdiGate.Enter(DdiTable.KeInsertQueueApc);
        var machine = thread.Machine;
        Uninitialized.Require(KeContext.NotNull(Apc, nameof(Apc)).Machine == machine, "KAPC", nameof(KeInitializeApc), nameof(KeInsertQueueApc));
        var queued = machine.Scheduler.InsertQueueApc(Apc, SystemArgument1, SystemArgument2);
        DdiGate.Leave(thread, DdiTable.KeInsertQueueApc);
        if (queued && Apc.Thread == thread)
        {
            // The APC interrupt requested for the caller's own processor is taken as its IRQL allows.
            Apcs.DeliverKernel(thread);
        }

        return queued;
    }

    /// <summary>KeRemoveQueueApc: takes a queued APC out of its thread's queue; FALSE if it was not queued.</summary>
    public static bool KeRemoveQueueApc(KAPC Apc)
    {
        var thread = DdiGate.Enter(DdiTable.KeRemoveQueueApc);
        var machine = thread.Machine;
        Uninitialized.Require(KeContext.NotNull(Apc, nameof(Apc)).Machine == machine, "KAPC", nameof(KeInitializeApc), nameof(KeRemoveQueueApc));
        return machine.Scheduler.RemoveQueueApc(Apc);
    }

    /// <summary>KeTestAlertThread: whether the calling thread was alerted (the state is cleared);
    /// with UserMode, user APCs queued to it become pending and run on its return to user mode.</summary>
    public static bool KeTestAlertThread(KPROCESSOR_MODE AlertMode)
    {
        var thread = DdiGate.Enter(DdiTable.KeTestAlertThread);
        return thread.Machine.Scheduler.TestAlert(thread, AlertMode);
    }
}
