using System.Runtime.CompilerServices;

namespace NtSim;

public static partial class Wdm
{
    // KeGenericCallDpc and its two signals are ntoskrnl exports without a WDK page; their SAL
    // annotations say PASSIVE_LEVEL..APC_LEVEL for the call and exactly DISPATCH_LEVEL for the signals.

    /// <summary>KeGenericCallDpc: runs <paramref name="Routine"/> as a DPC on every processor at once
    /// and returns when each has called KeSignalCallDpcDone. The routine gets
    /// <paramref name="Context"/> and, as SystemArgument1 and SystemArgument2, the call's counters
    /// for KeSignalCallDpcDone and KeSignalCallDpcSynchronize.</summary>
    public static void KeGenericCallDpc(KDEFERRED_ROUTINE Routine, object? Context,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.KeGenericCallDpc);
        KeContext.NotNull(Routine, nameof(Routine));
        var machine = thread.Machine;
        var processors = machine.Scheduler.Processors;
        var call = new GenericCall(processors.Length);
        Events.Initialize(machine, call.Finished, NotificationEvent, false);

        // Queued at DISPATCH_LEVEL, so the caller's own processor runs its DPC when the IRQL drops.
        var old = Irql.Raise(thread, DISPATCH_LEVEL);
        for (var i = 0; i < processors.Length; i++)
        {
            var dpc = new KDPC();
            InitializeDpc(thread, dpc, Routine, Context);
            dpc.TargetProcessor = i;
            machine.Scheduler.InsertQueueDpc(thread, dpc, call, call, file, line);
        }

        Irql.Lower(thread, old);
        Waits.WaitFor(thread, call.Finished);
        DdiGate.Leave(thread, DdiTable.KeGenericCallDpc);
    }

    /// <summary>KeSignalCallDpcSynchronize: the barrier of a generic call DPC: returns when every
    /// processor has reached it, TRUE on exactly one of them.</summary>
    public static bool KeSignalCallDpcSynchronize(object? SystemArgument2)
    {
        var thread = DdiGate.Enter(DdiTable.KeSignalCallDpcSynchronize);
        var synchronized = GenericCallOf(SystemArgument2, nameof(KeSignalCallDpcSynchronize)).Synchronize(thread);
        DdiGate.Leave(thread, DdiTable.KeSignalCallDpcSynchronize);
        return synchronized;
    }

    /// <summary>KeSignalCallDpcDone: this processor's part of the generic call is over.</summary>
    public static void KeSignalCallDpcDone(object? SystemArgument1)
    {
        var thread = DdiGate.Enter(DdiTable.KeSignalCallDpcDone);
        GenericCallOf(SystemArgument1, nameof(KeSignalCallDpcDone)).Done(thread);
        DdiGate.Leave(thread, DdiTable.KeSignalCallDpcDone);
    }

    private static GenericCall GenericCallOf(object? argument, string ddi) =>
        argument as GenericCall ?? throw new ArgumentException(
            $"{ddi}: the argument is not the SystemArgument a KeGenericCallDpc routine was given.", ddi == nameof(KeSignalCallDpcDone) ? "SystemArgument1" : "SystemArgument2");
}
