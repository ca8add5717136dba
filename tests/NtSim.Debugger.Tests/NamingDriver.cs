using static NtSim.Wdm;

namespace NtSim.Debugger.Tests;

/// <summary>A driver whose routine names collide (NamingDispatch here and in a nested type), with a lambda and a
/// local function: how C# methods become module!symbol names.</summary>
internal sealed class NamingDriver : IDriver
{
    public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
    {
        DriverObject.MajorFunction[IRP_MJ_CREATE] = NamingDispatch;
        DriverObject.MajorFunction[IRP_MJ_CLOSE] = Queue.NamingDispatch;
        DriverObject.MajorFunction[IRP_MJ_READ] = (_, irp) => Complete(irp);
        DriverObject.DriverUnload = Unload;
        return STATUS_SUCCESS;

        static void Unload(DRIVER_OBJECT driver)
        {
        }
    }

    private static NTSTATUS NamingDispatch(DEVICE_OBJECT DeviceObject, IRP Irp) => Complete(Irp);

    private static NTSTATUS Complete(IRP irp)
    {
        irp.IoStatus.Status = STATUS_SUCCESS;
        IoCompleteRequest(irp, IO_NO_INCREMENT);
        return STATUS_SUCCESS;
    }

    private static class Queue
    {
        internal static NTSTATUS NamingDispatch(DEVICE_OBJECT DeviceObject, IRP Irp) => Complete(Irp);
    }
}
