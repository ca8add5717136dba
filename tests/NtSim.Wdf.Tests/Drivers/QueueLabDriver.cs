using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using static NtSim.Wdf;
using static NtSim.Wdm;

namespace NtSim.WdfTests.Drivers;

/// <summary>
/// What a queue test's driver does, given by the test: <see cref="Setup"/> makes the queues of the
/// device (the handlers are the test's lambdas), and the lab keeps what the handlers saw. One lab
/// per machine, so tests and explored schedules do not share one.
/// </summary>
public sealed class QueueLab
{
    private static readonly ConditionalWeakTable<Machine, QueueLab> s_labs = new();

    private QueueLab(Action<QueueLab> setup, bool pnp, WDF_SYNCHRONIZATION_SCOPE scope)
    {
        Setup = setup;
        Pnp = pnp;
        Scope = scope;
    }

    public Action<QueueLab> Setup { get; }

    /// <summary>A root-enumerated PnP device (power-managed queues); else a control device of a non-PnP driver.</summary>
    public bool Pnp { get; }

    public WDF_SYNCHRONIZATION_SCOPE Scope { get; }

    public WDFDEVICE Device { get; internal set; }

    /// <summary>What the handlers and callbacks saw, in order.</summary>
    public List<string> Log { get; } = [];

    /// <summary>Queues by the names the setup gave them.</summary>
    public Dictionary<string, WDFQUEUE> Queues { get; } = [];

    /// <summary>Requests the "driver" keeps (presented and not completed yet).</summary>
    public List<WDFREQUEST> Held { get; } = [];

    /// <summary>The device path a client opens.</summary>
    public const string Win32Path = @"\\.\QueueLab";

    public static QueueLab Attach(Machine machine, Action<QueueLab> setup, bool pnp = false,
        WDF_SYNCHRONIZATION_SCOPE scope = WDF_SYNCHRONIZATION_SCOPE.WdfSynchronizationScopeInheritFromParent)
    {
        var lab = new QueueLab(setup, pnp, scope);
        s_labs.Add(machine, lab);
        return lab;
    }

    internal static QueueLab Of(WDFDRIVER driver) =>
        s_labs.TryGetValue(((FxDriver)driver.Target!).Globals.Machine, out var lab) ? lab : throw new InvalidOperationException("no queue lab on this machine");

    /// <summary>The lab's device, named, with its symbolic link and the setup's queues.</summary>
    internal static NTSTATUS CreateDevice(QueueLab lab, [AllowNull] ref WDFDEVICE_INIT init)
    {
        WdfDeviceInitAssignName(init!, new UNICODE_STRING(@"\Device\QueueLab"));
        WDF_OBJECT_ATTRIBUTES_INIT(out var attributes);
        attributes.SynchronizationScope = lab.Scope;
        var status = WdfDeviceCreate(ref init, attributes, out var device);
        if (!NT_SUCCESS(status))
        {
            return status;
        }

        lab.Device = device;
        status = WdfDeviceCreateSymbolicLink(device, new UNICODE_STRING(@"\DosDevices\QueueLab"));
        if (!NT_SUCCESS(status))
        {
            return status;
        }

        lab.Setup(lab);
        return STATUS_SUCCESS;
    }

    /// <summary>Installs and starts the lab driver: a non-PnP service, or a root device for a PnP lab. Returns the device's instance path for PnP.</summary>
    public static string? Start(Machine machine, Action<QueueLab> setup, bool pnp = false,
        WDF_SYNCHRONIZATION_SCOPE scope = WDF_SYNCHRONIZATION_SCOPE.WdfSynchronizationScopeInheritFromParent)
    {
        Attach(machine, setup, pnp, scope);
        if (pnp)
        {
            return KmdfRig.InstallRootDevice<QueueLabPnpDriver>(machine, "QueueLab");
        }

        machine.Services.Install<QueueLabDriver>("QueueLab");
        KmdfRig.ReportWithoutBreak(machine, "QueueLab");
        var status = machine.Services.Start("QueueLab");
        Assert.Equal(RunStatus.Completed, status);
        return null;
    }

    /// <summary>A queue of the lab's device; its handlers log "<paramref name="name"/>:read" etc. and keep the request.</summary>
    public WDFQUEUE CreateQueue(string name, WDF_IO_QUEUE_CONFIG config, WDF_OBJECT_ATTRIBUTES? attributes = null)
    {
        var status = WdfIoQueueCreate(Device, config, attributes, out var queue);
        Assert.Equal(STATUS_SUCCESS, status);
        Queues[name] = queue;
        return queue;
    }

    /// <summary>A handler that logs the request's arrival and keeps it.</summary>
    public EVT_WDF_IO_QUEUE_IO_READ Keep(string name) => (queue, request, length) =>
    {
        Log.Add($"{name}:read");
        Held.Add(request);
    };

    /// <summary>Completes the oldest kept request with <paramref name="status"/>.</summary>
    public void CompleteOldest(NTSTATUS status, bool unmark = false)
    {
        var request = Held[0];
        Held.RemoveAt(0);
        if (unmark)
        {
            Assert.Equal(STATUS_SUCCESS, WdfRequestUnmarkCancelable(request));
        }

        WdfRequestComplete(request, status);
    }

    /// <summary>A state-change callback that logs <paramref name="what"/>.</summary>
    public EVT_WDF_IO_QUEUE_STATE Note(string what) => (queue, context) => Log.Add(what);
}

/// <summary>The test queues' non-PnP driver: one control device (\Device\QueueLab, \DosDevices\QueueLab)
/// whose queues <see cref="QueueLab.Setup"/> makes.</summary>
public sealed class QueueLabDriver : IDriver
{
    public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
    {
        WDF_DRIVER_CONFIG_INIT(out var config, null);
        config.DriverInitFlags |= WdfDriverInitNonPnpDriver;
        var status = WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, config, out var driver);
        if (!NT_SUCCESS(status))
        {
            return status;
        }

        var lab = QueueLab.Of(driver);
        var init = WdfControlDeviceInitAllocate(driver, new UNICODE_STRING("D:P(A;;GA;;;WD)"));
        status = QueueLab.CreateDevice(lab, ref init);
        if (NT_SUCCESS(status))
        {
            WdfControlFinishInitializing(lab.Device);
        }

        return status;
    }
}

/// <summary>The same lab as a PnP function driver of a root device (its queues are power managed).</summary>
public sealed class QueueLabPnpDriver : IDriver
{
    public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
    {
        WDF_DRIVER_CONFIG_INIT(out var config, QueueLabEvtDeviceAdd);
        return WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, config, out _);
    }

    private static NTSTATUS QueueLabEvtDeviceAdd(WDFDRIVER Driver, WDFDEVICE_INIT DeviceInit)
    {
        return QueueLab.CreateDevice(QueueLab.Of(Driver), ref DeviceInit);
    }
}
