using System.Runtime.CompilerServices;
using static NtSim.Wdm;

namespace NtSim.Samples.Toaster.Bus;

/// <summary>
/// The toaster bus driver: a root-enumerated bus FDO whose children are toasters. In the dynamic
/// variant (busenum) the children are plugged in and out at run time by IOCTLs from the enum
/// application; in the static variant (statbus, built from the same files with STATIC_BUS) the bus
/// also plugs in NumberOfToasters of them (service key\Parameters, default 2) when it starts.
/// The one dispatch table serves the FDO and the PDOs; the device extension says which it is.
/// </summary>
public sealed partial class BusEnumDriver : IDriver
{
#if STATIC_BUS
    private const uint DefaultNumberOfToasters = 2;
    private const string DriverName = "StatBus";
#else
    private const uint DefaultNumberOfToasters = 0;
    private const string DriverName = "BusEnum";
#endif

    private static readonly uint BusEnumPoolTag = TAG("Toet");

    /// <summary>Toasters the bus plugs in when it starts (serial numbers 1 to N).</summary>
    private uint _numberOfToasters;

    public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
    {
        KdPrint("%s: DriverEntry\n", DriverName);
        var count = new StrongBox<uint>(DefaultNumberOfToasters);
        RtlQueryRegistryValues(RTL_REGISTRY_ABSOLUTE, RegistryPath.ToString() + @"\Parameters",
        [
            new() { Flags = RTL_QUERY_REGISTRY_DIRECT, Name = "NumberOfToasters", EntryContext = count, DefaultType = REG_DWORD, DefaultData = DefaultNumberOfToasters },
            new(),
        ], null, null);
        _numberOfToasters = count.Value;

        DriverObject.MajorFunction[IRP_MJ_CREATE] = Bus_CreateClose;
        DriverObject.MajorFunction[IRP_MJ_CLOSE] = Bus_CreateClose;
        DriverObject.MajorFunction[IRP_MJ_DEVICE_CONTROL] = Bus_IoCtl;
        DriverObject.MajorFunction[IRP_MJ_PNP] = Bus_PnP;
        DriverObject.MajorFunction[IRP_MJ_POWER] = Bus_Power;
        DriverObject.MajorFunction[IRP_MJ_SYSTEM_CONTROL] = Bus_SystemControl;
        DriverObject.DriverExtension.AddDevice = Bus_AddDevice;
        DriverObject.DriverUnload = Bus_DriverUnload;
        return STATUS_SUCCESS;
    }

    /// <summary>The PnP manager found a bus device (root\busenum): create the FDO and attach it.</summary>
    private NTSTATUS Bus_AddDevice(DRIVER_OBJECT DriverObject, DEVICE_OBJECT PhysicalDeviceObject)
    {
        var status = IoCreateDevice<FDO_DEVICE_DATA>(DriverObject, null, FILE_DEVICE_BUS_EXTENDER, FILE_DEVICE_SECURE_OPEN, false, out var deviceObject);
        if (!NT_SUCCESS(status))
        {
            return status;
        }

        var deviceData = deviceObject!.Extension<FDO_DEVICE_DATA>();
        deviceData.Self = deviceObject;
        deviceData.UnderlyingPDO = PhysicalDeviceObject;
        KeInitializeMutex(deviceData.Mutex, 0);
        IoInitializeRemoveLock(deviceData.RemoveLock, BusEnumPoolTag, 0, 0);

        var lower = IoAttachDeviceToDeviceStack(deviceObject, PhysicalDeviceObject);
        if (lower is null)
        {
            IoDeleteDevice(deviceObject);
            return STATUS_NO_SUCH_DEVICE;
        }

        deviceData.NextLowerDriver = lower;
        status = RegisterBusInterface(deviceData);
        if (!NT_SUCCESS(status))
        {
            IoDetachDevice(lower);
            IoDeleteDevice(deviceObject);
            return status;
        }

        deviceObject.Flags |= DO_POWER_PAGABLE;
        deviceObject.Flags &= ~DO_DEVICE_INITIALIZING;
        KdPrint("%s: AddDevice: FDO over %s\n", DriverName, PhysicalDeviceObject.ToString());
        return STATUS_SUCCESS;
    }

    /// <summary>Only the FDO can be opened (enum opens it through its interface); a PDO never sees a
    /// create, since opens go to the top of a child's stack.</summary>
    private static NTSTATUS Bus_CreateClose(DEVICE_OBJECT DeviceObject, IRP Irp)
    {
        var commonData = DeviceObject.Extension<COMMON_DEVICE_DATA>();
        NTSTATUS status;
        if (!commonData.IsFdo)
        {
            status = STATUS_INVALID_DEVICE_REQUEST;
        }
        else if (commonData.DevicePnPState == DEVICE_PNP_STATE.Deleted)
        {
            status = STATUS_NO_SUCH_DEVICE;
        }
        else
        {
            status = STATUS_SUCCESS;
        }

        Irp.IoStatus.Status = status;
        Irp.IoStatus.Information = 0;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return status;
    }

    /// <summary>Power: the FDO passes it down; a PDO (nothing to power) says yes to a set or query.</summary>
    private static NTSTATUS Bus_Power(DEVICE_OBJECT DeviceObject, IRP Irp)
    {
        if (DeviceObject.Extension<COMMON_DEVICE_DATA>() is FDO_DEVICE_DATA fdoData)
        {
            IoSkipCurrentIrpStackLocation(Irp);
            return IoCallDriver(fdoData.NextLowerDriver, Irp);
        }

        var minor = IoGetCurrentIrpStackLocation(Irp).MinorFunction;
        if (minor is IRP_MN_SET_POWER or IRP_MN_QUERY_POWER)
        {
            Irp.IoStatus.Status = STATUS_SUCCESS;
        }

        var status = Irp.IoStatus.Status;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return status;
    }

    /// <summary>WMI: the FDO passes it down; a PDO completes it as it came (no WMI provider).</summary>
    private static NTSTATUS Bus_SystemControl(DEVICE_OBJECT DeviceObject, IRP Irp)
    {
        if (DeviceObject.Extension<COMMON_DEVICE_DATA>() is FDO_DEVICE_DATA fdoData)
        {
            IoSkipCurrentIrpStackLocation(Irp);
            return IoCallDriver(fdoData.NextLowerDriver, Irp);
        }

        var status = Irp.IoStatus.Status;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return status;
    }

    /// <summary>Every device went at its IRP_MN_REMOVE_DEVICE; nothing is left to free.</summary>
    private static void Bus_DriverUnload(DRIVER_OBJECT DriverObject)
    {
        KdPrint("%s: Unload\n", DriverName);
    }

    /// <summary>The bus's interface, registered on its PDO and enabled at start.</summary>
    private static NTSTATUS RegisterBusInterface(FDO_DEVICE_DATA deviceData) =>
        IoRegisterDeviceInterface(deviceData.UnderlyingPDO, ToasterPublic.GUID_DEVINTERFACE_BUSENUM_TOASTER, null, out deviceData.InterfaceName);
}
