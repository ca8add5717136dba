using System.Globalization;

namespace NtSim;

/// <summary>
/// IopUnloadDriver for a driver the service control manager loaded: if a device of the driver has
/// open file objects (ReferenceCount) or a device attached on top, DriverUnload waits until they go
/// (the unload is pending); otherwise DriverUnload runs, what the driver left behind is collected,
/// and the driver object is made temporary and let go (its last reference unloads the image).
/// </summary>
internal static class DriverUnloader
{
    /// <summary>Unloads now (true), or marks the unload pending (false) while a device is in use.</summary>
    internal static bool Unload(KTHREAD thread, DriverImage image)
    {
        var machine = thread.Machine;
        var driver = image.Driver!;
        if (BusyDevices(machine, driver) is { } busy)
        {
            image.UnloadPending = true;
            image.PendingReason = busy;
            return false;
        }

        if (!image.TryBeginUnload())
        {
            return true;
        }

        image.UnloadPending = false;
        if (driver.DriverUnload is { } unload)
        {
            using (thread.EnterModule(driver.Module))
            {
                unload(driver);
            }
        }

        image.Report = UnloadLeftovers.Collect(machine, image, driver);
        machine.IoManager.Remove(driver);
        DriverLoader.Discard(machine, driver);
        return true;
    }

    /// <summary>What keeps IopUnloadDriver from calling DriverUnload: devices with open file objects
    /// or with a device attached; null when there is none.</summary>
    internal static string? BusyDevices(Machine machine, DRIVER_OBJECT driver)
    {
        var busy = new List<string>();
        lock (machine.Scheduler.Lock)
        {
            for (var d = driver.DeviceObject; d is not null; d = d.NextDevice)
            {
                if (Volatile.Read(ref d.ReferenceCount) > 0)
                {
                    busy.Add(string.Create(CultureInfo.InvariantCulture, $"{d.Name ?? "an unnamed device"} has {d.ReferenceCount} open file object(s)"));
                }
                else if (d.AttachedDevice is { } attached)
                {
                    busy.Add($"{attached.Describe()} is attached to {d.Name ?? "an unnamed device"}");
                }
            }
        }

        return busy.Count == 0 ? null : string.Join("; ", busy);
    }

    /// <summary>IopDecrementDeviceObjectRef's end: the file-object close path calls this after it
    /// lowers a device's ReferenceCount, and a pending unload whose devices are all free completes.</summary>
    internal static void DeviceReferenceReleased(KTHREAD thread, DEVICE_OBJECT device)
    {
        if (device.DriverObject.Image is { UnloadPending: true } image && image.Driver == device.DriverObject
            && BusyDevices(thread.Machine, device.DriverObject) is null)
        {
            Unload(thread, image);
        }
    }
}
