using System.Diagnostics;

namespace NtSim;

/// <summary>
/// The framework's device object (FxDevice) over one WDM DEVICE_OBJECT: a control device, or a
/// function or filter device attached over a PDO. It owns the I/O, general and PnP packages
/// (FxPkgIo, FxPkgGeneral, FxPkgPnp) that every IRP to the device goes through, and, under device
/// synchronization scope, the callback lock its queues share.
/// </summary>
[DebuggerDisplay("WDFDEVICE {DeviceObject.Describe(),nq}")]
internal sealed partial class FxDevice : FxObject
{
    private FxDevice(FxDriverGlobals globals, WDFDEVICE_INIT init, DEVICE_OBJECT deviceObject)
        : base(globals, FxObjectType.Device)
    {
        Driver = init.Driver;
        DeviceObject = deviceObject;
        PhysicalDevice = init.PhysicalDevice;
        IsControlDevice = init.IsControlDevice;
        IsFilter = init.IsFilter;
        IoType = init.IoType;
        Io = new FxPkgIo(this, init);
        General = new FxPkgGeneral(this, init);
        Pnp = new FxPkgPnp(this, init);
        Preprocess = init.Preprocess;
        Requests = new FxRequestLookaside(this, init.RequestAttributes);
        Shutdown = init.Shutdown?.Callback;
    }

    /// <summary>A control device's shutdown notification (WdfControlDeviceInitSetShutdownNotification).</summary>
    internal EVT_WDF_DEVICE_SHUTDOWN_NOTIFICATION? Shutdown { get; }

    internal FxDriver Driver { get; }

    internal DEVICE_OBJECT DeviceObject { get; }

    /// <summary>The device this one is attached to (the next lower device), null for a control device.</summary>
    internal DEVICE_OBJECT? AttachedDevice { get; private set; }

    internal DEVICE_OBJECT? PhysicalDevice { get; }

    internal bool IsControlDevice { get; }

    internal bool IsFilter { get; }

    internal WDF_DEVICE_IO_TYPE IoType { get; }

    internal FxPkgIo Io { get; }

    internal FxPkgGeneral General { get; }

    internal FxPkgPnp Pnp { get; }

    internal FxPreprocessTable Preprocess { get; }

    /// <summary>The requests the framework wraps the device's IRPs in, recycled.</summary>
    internal FxRequestLookaside Requests { get; }

    /// <summary>The device's callback lock (device synchronization scope), else null.</summary>
    internal FxCallbackLock? CallbackLock { get; private set; }

    /// <summary>The resolved scope and level (inherited from the driver when not given).</summary>
    internal WDF_SYNCHRONIZATION_SCOPE Scope { get; private set; }

    internal WDF_EXECUTION_LEVEL Level { get; private set; }

    /// <summary>A control device is deleted by its driver (and must be); a PnP device by the framework at removal.</summary>
    internal override bool DriverMayDelete => IsControlDevice;

    /// <summary>The framework device of a WDM device object the framework made, or null.</summary>
    internal static FxDevice? Of(DEVICE_OBJECT deviceObject) => deviceObject.TypedExtension as FxDevice;

