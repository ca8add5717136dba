using System.Runtime.CompilerServices;

namespace NtSim;

public static partial class Wdm
{
    /// <summary>IoAllocateIrp: an IRP with <paramref name="StackSize"/> stack locations, owned by the
    /// caller (free it with IoFreeIrp once its completion routine returns STATUS_MORE_PROCESSING_REQUIRED).</summary>
    public static IRP IoAllocateIrp(sbyte StackSize, bool ChargeQuota,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.IoAllocateIrp);
        var machine = thread.Machine;
        return machine.IoManager.Irps.Allocate(thread, StackSize, file, line).ChargeTo(thread.CurrentModule, machine.Modules.Kernel, file, line);
    }

    /// <summary>IoFreeIrp: returns an IRP from IoAllocateIrp. Freeing one that is not an allocated
    /// IRP bug checks 0xC9/0x01.</summary>
    public static void IoFreeIrp(IRP Irp, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.IoFreeIrp);
        KeContext.NotNull(Irp, nameof(Irp));
        if (Irp.IsFree || Irp.Type != IO_TYPE_IRP)
        {
            // 0xC9/0x01: freeing an object whose type is not IO_TYPE_IRP (P2 the IRP). Checked whatever the
            // options: a free build would corrupt the IRP lookaside list, which NtSim cannot go on from.
            thread.Machine.Verifier.BugCheck(VerifierRules.FreedNonIrp, Irp.Address, 0, 0,
                $"IoFreeIrp on {Irp.Describe()}, which is not an allocated IRP (freed twice?)");
        }

        thread.Machine.IoManager.Irps.Free(thread, Irp, file, line);
    }

    /// <summary>IoReuseIrp: makes a completed IRP from IoAllocateIrp ready to send again, with <paramref name="Iostatus"/>.</summary>
    public static void IoReuseIrp(IRP Irp, NTSTATUS Iostatus, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.IoReuseIrp);
        KeContext.NotNull(Irp, nameof(Irp)).Reset();
        Irp.IoStatus.Status = Iostatus;
        Irp.Life.Move(Irp, IrpState.Allocated, thread, null, file, line);
    }

    /// <summary>IoGetCurrentIrpStackLocation: the caller's own stack location.</summary>
    public static IO_STACK_LOCATION IoGetCurrentIrpStackLocation(IRP Irp) =>
        KeContext.NotNull(Irp, nameof(Irp)).Current
        ?? throw new InvalidOperationException($"IoGetCurrentIrpStackLocation: {Irp.Describe()} has no current stack location (it has not been sent with IoCallDriver).");

    /// <summary>IoGetNextIrpStackLocation: the location of the next-lower driver, which the caller fills before IoCallDriver.</summary>
    public static IO_STACK_LOCATION IoGetNextIrpStackLocation(IRP Irp) =>
        KeContext.NotNull(Irp, nameof(Irp)).Next
        ?? throw new InvalidOperationException($"IoGetNextIrpStackLocation: {Irp.Describe()} has no location below the current one.");

    /// <summary>IoSkipCurrentIrpStackLocation: the next-lower driver gets the caller's own location.</summary>
    public static void IoSkipCurrentIrpStackLocation(IRP Irp) => KeContext.NotNull(Irp, nameof(Irp)).CurrentLocation++;

    /// <summary>IoCopyCurrentIrpStackLocationToNext: copies the caller's location to the next one,
    /// without the completion routine.</summary>
    public static void IoCopyCurrentIrpStackLocationToNext(IRP Irp) =>
        IoGetCurrentIrpStackLocation(Irp).CopyTo(IoGetNextIrpStackLocation(Irp));

    /// <summary>IoSetCompletionRoutine: the routine to call when the next-lower driver completes the IRP.</summary>
    public static void IoSetCompletionRoutine(IRP Irp, IO_COMPLETION_ROUTINE? CompletionRoutine, object? Context,
        bool InvokeOnSuccess, bool InvokeOnError, bool InvokeOnCancel)
    {
        var next = IoGetNextIrpStackLocation(Irp);
        next.CompletionRoutine = CompletionRoutine;
        next.Context = Context;
        next.Control = 0;
        if (InvokeOnSuccess)
        {
            next.Control |= SL_INVOKE_ON_SUCCESS;
        }

        if (InvokeOnError)
        {
            next.Control |= SL_INVOKE_ON_ERROR;
        }

        if (InvokeOnCancel)
        {
            next.Control |= SL_INVOKE_ON_CANCEL;
        }
    }

    /// <summary>IoSetCompletionRoutineEx: as IoSetCompletionRoutine (the driver-unload protection it adds is implicit here).</summary>
    public static NTSTATUS IoSetCompletionRoutineEx(DEVICE_OBJECT DeviceObject, IRP Irp, IO_COMPLETION_ROUTINE CompletionRoutine, object? Context,
        bool InvokeOnSuccess, bool InvokeOnError, bool InvokeOnCancel)
    {
        DdiGate.Enter(DdiTable.IoSetCompletionRoutineEx);
        IoSetCompletionRoutine(Irp, CompletionRoutine, Context, InvokeOnSuccess, InvokeOnError, InvokeOnCancel);
        return STATUS_SUCCESS;
    }

    /// <summary>IoMarkIrpPending: the dispatch routine will return STATUS_PENDING; the IRP is completed later.</summary>
    public static void IoMarkIrpPending(IRP Irp)
    {
        var stack = IoGetCurrentIrpStackLocation(Irp);
        stack.Control |= SL_PENDING_RETURNED;
        stack.MarkedPending = true;
    }

    /// <summary>IoCallDriver: sends the IRP to <paramref name="DeviceObject"/>'s driver with the next stack location.</summary>
    public static NTSTATUS IoCallDriver(DEVICE_OBJECT DeviceObject, IRP Irp, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.IoCallDriver);
        if (DdiGate.Hooked(thread))
        {
            DdiGate.Arguments(thread, DdiTable.IoCallDriver, $"{DeviceObject}, {Irp}");
        }

        var status = IrpDispatch.Call(thread, KeContext.NotNull(DeviceObject, nameof(DeviceObject)), KeContext.NotNull(Irp, nameof(Irp)), file, line);
        return DdiGate.Leave(thread, DdiTable.IoCallDriver, status);
    }

    /// <summary>IoCompleteRequest: the caller is done with the IRP; completion routines above run,
    /// and the request's owner is told; the thread that waits for the request gets the priority boost
    /// <paramref name="PriorityBoost"/> when its wait ends (docs/scheduler-priorities.md).</summary>
    public static void IoCompleteRequest(IRP Irp, sbyte PriorityBoost, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.IoCompleteRequest);
        if (DdiGate.Hooked(thread))
        {
            DdiGate.Arguments(thread, DdiTable.IoCompleteRequest, $"{Irp}, {NtNames.StatusName(Irp?.IoStatus.Status ?? 0)}");
        }

        KeContext.NotNull(Irp, nameof(Irp)).PriorityBoost = PriorityBoost;
        IrpCompletion.Complete(thread, Irp, file, line);
    }
}
