namespace NtSim;

/// <summary>Associated IRPs (IoMakeAssociatedIrp): a driver splits a master IRP into several, sets the
/// master's AssociatedIrp.IrpCount, and sends them; the I/O manager completes the master when the last
/// one completes (IopfCompleteRequest's associated-IRP path).</summary>
internal static class AssociatedIrps
{
    internal static IRP Make(KTHREAD thread, IRP master, sbyte stackSize, string file, int line)
    {
        var machine = thread.Machine;
        var irp = machine.IoManager.Irps.Allocate(thread, stackSize, file, line).ChargeTo(thread.CurrentModule, machine.Modules.Kernel, file, line);
        irp.Life.Origin = IrpOrigin.Associated;
        irp.AssociatedIrp.MasterIrp = master;
        irp.Tail.Overlay.Thread = master.Tail.Overlay.Thread;
        return irp;
    }

    /// <summary>A completed associated IRP is freed; the master completes (IO_NO_INCREMENT) when its count reaches zero.</summary>
    internal static void Finish(KTHREAD thread, IRP irp)
    {
        var master = irp.AssociatedIrp.MasterIrp!;
        var machine = thread.Machine;
        int remaining;
        lock (machine.Scheduler.Lock)
        {
            remaining = --master.AssociatedIrp.IrpCount;
        }

        machine.IoManager.Irps.Free(thread, irp);
        if (remaining == 0)
        {
            IrpCompletion.Complete(thread, master);
        }
    }
}
