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
}
