using System.Collections.Concurrent;
using static NtSim.Wdf;
using static NtSim.Wdm;

namespace NtSim.WdfTests.Drivers;

/// <summary>The device context of <see cref="ObjectsDriver"/>: what its callbacks saw.</summary>
public sealed class OBJECTS_CONTEXT
{
    public List<string> Events = [];
    public List<NTSTATUS> Statuses = [];
    public Dictionary<string, object> Objects = [];
    public int Counter;
    public bool Inside;
    public int Overlaps;
    public int TimerRuns;
    public int Requests;
}

/// <summary>What one test asks of <see cref="ObjectsDriver"/>: the device's synchronization scope
/// and execution level, the default queue's dispatch type, and the code to run in EvtDeviceAdd
/// (before WdfDeviceCreate, its events kept in the context, and after it),
/// after the device started (EvtDeviceSelfManagedIoInit) and in EvtIoDeviceControl.</summary>
public sealed class ObjectsScenario
{
    public WDF_SYNCHRONIZATION_SCOPE Scope = WDF_SYNCHRONIZATION_SCOPE.WdfSynchronizationScopeInheritFromParent;
    public WDF_EXECUTION_LEVEL Level = WDF_EXECUTION_LEVEL.WdfExecutionLevelInheritFromParent;
    public WDF_IO_QUEUE_DISPATCH_TYPE DispatchType = WDF_IO_QUEUE_DISPATCH_TYPE.WdfIoQueueDispatchSequential;
    public Action<WDFDEVICE_INIT, List<string>>? OnInit;
    public Action<WDFDEVICE, WDFQUEUE, OBJECTS_CONTEXT>? OnAdd;
    public Action<WDFDEVICE, OBJECTS_CONTEXT>? OnStart;
    public Action<WDFQUEUE, WDFREQUEST, OBJECTS_CONTEXT>? OnIoctl;
}

/// <summary>
/// A PnP KMDF driver for the object DDIs' tests (locks, timers, work items, DPCs, collections,
/// strings, registry): a default queue whose EvtIoDeviceControl runs the test's code and completes
/// the request. The test's scenario is found by the service name the driver is installed under.
/// </summary>
public sealed class ObjectsDriver : IDriver
{
    public static readonly Guid Interface = new("0d5e6f3a-7c1b-4f47-9a59-2c0f7e6b9d21");

    private static readonly ConcurrentDictionary<string, ObjectsScenario> s_scenarios = new(StringComparer.OrdinalIgnoreCase);

    private static readonly PFN_WDF_GET_CONTEXT<OBJECTS_CONTEXT> ObjectsGetContext = WDF_DECLARE_CONTEXT_TYPE_WITH_NAME<OBJECTS_CONTEXT>();

    /// <summary>Names the scenario a driver installed as <paramref name="service"/> runs.</summary>
    public static void Register(string service, ObjectsScenario scenario) => s_scenarios[service] = scenario;

    public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
    {
        WDF_DRIVER_CONFIG_INIT(out var config, ObjectsEvtDeviceAdd);
        return WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, config, out _);
    }

    private static ObjectsScenario ScenarioOf(WDFDRIVER driver)
    {
        var path = WdfDriverGetRegistryPath(driver);
        return s_scenarios[path[(path.LastIndexOf('\\') + 1)..]];
    }

    private static NTSTATUS ObjectsEvtDeviceAdd(WDFDRIVER Driver, WDFDEVICE_INIT DeviceInit)
    {
        var scenario = ScenarioOf(Driver);
        WDF_PNPPOWER_EVENT_CALLBACKS_INIT(out var pnp);
        pnp.EvtDeviceSelfManagedIoInit = device =>
        {
            scenario.OnStart?.Invoke(device, ObjectsGetContext(device)!);
            return STATUS_SUCCESS;
        };
        WdfDeviceInitSetPnpPowerEventCallbacks(DeviceInit, pnp);
        var initEvents = new List<string>();
        scenario.OnInit?.Invoke(DeviceInit, initEvents);

        WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE<OBJECTS_CONTEXT>(out var attributes);
        attributes.SynchronizationScope = scenario.Scope;
        attributes.ExecutionLevel = scenario.Level;
        var status = WdfDeviceCreate(ref DeviceInit, attributes, out var device);
        if (!NT_SUCCESS(status))
        {
            return status;
        }

        ObjectsGetContext(device)!.Events.AddRange(initEvents);
        WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(out var queueConfig, scenario.DispatchType);
        queueConfig.EvtIoDeviceControl = (queue, request, _, _, _) =>
        {
            var context = ObjectsGetContext(WdfIoQueueGetDevice(queue))!;
            scenario.OnIoctl?.Invoke(queue, request, context);
            WdfRequestComplete(request, STATUS_SUCCESS);
        };
        status = WdfIoQueueCreate(device, queueConfig, WDF_NO_OBJECT_ATTRIBUTES, out var defaultQueue);
        if (!NT_SUCCESS(status))
        {
            return status;
        }

        scenario.OnAdd?.Invoke(device, defaultQueue, ObjectsGetContext(device)!);
        return WdfDeviceCreateDeviceInterface(device, Interface, null);
    }
}
