namespace NtSim;

/// <summary>Where the IRPs in flight are, for a deadlock report: which IRP a waiting thread waits
/// for (its event, its file object's event for a synchronous request, or the event a completion
/// routine was given as its context), what it asks, which
/// device and driver have it, and whether it sits in a queue or is simply held by the driver.</summary>
internal static class IrpWhereabouts
{
    /// <summary>One description per IRP whose completion would end <paramref name="thread"/>'s wait.</summary>
    internal static List<string> WaitedFor(Machine machine, KTHREAD thread)
    {
        var waited = new List<DispatcherObject>();
        for (var k = 0; k < thread.WaitCount; k++)
        {
            if (thread.WaitBlocks[k].Object is { } o)
            {
                waited.Add(o);
            }
        }

        var found = new List<string>();
        foreach (var irp in machine.IoManager.Irps.InUse())
        {
            var file = irp.Tail.Overlay.OriginalFileObject;
            if ((irp.UserEvent is { } evt && waited.Contains(evt)) || (irp.Life.Origin == IrpOrigin.User && file is not null && waited.Contains(file.Event))
                || RoutineContextIn(irp, waited))
            {
                found.Add(Describe(irp));
            }
        }

        return found;
    }

    /// <summary>A completion routine still to run was given a waited object as its context (the
    /// usual way to forward an IRP and wait for it: IoSetCompletionRoutine(Irp, routine, &amp;event, ...)).</summary>
    private static bool RoutineContextIn(IRP irp, List<DispatcherObject> waited)
    {
        for (var k = Math.Max((int)irp.CurrentLocation, 1); k <= irp.StackCount; k++)
        {
            if (irp.Location(k) is { CompletionRoutine: not null, Context: DispatcherObject context } && waited.Contains(context))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"IRP@... IRP_MJ_READ at \Device\Sample of \Driver\Sample: pending in its cancel-safe queue".</summary>
    internal static string Describe(IRP irp)
    {
        var stack = irp.Current;
        var device = stack?.DeviceObject;
        if (stack is null || device is null || irp.State == IrpState.Allocated)
        {
            return $"{irp.Describe()}, not sent to a driver";
        }

        return $"{irp.Describe()} {MajorFunctionNames.Of(stack.MajorFunction)} at {device.Describe()}: {Where(irp, device)}";
    }

    private static string Where(IRP irp, DEVICE_OBJECT device)
    {
        if (device.CurrentIrp == irp)
        {
            return "being processed by its StartIo routine (DeviceObject->CurrentIrp)";
        }

        if (device.DeviceQueue.Entries.Any(e => e.Irp == irp))
        {
            return "pending in the device queue, waiting for StartIo";
        }

        if (CancelSafeQueues.QueueOf(irp) is not null)
        {
            return "pending in the driver's cancel-safe queue";
        }

        if (irp.Tail.Overlay.IsLinked)
        {
            return "pending in a queue of the driver (Tail.Overlay.ListEntry)";
        }

        return irp.CancelRoutine is { } routine
            ? $"held by the driver, cancelable (cancel routine {CodeNames.Of(routine.Method)})"
            : "held by the driver (in no queue, no cancel routine)";
    }
}
