namespace NtSim;

/// <summary>IoCallDriver: moves the IRP one location down and calls the target's dispatch routine,
/// checking what the I/O manager and I/O verification check.</summary>
internal static class IrpDispatch
{
    internal static NTSTATUS Call(KTHREAD thread, DEVICE_OBJECT device, IRP irp, string file = "", int line = 0)
    {
        var machine = thread.Machine;
        var irql = thread.Processor!.Irql;
        if (irql > Wdm.DISPATCH_LEVEL)
        {
            // 0xC9/0x10: IoCallDriver above DISPATCH_LEVEL (P2 the IRQL). Free build: the dispatch routine runs at that IRQL.
            machine.Verifier.Violation(VerifierRules.CallDriverAboveDispatch, (ulong)irql, 0, 0,
                $"IoCallDriver called at IRQL {(int)irql}, above DISPATCH_LEVEL");
        }

        if (irp.Type != Wdm.IO_TYPE_IRP)
        {
            // 0xC9/0x03: IoCallDriver with something that is not an IRP (a freed one, say). Checked whatever the
            // options: Windows would dispatch freed memory, and NtSim cannot send an IRP its lookaside holds.
            machine.Verifier.BugCheck(VerifierRules.CallDriverWithNonIrp, irp.Address, 0, 0,
                $"IoCallDriver with {irp.Describe()}, which is not an allocated IRP");
        }

        irp.CurrentLocation--;
        if (irp.CurrentLocation <= 0)
        {
            // IofCallDriver: no stack location left for the target.
            machine.RaiseBugCheck(Wdm.NO_MORE_IRP_STACK_LOCATIONS, irp.Address, 0, 0, 0,
                $"IoCallDriver to {device.Describe()} with {irp.Describe()}: every stack location is used (StackSize {device.StackSize}, IRP built with {irp.StackCount})");
        }

        if (irp.State == IrpState.Allocated && irp.Current!.MajorFunction == Wdm.IRP_MJ_PNP && irp.IoStatus.Status != Wdm.STATUS_NOT_SUPPORTED)
        {
            // 0xC9/0x20E: a new PnP IRP must start with IoStatus.Status = STATUS_NOT_SUPPORTED (P2 the IRP).
            // Free build: the IRP goes down with the status it has.
            machine.Verifier.Violation(VerifierRules.PnpIrpNotStatusNotSupported, irp.Address, 0, 0,
                $"IRP_MJ_PNP {irp.Describe()} sent to {device.Describe()} with IoStatus.Status {NtNames.Format(irp.IoStatus.Status)}; a PnP IRP must be sent with STATUS_NOT_SUPPORTED");
        }

        irp.Life.Move(irp, IrpState.Dispatched, thread, device, file, line);
        var stack = irp.Current!;
        stack.DeviceObject = device;
        stack.MarkedPending = false;
        stack.CompletedWith = null;
        var major = stack.MajorFunction;
        var driver = device.DriverObject;
        var dispatch = driver.MajorFunction[major] ?? IoManager.InvalidDeviceRequest;
        machine.IoManager.CountDispatch(major);
        if (machine.Trace.Enabled)
        {
            machine.Scheduler.Trace(TraceKind.Io, $"{MajorFunctionNames.Of(major)} {irp.Describe()} -> {device.Describe()}");
        }

        var before = new DispatchCall(device, irp, stack, major, dispatch, irql, thread.SpinLocksHeld, irp.Generation);
        NTSTATUS status;
        using (thread.EnterModule(driver.Module))
        {
            BreakpointTable.AtCall(thread, dispatch);
            status = dispatch(device, irp);
        }

        DispatchChecks.AfterReturn(thread, before, status);
        machine.Scheduler.SchedulingPoint(thread);
        return status;
    }
}
