using static NtSim.Wdm;

namespace NtSim.Samples.Toaster.Filter;

/// <summary>
/// A generic WDM filter: attached above or below the toaster FDO (the INF names it in UpperFilters
/// or LowerFilters), it passes every IRP down untouched and counts them by major function; at
/// IRP_MN_REMOVE_DEVICE it prints the counts. The same source builds devupper and devlower: a
/// driver image is loaded once, so two roles need two images.
/// </summary>
public sealed class FilterDriver : IDriver
{
    private static readonly uint FilterPoolTag = TAG("Filt");
    private string _name = "Filter";

    public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
    {
        _name = DriverObject.DriverExtension.ServiceKeyName.ToString();
        for (var major = 0; major <= IRP_MJ_MAXIMUM_FUNCTION; major++)
        {
            DriverObject.MajorFunction[major] = FilterPass;
        }

        DriverObject.MajorFunction[IRP_MJ_PNP] = FilterDispatchPnp;
        DriverObject.DriverExtension.AddDevice = FilterAddDevice;
        DriverObject.DriverUnload = FilterUnload;
        return STATUS_SUCCESS;
    }

    /// <summary>Attach a filter device to the stack as it is now (above the PDO and what is on it),
    /// with the type, characteristics and I/O flags of the device below it.</summary>
    private NTSTATUS FilterAddDevice(DRIVER_OBJECT DriverObject, DEVICE_OBJECT PhysicalDeviceObject)
    {
        var below = IoGetAttachedDeviceReference(PhysicalDeviceObject);
        var deviceType = below.DeviceType;
        var characteristics = below.Characteristics;
        ObDereferenceObject(below);

        var status = IoCreateDevice<FILTER_DATA>(DriverObject, null, deviceType, characteristics, false, out var deviceObject);
        if (!NT_SUCCESS(status))
        {
            return status;
        }

        var data = deviceObject!.Extension<FILTER_DATA>();
        data.Self = deviceObject;
        IoInitializeRemoveLock(data.RemoveLock, FilterPoolTag, 1, 100);
        var lower = IoAttachDeviceToDeviceStack(deviceObject, PhysicalDeviceObject);
        if (lower is null)
        {
            IoDeleteDevice(deviceObject);
            return STATUS_UNSUCCESSFUL;
        }

        data.NextLowerDriver = lower;
        // A filter must look like the device below it to the I/O manager (buffered or direct I/O, power pageable).
        deviceObject.Flags |= lower.Flags & (DO_BUFFERED_IO | DO_DIRECT_IO | DO_POWER_PAGABLE);
        deviceObject.Flags &= ~DO_DEVICE_INITIALIZING;
        KdPrint("%s: AddDevice\n", _name);
        return STATUS_SUCCESS;
    }

    /// <summary>Every IRP but PnP: count it and pass it down as it is.</summary>
    private static NTSTATUS FilterPass(DEVICE_OBJECT DeviceObject, IRP Irp)
    {
        var data = DeviceObject.Extension<FILTER_DATA>();
        Interlocked.Increment(ref data.Counts[IoGetCurrentIrpStackLocation(Irp).MajorFunction]);
        var status = IoAcquireRemoveLock(data.RemoveLock, Irp);
        if (!NT_SUCCESS(status))
        {
            Irp.IoStatus.Status = status;
            Irp.IoStatus.Information = 0;
            IoCompleteRequest(Irp, IO_NO_INCREMENT);
            return status;
        }

        IoSkipCurrentIrpStackLocation(Irp);
        status = IoCallDriver(data.NextLowerDriver, Irp);
        IoReleaseRemoveLock(data.RemoveLock, Irp);
        return status;
    }

    /// <summary>PnP: passed down like the rest; at IRP_MN_REMOVE_DEVICE the filter waits for its
    /// requests in flight, prints its counts, detaches and deletes its device.</summary>
    private NTSTATUS FilterDispatchPnp(DEVICE_OBJECT DeviceObject, IRP Irp)
    {
        var data = DeviceObject.Extension<FILTER_DATA>();
        Interlocked.Increment(ref data.Counts[IRP_MJ_PNP]);
        var status = IoAcquireRemoveLock(data.RemoveLock, Irp);
        if (!NT_SUCCESS(status))
        {
            Irp.IoStatus.Status = status;
            IoCompleteRequest(Irp, IO_NO_INCREMENT);
            return status;
        }

        if (IoGetCurrentIrpStackLocation(Irp).MinorFunction != IRP_MN_REMOVE_DEVICE)
        {
            IoSkipCurrentIrpStackLocation(Irp);
            status = IoCallDriver(data.NextLowerDriver, Irp);
            IoReleaseRemoveLock(data.RemoveLock, Irp);
            return status;
        }

        IoSkipCurrentIrpStackLocation(Irp);
        status = IoCallDriver(data.NextLowerDriver, Irp);
        IoReleaseRemoveLockAndWait(data.RemoveLock, Irp);
        KdPrint("%s: removed; IRPs seen: %s\n", _name, FormatCounts(data.Counts));
        IoDetachDevice(data.NextLowerDriver);
        IoDeleteDevice(DeviceObject);
        return status;
    }

    /// <summary>"IRP_MJ_CREATE=1 IRP_MJ_READ=3 IRP_MJ_PNP=14": the major functions seen at least once.</summary>
    private static string FormatCounts(int[] counts) =>
        string.Join(" ", counts.Select((count, major) => (count, major)).Where(c => c.count > 0)
            .Select(c => $"{MajorName(c.major)}={c.count}"));

    private static string MajorName(int major) => major switch
    {
        IRP_MJ_CREATE => "IRP_MJ_CREATE",
        IRP_MJ_CLOSE => "IRP_MJ_CLOSE",
        IRP_MJ_READ => "IRP_MJ_READ",
        IRP_MJ_WRITE => "IRP_MJ_WRITE",
        IRP_MJ_DEVICE_CONTROL => "IRP_MJ_DEVICE_CONTROL",
        IRP_MJ_CLEANUP => "IRP_MJ_CLEANUP",
        IRP_MJ_POWER => "IRP_MJ_POWER",
        IRP_MJ_SYSTEM_CONTROL => "IRP_MJ_SYSTEM_CONTROL",
        IRP_MJ_PNP => "IRP_MJ_PNP",
        _ => $"IRP_MJ_0x{major:x2}",
    };

    private void FilterUnload(DRIVER_OBJECT DriverObject)
    {
        KdPrint("%s: Unload\n", _name);
    }
}
