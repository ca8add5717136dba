namespace NtSim;

/// <summary>IoCompleteRequest: walks the stack locations upward calling completion routines
/// (IopfCompleteRequest), then finishes a request that belongs to a thread.</summary>
internal static class IrpCompletion
{
    internal static void Complete(KTHREAD thread, IRP irp, string file = "", int line = 0)
    {
        var machine = thread.Machine;
        var irql = thread.Processor!.Irql;
        if (!IrpLife.Allows(irp.State, IrpState.Completing) || irp.CurrentLocation > irp.StackCount + 1)
        {
            // IopfCompleteRequest: an IRP completed twice.
            machine.RaiseBugCheck(Wdm.MULTIPLE_IRP_COMPLETE_REQUESTS, irp.Address, 0, 0, 0,
                $"IoCompleteRequest on {irp.Describe()}, which was already completed{FirstCompletion(irp)}");
        }

        if (irql > Wdm.DISPATCH_LEVEL)
        {
            // 0xC9/0x0E: IoCompleteRequest above DISPATCH_LEVEL (P2 IRQL, P3 the IRP). Free build: the completion
            // routines run at that IRQL.
            machine.Verifier.Violation(VerifierRules.CompleteAboveDispatch, (ulong)irql, irp.Address, 0,
                $"IoCompleteRequest called at IRQL {(int)irql}, above DISPATCH_LEVEL");
        }

        var status = irp.IoStatus.Status;
        if (status == Wdm.STATUS_PENDING || (int)status == -1)
        {
            // 0xC9/0x06: completed with STATUS_PENDING or -1 (P2 the status, P3 the IRP). Free build: the
            // request finishes with that status.
            machine.Verifier.Violation(VerifierRules.CompletedWithPendingStatus, (uint)status, irp.Address, 0,
                $"IoCompleteRequest on {irp.Describe()} with IoStatus.Status {NtNames.Format(status)}");
        }

        if (irp.CancelRoutine is not null)
        {
            // 0xC9/0x07: completed with a cancel routine still set (P2 the routine, P3 the IRP). Free build: the
            // completion goes on; the routine stays set in an IRP that is gone.
            machine.Verifier.Violation(VerifierRules.CompletedWithCancelRoutine, 0, irp.Address, 0,
                $"IoCompleteRequest on {irp.Describe()} with the cancel routine {CodeNames.Of(irp.CancelRoutine.Method)} still set");
        }

        irp.Life.Move(irp, IrpState.Completing, thread, irp.Current?.DeviceObject, file, line);
        if (machine.Trace.Enabled)
        {
            machine.Scheduler.Trace(TraceKind.Io, $"complete {irp.Describe()} {NtNames.Format(status)} info {irp.IoStatus.Information}");
        }

        while (irp.CurrentLocation <= irp.StackCount)
        {
            var stack = irp.Current!;
            stack.CompletedWith = irp.IoStatus.Status;
            irp.PendingReturned = (stack.Control & Wdm.SL_PENDING_RETURNED) != 0;
            var routine = stack.CompletionRoutine;
            var context = stack.Context;
            var control = stack.Control;
            stack.Clear();
            irp.CurrentLocation++;
            var success = Wdm.NT_SUCCESS(irp.IoStatus.Status);
            var invoke = routine is not null
                && ((success && (control & Wdm.SL_INVOKE_ON_SUCCESS) != 0)
                    || (!success && (control & Wdm.SL_INVOKE_ON_ERROR) != 0)
                    || (irp.Cancel && (control & Wdm.SL_INVOKE_ON_CANCEL) != 0));
            if (!invoke)
            {
                // A level without a routine passes pending up by itself.
                if (irp.PendingReturned && irp.Current is { } above)
                {
                    above.Control |= Wdm.SL_PENDING_RETURNED;
                }

                continue;
            }

            var device = irp.Current?.DeviceObject;
            NTSTATUS result;
            using (thread.EnterModule(device?.DriverObject.Module ?? machine.Modules.For(routine!)))
            {
                BreakpointTable.AtCall(thread, routine!);
                result = routine!(device, irp, context);
            }

            if (result == Wdm.STATUS_MORE_PROCESSING_REQUIRED)
            {
                // The routine's driver owns the IRP again, unless the routine already sent, reused or freed it.
                if (irp.State == IrpState.Completing)
                {
                    irp.Life.Move(irp, IrpState.Reclaimed, thread, device, "", 0);
                }

                return;
            }

            if (irp.PendingReturned && irp.Current is { } upper && (upper.Control & Wdm.SL_PENDING_RETURNED) == 0)
            {
                // 0xC9/0x228: the routine returned without IoMarkIrpPending though PendingReturned was set.
                // Free build: the walk goes on; the level above never learns that the IRP was pending.
                machine.Verifier.Violation(VerifierRules.CompletionRoutineDidNotMarkPending, 0, irp.Address, 0,
                    $"the completion routine {CodeNames.Of(routine.Method)} did not call IoMarkIrpPending although Irp->PendingReturned was set");
            }
        }

        irp.Life.Move(irp, IrpState.Completed, thread, null, "", 0);
        Finish(thread, irp);
    }

    /// <summary>The I/O manager's own last step for a request that belongs to a thread: copy
    /// buffered output back (IoStatus.Information bytes), fill the caller's status block, signal
    /// its event, and free the IRP.</summary>
    private static void Finish(KTHREAD thread, IRP irp)
    {
        if (irp.Life.Origin == IrpOrigin.User)
        {
            UserRequests.Finish(thread, irp);
            return;
        }

        if (irp.Life.Origin == IrpOrigin.Associated)
        {
            AssociatedIrps.Finish(thread, irp);
            return;
        }

        if (irp.Life.Origin != IrpOrigin.Threaded)
        {
            return;
        }

        var machine = thread.Machine;
        // Buffered output copied back and the MDLs IoBuild*Request made for direct I/O freed.
        UserRequests.ReleaseBuffers(thread, irp, irp.Tail.Overlay.Thread);

        if (irp.UserIosb is { } iosb)
        {
            iosb.Status = irp.IoStatus.Status;
            iosb.Information = irp.IoStatus.Information;
        }

        var evt = irp.UserEvent;
        var boost = irp.PriorityBoost;
        machine.IoManager.Irps.Free(thread, irp);
        if (evt is not null)
        {
            Events.Set(machine, evt, boost);
        }
    }

    /// <summary>": first by zero at Zero.cs:42" from the IRP's history, when it still has the move.</summary>
    private static string FirstCompletion(IRP irp) =>
        irp.Life.LastMoveTo(IrpState.Completing) is { } first
            ? $"; first completed by {first.Module ?? "?"}{(first.File.Length == 0 ? "" : " at " + SourceSite.Format(first.File, first.Line))}"
            : "";
}
