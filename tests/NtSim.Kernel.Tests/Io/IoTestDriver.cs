using static NtSim.Wdm;

namespace NtSim.Tests.Io;

/// <summary>Loads small test drivers from delegates (the service loader loads assemblies).</summary>
internal static class IoTestDriver
{
    public static DRIVER_OBJECT Load(string name, DRIVER_INITIALIZE entry)
    {
        var thread = KTHREAD.Current!;
        var status = DriverLoader.Load(thread, name, entry, thread.Machine!.Modules.For(entry), $@"\Registry\Machine\System\CurrentControlSet\Services\{name}", out var driver);
        Assert.Equal(STATUS_SUCCESS, status);
        return driver!;
    }

    /// <summary>A driver with one named device whose dispatch routines are given.</summary>
    public static DEVICE_OBJECT LoadWithDevice(string name, Action<DRIVER_OBJECT> setup)
    {
        DEVICE_OBJECT? device = null;
        Load(name, (driver, _) =>
        {
            setup(driver);
            var status = IoCreateDevice(driver, 16, new UNICODE_STRING($@"\Device\{name}"), FILE_DEVICE_UNKNOWN, 0, false, out device);
            device!.Flags &= ~DO_DEVICE_INITIALIZING;
            return status;
        });
        return device!;
    }

    /// <summary>Sends an IRP_MJ_READ of <paramref name="length"/> bytes to the top of the stack.</summary>
    public static NTSTATUS SendRead(DEVICE_OBJECT target, uint length, IO_STATUS_BLOCK iosb, KEVENT evt)
    {
        var irp = IoAllocateIrp(target.StackSize, false);
        var next = IoGetNextIrpStackLocation(irp);
        next.MajorFunction = IRP_MJ_READ;
        next.Parameters.Read.Length = length;
        IoSetCompletionRoutine(irp, (_, i, _) =>
        {
            iosb.Status = i.IoStatus.Status;
            iosb.Information = i.IoStatus.Information;
            KeSetEvent(evt, 0, false);
            IoFreeIrp(i);
            return STATUS_MORE_PROCESSING_REQUIRED;
        }, null, true, true, true);
        return IoCallDriver(target, irp);
    }

    /// <summary>Sends an IRP_MJ_READ and waits for its completion, whose routine only signals (the IRP stays
    /// the caller's); <paramref name="sent"/> sees the IRP first, for a test whose wait never ends.</summary>
    public static void SendReadAndWait(DEVICE_OBJECT target, Action<IRP> sent)
    {
        var evt = new KEVENT();
        KeInitializeEvent(evt, NotificationEvent, false);
        var irp = IoAllocateIrp(1, false);
        sent(irp);
        IoGetNextIrpStackLocation(irp).MajorFunction = IRP_MJ_READ;
        IoSetCompletionRoutine(irp, (_, _, context) =>
        {
            KeSetEvent((KEVENT)context!, 0, false);
            return STATUS_MORE_PROCESSING_REQUIRED;
        }, evt, true, true, true);
        IoCallDriver(target, irp);
        KeWaitForSingleObject(evt, Executive, KernelMode, false, null);
    }
}
