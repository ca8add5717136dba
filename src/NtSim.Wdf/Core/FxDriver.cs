namespace NtSim;

/// <summary>
/// The framework's driver object (FxDriver): the root of the driver's object tree, its
/// configuration, and the WDM entry points the framework puts in the DRIVER_OBJECT: every major
/// function goes to <see cref="FxDispatch.Dispatch"/>, AddDevice to <see cref="AddDevice"/>.
/// </summary>
internal sealed class FxDriver : FxObject
{
    private FxDriver(FxDriverGlobals globals, WDF_DRIVER_CONFIG config)
        : base(globals, FxObjectType.Driver) => Config = config;

    internal WDF_DRIVER_CONFIG Config { get; }

    internal bool IsNonPnp => (Config.DriverInitFlags & WDF_DRIVER_INIT_FLAGS.WdfDriverInitNonPnpDriver) != 0;

    internal override bool DriverMayDelete => false;

    /// <summary>The driver's synchronization scope (default None) and execution level (default Dispatch).</summary>
    internal WDF_SYNCHRONIZATION_SCOPE ResolvedScope =>
        SynchronizationScope is WDF_SYNCHRONIZATION_SCOPE.WdfSynchronizationScopeInheritFromParent ? WDF_SYNCHRONIZATION_SCOPE.WdfSynchronizationScopeNone : SynchronizationScope;

    internal WDF_EXECUTION_LEVEL ResolvedLevel =>
        ExecutionLevel is WDF_EXECUTION_LEVEL.WdfExecutionLevelInheritFromParent ? WDF_EXECUTION_LEVEL.WdfExecutionLevelDispatch : ExecutionLevel;

    internal override FxObject? DefaultParent => null;

    /// <summary>The framework driver of a WDM driver object, or null.</summary>
    internal static FxDriver? Of(DRIVER_OBJECT driverObject) =>
        (driverObject.ClientExtensions.Get(typeof(FxDriverSlot)) as FxDriverSlot)?.Globals?.Driver;

    internal static NTSTATUS Create(KTHREAD thread, DRIVER_OBJECT driverObject, string registryPath, WDF_OBJECT_ATTRIBUTES? attributes,
        WDF_DRIVER_CONFIG config, out FxDriver? driver)
    {
        driver = null;
        if (config.Size != WDF_DRIVER_CONFIG.SizeOfStruct)
        {
            return Wdm.STATUS_INFO_LENGTH_MISMATCH;
        }

        var slot = driverObject.ClientExtensions.Allocate<FxDriverSlot>(typeof(FxDriverSlot));
        if (slot is null)
        {
            // WdfDriverCreate twice.
            return Wdm.STATUS_OBJECT_NAME_COLLISION;
        }

        var library = FxLibrary.Of(thread.Machine);
        var globals = new FxDriverGlobals(thread, library, driverObject, registryPath);
        if (config.DriverPoolTag != 0)
        {
            globals.PoolTag = config.DriverPoolTag;
        }

        var created = new FxDriver(globals, config);
        globals.Driver = created;
        var status = created.Commit(thread, attributes);
        if (!Wdm.NT_SUCCESS(status))
        {
            globals.Driver = null;
            return status;
        }

        slot.Globals = globals;
        library.Bind(globals);
        created.TakeDispatchTable(driverObject);
        globals.Log.Add("FxDriver::Initialize", $"WDFDRIVER 0x{created.Handle:x16} created for {driverObject.DriverName}");
        driver = created;
        return Wdm.STATUS_SUCCESS;
    }

    private void TakeDispatchTable(DRIVER_OBJECT driverObject)
    {
        if ((Config.DriverInitFlags & WDF_DRIVER_INIT_FLAGS.WdfDriverInitNoDispatchOverride) == 0)
        {
            for (var major = 0; major < driverObject.MajorFunction.Length; major++)
            {
                driverObject.MajorFunction[major] = FxDispatch.Dispatch;
            }
        }

        if (IsNonPnp)
        {
            driverObject.DriverExtension.AddDevice = null;
            if (Config.EvtDriverUnload is not null)
            {
                driverObject.DriverUnload = Unload;
            }
        }
        else
        {
            driverObject.DriverExtension.AddDevice = AddDevice;
            driverObject.DriverUnload = Unload;
        }
    }

    /// <summary>The framework's AddDevice: a WDFDEVICE_INIT for the new device, then EvtDriverDeviceAdd.</summary>
    private static NTSTATUS AddDevice(DRIVER_OBJECT driverObject, DEVICE_OBJECT physicalDeviceObject)
    {
        var thread = KTHREAD.Current!;
        var driver = Of(driverObject)!;
        if (driver.Config.EvtDriverDeviceAdd is not { } deviceAdd)
        {
            return Wdm.STATUS_SUCCESS;
        }

        var init = WDFDEVICE_INIT.ForFdo(driver, physicalDeviceObject);
        NTSTATUS status;
        using (driver.Globals.EnterClient(thread))
        {
            status = deviceAdd(new WDFDRIVER(driver), init);
        }

        driver.Globals.Log.Add("FxDriver::AddDevice", $"EvtDriverDeviceAdd returned {NtNames.Format(status)}");
        if (Wdm.NT_SUCCESS(status) && init.CreatedDevice is null)
        {
            // EvtDriverDeviceAdd succeeded without WdfDeviceCreate: nothing is attached, so the add fails.
            status = Wdm.STATUS_UNSUCCESSFUL;
        }

        if (!Wdm.NT_SUCCESS(status) && init.CreatedDevice is { } device)
        {
            device.DeleteAfterFailedAdd(thread);
        }

        return status;
    }

    /// <summary>The framework's DriverUnload: EvtDriverUnload, then the driver's object tree.</summary>
    private static void Unload(DRIVER_OBJECT driverObject)
    {
        var thread = KTHREAD.Current!;
        var driver = Of(driverObject)!;
        if (driver.Config.EvtDriverUnload is { } unload)
        {
            using (driver.Globals.EnterClient(thread))
            {
                unload(new WDFDRIVER(driver));
            }
        }

        driver.Globals.Log.Add("FxDriver::Unload", $"WDFDRIVER 0x{driver.Handle:x16} unloading");
        driver.DisposeTree(thread);
        driver.Globals.Library.Unbind(driver.Globals);
    }

    /// <summary>Deletes the driver object and everything under it, as the framework does at unload.</summary>
    internal void DisposeTree(KTHREAD thread) => Delete(thread);

    /// <summary>Holds the globals in the driver object's extension (as KMDF keeps its driver there).</summary>
    internal sealed class FxDriverSlot
    {
        internal FxDriverGlobals? Globals { get; set; }
    }
}
