using System.Runtime.CompilerServices;
using static NtSim.Wdm;

namespace NtSim.Samples.SysMon;

/// <summary>
/// SysMon: a legacy driver that records process creation and exit, thread creation and exit and
/// image loads, from the notify routines the kernel calls, in a bounded list in paged pool; its
/// client reads the records with ReadFile (direct I/O) and prints them.
/// </summary>
public sealed partial class SysMonDriver : IDriver
{
    internal const string DEVICE_NAME = @"\Device\SysMon";
    internal const string SYMBOLIC_LINK_NAME = @"\??\SysMon";

    /// <summary>The tag of the records: 'sysm'.</summary>
    internal static readonly uint DRIVER_TAG = TAG("sysm");

    /// <summary>The driver's state (one driver object: a static, as the C driver's global).</summary>
    internal static readonly Globals g_Globals = new();

    public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
    {
        g_Globals.Init();
        g_Globals.ItemCount = 0;
        g_Globals.Dropped = 0;
        g_Globals.MaxItems = (int)ReadMaxItems(RegistryPath);

        var status = IoCreateDevice(DriverObject, 0, DEVICE_NAME, FILE_DEVICE_UNKNOWN, 0, false, out var deviceObject);
        if (!NT_SUCCESS(status))
        {
            KdPrint("SysMon: failed to create the device (0x%08X)\n", status);
            return status;
        }

        deviceObject!.Flags |= DO_DIRECT_IO;
        status = IoCreateSymbolicLink(SYMBOLIC_LINK_NAME, DEVICE_NAME);
        if (!NT_SUCCESS(status))
        {
            IoDeleteDevice(deviceObject);
            return status;
        }

        // Every routine registered is removed again if a later one fails: DriverUnload is not called then.
        status = PsSetCreateProcessNotifyRoutineEx(OnProcessNotify, false);
        if (NT_SUCCESS(status))
        {
            status = PsSetCreateThreadNotifyRoutine(OnThreadNotify);
            if (NT_SUCCESS(status))
            {
                status = PsSetLoadImageNotifyRoutine(OnImageLoadNotify);
                if (!NT_SUCCESS(status))
                {
                    PsRemoveCreateThreadNotifyRoutine(OnThreadNotify);
                }
            }

            if (!NT_SUCCESS(status))
            {
                PsSetCreateProcessNotifyRoutineEx(OnProcessNotify, true);
            }
        }

        if (!NT_SUCCESS(status))
        {
            KdPrint("SysMon: failed to register the notify routines (0x%08X)\n", status);
            IoDeleteSymbolicLink(SYMBOLIC_LINK_NAME);
            IoDeleteDevice(deviceObject);
            return status;
        }

        DriverObject.DriverUnload = SysMonUnload;
        DriverObject.MajorFunction[IRP_MJ_CREATE] = SysMonCreateClose;
        DriverObject.MajorFunction[IRP_MJ_CLOSE] = SysMonCreateClose;
        DriverObject.MajorFunction[IRP_MJ_READ] = SysMonRead;
        KdPrint("SysMon: keeping at most %d records\n", g_Globals.MaxItems);
        return STATUS_SUCCESS;
    }

    /// <summary>MaxItems (a DWORD) under the service's Parameters key, or the default when it is absent or zero.</summary>
    private static uint ReadMaxItems(UNICODE_STRING RegistryPath)
    {
        var maxItems = new StrongBox<uint>(SysMonPublic.DEFAULT_MAX_ITEMS);
        var status = RtlQueryRegistryValues(RTL_REGISTRY_ABSOLUTE, RegistryPath.ToString() + @"\Parameters",
            [new() { Flags = RTL_QUERY_REGISTRY_DIRECT, Name = SysMonPublic.MAX_ITEMS_VALUE, EntryContext = maxItems }, new()], null, null);
        return NT_SUCCESS(status) && maxItems.Value > 0 ? maxItems.Value : SysMonPublic.DEFAULT_MAX_ITEMS;
    }

    /// <summary>Unload: the routines go first (none runs once removed), then the records left.</summary>
    private static void SysMonUnload(DRIVER_OBJECT DriverObject)
    {
        PsSetCreateProcessNotifyRoutineEx(OnProcessNotify, true);
        PsRemoveCreateThreadNotifyRoutine(OnThreadNotify);
        PsRemoveLoadImageNotifyRoutine(OnImageLoadNotify);
        IoDeleteSymbolicLink(SYMBOLIC_LINK_NAME);
        IoDeleteDevice(DriverObject.DeviceObject!);
        g_Globals.FreeAll();
    }

    private static NTSTATUS SysMonCreateClose(DEVICE_OBJECT DeviceObject, IRP Irp) => CompleteIrp(Irp, STATUS_SUCCESS, 0);

    /// <summary>IRP_MJ_READ: moves as many whole records as fit into the caller's buffer, oldest first;
    /// returns the bytes moved (0 when none is waiting or the first does not fit).</summary>
    private static NTSTATUS SysMonRead(DEVICE_OBJECT DeviceObject, IRP Irp)
    {
        var length = IoGetCurrentIrpStackLocation(Irp).Parameters.Read.Length;
        if (length == 0 || Irp.MdlAddress is not { } mdl)
        {
            return CompleteIrp(Irp, STATUS_INVALID_BUFFER_SIZE, 0);
        }

        var buffer = MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority);
        if (buffer.IsNull)
        {
            return CompleteIrp(Irp, STATUS_INSUFFICIENT_RESOURCES, 0);
        }

        var dataOffset = FIELD_OFFSET((ref FullItem<ItemHeader> r) => ref r.Data);
        uint count = 0;
        ExAcquireFastMutex(g_Globals.Mutex);
        while (!IsListEmpty(g_Globals.ItemsHead))
        {
            var record = CONTAINING_RECORD(g_Globals.ItemsHead.Flink, (ref FullItem<ItemHeader> r) => ref r.Entry);
            var size = record.As<FullItem<ItemHeader>>().Data.Size;
            if (count + size > length)
            {
                break;
            }

            RemoveHeadList(g_Globals.ItemsHead);
            g_Globals.ItemCount--;
            RtlCopyMemory(buffer + count, record + dataOffset, size);
            count += size;
            ExFreePool(record);
        }

        ExReleaseFastMutex(g_Globals.Mutex);
        return CompleteIrp(Irp, STATUS_SUCCESS, count);
    }

    private static NTSTATUS CompleteIrp(IRP Irp, NTSTATUS status, ulong information)
    {
        Irp.IoStatus.Status = status;
        Irp.IoStatus.Information = information;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return status;
    }
}