    internal static NTSTATUS Create(KTHREAD thread, WDFDEVICE_INIT init, WDF_OBJECT_ATTRIBUTES? attributes, out FxDevice? device)
    {
        device = null;
        var globals = init.Driver.Globals;
        var driverObject = globals.DriverObject;
        UNICODE_STRING? name = init.Name is null ? (UNICODE_STRING?)null : new UNICODE_STRING(init.Name);
        var status = Wdm.IoCreateDevice(driverObject, 0, name, init.DeviceType, init.Characteristics, init.Exclusive, out var deviceObject);
        if (!Wdm.NT_SUCCESS(status))
        {
            return status;
        }

        var created = new FxDevice(globals, init, deviceObject!);
        status = created.Commit(thread, attributes, init.Driver);
        if (!Wdm.NT_SUCCESS(status))
        {
            Wdm.IoDeleteDevice(deviceObject!);
            return status;
        }

        deviceObject!.TypedExtension = created;
        created.ResolveSynchronization(init.Driver);
        created.SetIoFlags();
        if (init.PhysicalDevice is { } pdo)
        {
            var lower = Wdm.IoAttachDeviceToDeviceStack(deviceObject, pdo);
            if (lower is null)
            {
                created.Delete(thread);
                return Wdm.STATUS_NO_SUCH_DEVICE;
            }

            created.AttachedDevice = lower;
        }

        created.CreateLocalTarget(thread);
        created.Io.OnDeviceCreated(thread);
        if (created.Shutdown is not null)
        {
            // The framework registers the control device for IRP_MJ_SHUTDOWN and calls the driver back from
            // it. The kernel has one shutdown phase: a last-chance registration is told in it too.
            Wdm.IoRegisterShutdownNotification(deviceObject);
        }

        init.CreatedDevice = created;
        if (!init.IsControlDevice)
        {
            // A PnP device is ready once AddDevice returns (FxDevice::FinishInitializing).
            deviceObject.Flags &= ~Wdm.DO_DEVICE_INITIALIZING;
        }

        globals.Log.Add("FxDevice::Initialize", $"WDFDEVICE 0x{created.Handle:x16} !devobj 0x{deviceObject.ObjectAddress:x16} created");
        device = created;
        return Wdm.STATUS_SUCCESS;
    }

    private void ResolveSynchronization(FxDriver driver)
    {
        Scope = SynchronizationScope == WDF_SYNCHRONIZATION_SCOPE.WdfSynchronizationScopeInheritFromParent
            ? driver.ResolvedScope
            : SynchronizationScope;
        Level = ExecutionLevel == WDF_EXECUTION_LEVEL.WdfExecutionLevelInheritFromParent ? driver.ResolvedLevel : ExecutionLevel;
        if (Scope == WDF_SYNCHRONIZATION_SCOPE.WdfSynchronizationScopeDevice)
        {
            CallbackLock = new FxCallbackLock(this, Level == WDF_EXECUTION_LEVEL.WdfExecutionLevelPassive);
        }
    }

    private void SetIoFlags()
    {
        // A filter takes the lower driver's buffering (WdfDeviceInitSetIoType is ignored for it).
        var ioType = IsFilter && PhysicalDevice is { } pdo
            ? (Wdm.IoGetAttachedDevice(pdo).Flags & (Wdm.DO_BUFFERED_IO | Wdm.DO_DIRECT_IO))
            : IoType switch
            {
                WDF_DEVICE_IO_TYPE.WdfDeviceIoDirect => Wdm.DO_DIRECT_IO,
                WDF_DEVICE_IO_TYPE.WdfDeviceIoNeither => 0u,
                _ => Wdm.DO_BUFFERED_IO,
            };
        DeviceObject.Flags |= ioType | Wdm.DO_POWER_PAGABLE;
    }

    /// <summary>EvtDriverDeviceAdd failed after WdfDeviceCreate: the framework undoes the device.</summary>
    internal void DeleteAfterFailedAdd(KTHREAD thread)
    {
        Delete(thread);
    }

    protected override void OnDispose(KTHREAD thread)
    {
        Io.OnDeviceDeleted(thread);
        General.OnDeviceDeleted(thread);
    }

    protected override void OnDestroy(KTHREAD thread)
    {
        Requests.Drain(thread);
        var deviceObject = DeviceObject;
        if (AttachedDevice is not null)
        {
            Wdm.IoDetachDevice(AttachedDevice);
            AttachedDevice = null;
        }

        General.DeleteSymbolicLink();
        if (Shutdown is not null)
        {
            Wdm.IoUnregisterShutdownNotification(deviceObject);
        }

        deviceObject.TypedExtension = null;
        Wdm.IoDeleteDevice(deviceObject);
    }
}
