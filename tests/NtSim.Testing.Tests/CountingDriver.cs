using static NtSim.Wdm;

namespace NtSim.Testing.Tests;

/// <summary>A legacy driver of the test assembly: \Device\Counting with the DOS name \??\Counting. It
/// prints (DbgPrint, INFO level: recorded, filtered from a debugger by default) at DriverEntry, at each
/// open and at unload, and bug checks on an open of \Device\Counting\crash. Unload deletes what
/// DriverEntry made.</summary>
public sealed class CountingDriver : IDriver
{
    public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
    {
        DbgPrint("Counting: DriverEntry\n");
        DriverObject.DriverUnload = CountingUnload;
        DriverObject.MajorFunction[IRP_MJ_CREATE] = CountingCreateClose;
        DriverObject.MajorFunction[IRP_MJ_CLOSE] = CountingCreateClose;
        var status = IoCreateDevice(DriverObject, 0, new UNICODE_STRING(@"\Device\Counting"), FILE_DEVICE_UNKNOWN, 0, false, out var device);
        if (!NT_SUCCESS(status))
        {
            return status;
        }

        status = IoCreateSymbolicLink(new UNICODE_STRING(@"\??\Counting"), new UNICODE_STRING(@"\Device\Counting"));
        if (!NT_SUCCESS(status))
        {
            IoDeleteDevice(device!);
            return status;
        }

        device!.Flags &= ~DO_DEVICE_INITIALIZING;
        return STATUS_SUCCESS;
    }

    private static void CountingUnload(DRIVER_OBJECT DriverObject)
    {
        IoDeleteSymbolicLink(new UNICODE_STRING(@"\??\Counting"));
        IoDeleteDevice(DriverObject.DeviceObject!);
        DbgPrint("Counting: unloaded\n");
    }

    private static NTSTATUS CountingCreateClose(DEVICE_OBJECT DeviceObject, IRP Irp)
    {
        var stack = IoGetCurrentIrpStackLocation(Irp);
        if (stack.MajorFunction == IRP_MJ_CREATE && stack.FileObject!.FileName.ToString() == @"\crash")
        {
            // What a test of a crash during a client's run needs: a bug check on the client's open.
            KeBugCheckEx(MANUALLY_INITIATED_CRASH, 0xC0DE, 0, 0, 0);
        }

        if (stack.MajorFunction == IRP_MJ_CREATE)
        {
            DbgPrint("Counting: opened\n");
        }

        Irp.IoStatus.Status = STATUS_SUCCESS;
        Irp.IoStatus.Information = 0;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return STATUS_SUCCESS;
    }
}
