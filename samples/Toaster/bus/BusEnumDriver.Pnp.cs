using static NtSim.Wdm;

namespace NtSim.Samples.Toaster.Bus;

public sealed partial class BusEnumDriver
{
    /// <summary>IRP_MJ_PNP: the FDO and the PDOs handle it differently (Bus_FDO_PnP, Bus_PDO_PnP).</summary>
    private NTSTATUS Bus_PnP(DEVICE_OBJECT DeviceObject, IRP Irp)
    {
        var stack = IoGetCurrentIrpStackLocation(Irp);
        return DeviceObject.Extension<COMMON_DEVICE_DATA>() switch
        {
            FDO_DEVICE_DATA fdoData => Bus_FDO_PnP(DeviceObject, Irp, stack, fdoData),
            PDO_DEVICE_DATA pdoData => Bus_PDO_PnP(DeviceObject, Irp, stack, pdoData),
            _ => throw new InvalidOperationException("Bus_PnP: a device without bus device data."),
        };
    }
}
