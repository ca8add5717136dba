namespace NtSim;

public static partial class Wdf
{
    /// <summary>sizeof(WDF_QUERY_INTERFACE_CONFIG) on x64.</summary>
    private const uint SizeOfQueryInterfaceConfig = 0x30;

    /// <summary>WDF_QUERY_INTERFACE_CONFIG_INIT: the interface, its GUID and the optional callback; not imported,
    /// not sent to the parent stack.</summary>
    public static void WDF_QUERY_INTERFACE_CONFIG_INIT(out WDF_QUERY_INTERFACE_CONFIG InterfaceConfig, INTERFACE? Interface, in Guid InterfaceType,
        EVT_WDF_DEVICE_PROCESS_QUERY_INTERFACE_REQUEST? EvtDeviceProcessQueryInterfaceRequest) =>
        InterfaceConfig = new WDF_QUERY_INTERFACE_CONFIG
        {
            Size = SizeOfQueryInterfaceConfig,
            Interface = Interface,
            InterfaceType = InterfaceType,
            EvtDeviceProcessQueryInterfaceRequest = EvtDeviceProcessQueryInterfaceRequest,
        };

    /// <summary>WdfDeviceAddQueryInterface: the device answers IRP_MN_QUERY_INTERFACE for the config's GUID.
    /// STATUS_INFO_LENGTH_MISMATCH for a bad Size; STATUS_INVALID_PARAMETER for SendQueryToParentStack on a device
    /// that is no PDO, for no interface with SendQueryToParentStack or ImportInterface, for ImportInterface without a
    /// callback, or for an interface whose Size is less than sizeof(INTERFACE); STATUS_INVALID_DEVICE_REQUEST for a
    /// control device.</summary>
    public static NTSTATUS WdfDeviceAddQueryInterface(WDFDEVICE Device, WDF_QUERY_INTERFACE_CONFIG InterfaceConfig)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfDeviceAddQueryInterface);
        var device = FxHandles.Resolve<FxDevice>(thread, Device.Target, FxObjectType.Device, nameof(WdfDeviceAddQueryInterface));
        if (InterfaceConfig is null)
        {
            FxHandles.RequiredNull(thread, device.Globals, nameof(WdfDeviceAddQueryInterface), nameof(InterfaceConfig));
        }

        var status = ValidateQueryInterface(device, InterfaceConfig);
        if (!Wdm.NT_SUCCESS(status))
        {
            device.Globals.Log.Add("FxDevice::AddQueryInterface", $"WDFDEVICE 0x{device.Handle:x16} {NtNames.Format(status)}");
            return status;
        }

        device.Pnp.AddQueryInterface(new FxQueryInterface(InterfaceConfig));
        return Wdm.STATUS_SUCCESS;
    }

    /// <summary>WdfFdoQueryForInterface: sends IRP_MN_QUERY_INTERFACE to the top of the device's stack and returns its
    /// status; on success <paramref name="Interface"/> holds what a driver filled in (and a reference to release).</summary>
    public static NTSTATUS WdfFdoQueryForInterface(WDFDEVICE Fdo, in Guid InterfaceType, INTERFACE Interface, ushort Size, ushort Version,
        object? InterfaceSpecificData)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfFdoQueryForInterface);
        var device = FxHandles.Resolve<FxDevice>(thread, Fdo.Target, FxObjectType.Device, nameof(WdfFdoQueryForInterface));
        if (Interface is null)
        {
            FxHandles.RequiredNull(thread, device.Globals, nameof(WdfFdoQueryForInterface), nameof(Interface));
        }

        if (device.IsControlDevice)
        {
            return Wdm.STATUS_INVALID_DEVICE_REQUEST;
        }

        return device.Pnp.QueryForInterface(thread, InterfaceType, Interface, Size, Version, InterfaceSpecificData);
    }

    private static NTSTATUS ValidateQueryInterface(FxDevice device, WDF_QUERY_INTERFACE_CONFIG config)
    {
        if (device.IsControlDevice)
        {
            return Wdm.STATUS_INVALID_DEVICE_REQUEST;
        }

        if (config.Size != SizeOfQueryInterfaceConfig)
        {
            return Wdm.STATUS_INFO_LENGTH_MISMATCH;
        }

        // The framework makes no PDOs yet: every device here is a function or filter device.
        if (config.SendQueryToParentStack)
        {
            return Wdm.STATUS_INVALID_PARAMETER;
        }

        if (config.Interface is null ? config.ImportInterface : config.Interface.Size < FxQueryInterface.SizeOfInterface)
        {
            return Wdm.STATUS_INVALID_PARAMETER;
        }

        return config.ImportInterface && config.EvtDeviceProcessQueryInterfaceRequest is null ? Wdm.STATUS_INVALID_PARAMETER : Wdm.STATUS_SUCCESS;
    }
}
