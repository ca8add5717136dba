namespace NtSim;

/// <summary>IopLoadDriver / IopUnloadDriver for a driver whose DriverEntry is at hand: creates
/// \Driver\&lt;Name&gt;, calls DriverEntry at PASSIVE_LEVEL, and on failure leaves nothing behind.</summary>
internal static class DriverLoader
{
    internal static NTSTATUS Load(KTHREAD thread, string name, DRIVER_INITIALIZE entry, KernelModule module, string registryPath, out DRIVER_OBJECT? driver,
        DriverImage? image = null)
    {
        var machine = thread.Machine;
        driver = new DRIVER_OBJECT(machine, name, module) { DriverInit = entry, Image = image };
        driver.DriverExtension.ServiceKeyName = new UNICODE_STRING(name);
        if (image is not null)
        {
            image.Driver = driver;
        }

        var objects = machine.ObjectManager;
        var header = objects.CreateObject(ObjectTypes.Driver, driver, machine.Modules.Kernel, null, 0);
        var captured = new CapturedName(null, @"\Driver\" + name, Wdm.OBJ_PERMANENT | Wdm.OBJ_CASE_INSENSITIVE | Wdm.OBJ_KERNEL_HANDLE);
        var status = objects.InsertObject(header, captured, 0, createHandle: false, keepReference: true, machine.Modules.Kernel, null, 0, out _, out _);
        if (!Wdm.NT_SUCCESS(status))
        {
            driver = null;
            return status;
        }

        if (machine.ProcessNotifications.HasImageRoutines)
        {
            ProcessNotifications.DriverImageLoaded(thread, name, module);
        }

        using (thread.EnterModule(module))
        {
            status = entry(driver, new UNICODE_STRING(registryPath));
        }

        if (!Wdm.NT_SUCCESS(status))
        {
            // DriverEntry failed: the driver object goes away (the driver must have cleaned up).
            if (image is not null)
            {
                image.Report = UnloadLeftovers.Collect(machine, image, driver);
            }

            Discard(machine, driver);
            driver = null;
            return status;
        }

        ReadyDeviceObjects(driver);
        machine.IoManager.Add(driver);
        return status;
    }

    /// <summary>IopReadyDeviceObjects: once DriverEntry succeeds, the I/O manager clears
    /// DO_DEVICE_INITIALIZING on every device the driver created there (a device created in
    /// AddDevice is the driver's to clear). Source: "What does DO_DEVICE_INITIALIZING really do?" (WDK).</summary>
    private static void ReadyDeviceObjects(DRIVER_OBJECT driver)
    {
        for (var device = driver.DeviceObject; device is not null; device = device.NextDevice)
        {
            device.Flags &= ~Wdm.DO_DEVICE_INITIALIZING;
        }
    }

    /// <summary>Calls DriverUnload and removes the driver object.</summary>
    internal static void Unload(KTHREAD thread, DRIVER_OBJECT driver)
    {
        var machine = thread.Machine;
        if (driver.DriverUnload is { } unload)
        {
            using (thread.EnterModule(driver.Module))
            {
                unload(driver);
            }
        }

        machine.IoManager.Remove(driver);
        Discard(machine, driver);
    }

    internal static void Discard(Machine machine, DRIVER_OBJECT driver)
    {
        var header = driver.Header!;
        machine.ObjectManager.MakeTemporary(header);
        machine.ObjectManager.Dereference(header);
    }
}
