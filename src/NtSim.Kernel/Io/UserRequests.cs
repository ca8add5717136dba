namespace NtSim;

/// <summary>
/// Requests a caller issued through a system service on a file object (NtReadFile, NtWriteFile,
/// NtDeviceIoControlFile, NtFlushBuffersFile): how they are sent and waited for
/// (IopSynchronousServiceTail), and how the I/O manager finishes them once the last completion
/// routine has run (IopCompleteRequest, the stage Windows runs as a special kernel APC in the
/// requestor's thread): buffered output copied back into the requestor's process (Information
/// bytes, unless the status is an error), MDLs unlocked and freed, the status block written, the
/// events set, the IRP freed and the file object's reference dropped.
/// </summary>
internal static class UserRequests
{
    /// <summary>Sends <paramref name="irp"/> (its next location set up) to <paramref name="top"/>,
    /// the top of the file's stack the IRP was sized for. A synchronous file waits for the result and
    /// returns the final status; an asynchronous one returns what the driver returned
    /// (STATUS_PENDING while it is in flight).</summary>
    internal static NTSTATUS Send(KTHREAD thread, FILE_OBJECT file, DEVICE_OBJECT top, IRP irp, KEVENT? userEvent, bool eventReferenced, IO_STATUS_BLOCK iosb)
    {
        var machine = thread.Machine;
        var synchronous = (file.Flags & Wdm.FO_SYNCHRONOUS_IO) != 0;
        if (synchronous)
        {
            // IopAcquireFileObjectLock: synchronous requests on one file object go one at a time.
            FileObjectLock.Acquire(thread, file);
            irp.Flags |= Wdm.IRP_SYNCHRONOUS_API;
        }

        irp.Life.Origin = IrpOrigin.User;
        irp.Tail.Overlay.Thread = thread;
        irp.Tail.Overlay.OriginalFileObject = file;
        irp.RequestorMode = thread.PreviousMode;
        irp.UserIosb = iosb;
        irp.UserEvent = userEvent;
        irp.UserEventReferenced = eventReferenced;
        // KeClearEvent on the file's and the caller's event: a plain store, no dispatcher lock (as Windows' KeClearEvent).
        Volatile.Write(ref file.Event.SignalState, 0);
        if (userEvent is not null)
        {
            Volatile.Write(ref userEvent.SignalState, 0);
        }

        // The caller's reference to the file (from the handle) goes with the IRP until it is
        // finished; the IRP sits on its thread's list.
        lock (machine.IoManager.IrpListLock)
        {
            thread.IrpList.AddLast(irp.ThreadListEntry);
            file.PendingIrps.AddLast(irp.FileListEntry);
        }

        var status = IrpDispatch.Call(thread, top, irp);
        if (!synchronous)
        {
            return status;
        }

        if (status == Wdm.STATUS_PENDING)
        {
            // A synchronous file: the I/O manager waits on the file object's event.
            Waits.WaitFor(thread, file.Event);
        }

        FileObjectLock.Release(file);
        return iosb.Status;
    }

    /// <summary>IopCompleteRequest for a user request; called by IoCompleteRequest after the walk.</summary>
    internal static void Finish(KTHREAD thread, IRP irp)
    {
        var machine = thread.Machine;
        var status = irp.IoStatus.Status;
        var information = irp.IoStatus.Information;
        var requestor = irp.Tail.Overlay.Thread;
        var file = irp.Tail.Overlay.OriginalFileObject!;
        ReleaseBuffers(thread, irp, requestor);

        if (irp.UserIosb is { } iosb)
        {
            iosb.Status = status;
            iosb.Information = information;
        }

        lock (machine.IoManager.IrpListLock)
        {
            if (irp.ThreadListEntry.List is { } list)
            {
                list.Remove(irp.ThreadListEntry);
            }

            if (irp.FileListEntry.List is { } pending)
            {
                pending.Remove(irp.FileListEntry);
            }
        }

        var evt = irp.UserEvent;
        var referenced = irp.UserEventReferenced;
        var completion = irp.UserCompletion;
        var boost = irp.PriorityBoost;
        var apcContext = irp.UserApcContext;
        var pendingReturned = irp.PendingReturned;
        machine.IoManager.Irps.Free(thread, irp);
        completion?.Completed(irp, status, information);
        lock (machine.Scheduler.Lock)
        {
            // IoCompleteRequest's PriorityBoost goes to the requestor, whichever object it waits on.
            if (evt is not null)
            {
                Events.SetLocked(machine, evt, boost);
            }

            // FILE_SKIP_SET_EVENT_ON_HANDLE (SetFileCompletionNotificationModes): the file object's event stays as it is.
            if ((file.Flags & Wdm.FO_SKIP_SET_EVENT) == 0)
            {
                Events.SetLocked(machine, file.Event, boost);
            }
        }

        IoCompletions.OnRequestFinished(machine, file, apcContext, pendingReturned, status, information);

        if (referenced && evt is not null)
        {
            machine.ObjectManager.Dereference(machine.ObjectManager.HeaderOf(evt));
        }

        machine.ObjectManager.Dereference(file.Header!);
    }

    /// <summary>The buffer work of IopCompleteRequest, for user requests and IoBuild*Request alike:
    /// buffered output copied back (into <paramref name="requestor"/>'s process for a user request),
    /// then the MDLs the I/O manager built unlocked and freed.</summary>
    internal static void ReleaseBuffers(KTHREAD thread, IRP irp, KTHREAD? requestor)
    {
        using (thread.EnterModule(thread.Machine.Modules.Kernel))
        {
            CopyBack(irp, requestor, irp.IoStatus.Status, irp.IoStatus.Information);
            IoMdls.Release(thread, irp);
        }
    }

    /// <summary>Buffered output goes back into the requestor's process: Information bytes (at most
    /// the buffer's length), unless the request failed with an error status.</summary>
    private static void CopyBack(IRP irp, KTHREAD? requestor, NTSTATUS status, ulong information)
    {
        if ((irp.Flags & (Wdm.IRP_BUFFERED_IO | Wdm.IRP_INPUT_OPERATION)) != (Wdm.IRP_BUFFERED_IO | Wdm.IRP_INPUT_OPERATION)
            || irp.CopyBackTo.IsNull || Wdm.NT_ERROR(status) || information == 0)
        {
            return;
        }

        var length = (int)Math.Min(information, irp.CopyBackLength);
        var source = irp.AssociatedIrp.SystemBuffer.AsReadOnlySpan(length);
        if (irp.RequestorMode == Wdm.UserMode && requestor is not null)
        {
            try
            {
                requestor.Process.AddressSpace.Write(irp.CopyBackTo.Address, source);
            }
            catch (NtStatusException)
            {
                // The application freed or protected its buffer meanwhile: the copy faults and is dropped, as in the APC.
            }
        }
        else
        {
            source.CopyTo(irp.CopyBackTo.AsSpan(length));
        }
    }
}
