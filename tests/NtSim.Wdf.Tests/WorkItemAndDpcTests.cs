using NtSim.Tests;
using NtSim.WdfTests.Drivers;
using static NtSim.Wdf;
using static NtSim.Wdm;

namespace NtSim.WdfTests;

public sealed class WorkItemAndDpcTests
{
    private static WDF_OBJECT_ATTRIBUTES ParentedTo(WDFOBJECT parent)
    {
        WDF_OBJECT_ATTRIBUTES_INIT(out var attributes);
        attributes.ParentObject = parent;
        return attributes;
    }

    [Fact]
    public void WdfWorkItemEnqueue_RunsOnceAtPassive_WhileQueuedIgnoresASecondEnqueue_FlushWaits()
    {
        // One processor held at DISPATCH_LEVEL: no worker thread can take the item between the two enqueues.
        using var machine = MachineAssert.Boot(processors: 1, seed: 21);
        var context = ObjectsRig.Start(machine, nameof(WdfWorkItemEnqueue_RunsOnceAtPassive_WhileQueuedIgnoresASecondEnqueue_FlushWaits), new ObjectsScenario
        {
            OnAdd = (device, queue, c) =>
            {
                WDF_WORKITEM_CONFIG_INIT(out var config, workItem =>
                {
                    c.Counter++;
                    c.Events.Add($"runs at IRQL {(int)KeGetCurrentIrql()}, parent is the device: {WdfWorkItemGetParentObject(workItem) == device}");
                    KeDelayExecutionThread(KernelMode, false, WDF_REL_TIMEOUT_IN_MS(5));
                });
                config.AutomaticSerialization = false;
                c.Statuses.Add(WdfWorkItemCreate(config, ParentedTo(device), out var item));
                c.Objects["item"] = item;
            },
            OnIoctl = (queue, request, c) =>
            {
                var item = (WDFWORKITEM)c.Objects["item"];
                KeRaiseIrql(DISPATCH_LEVEL, out var old);
                WdfWorkItemEnqueue(item);
                WdfWorkItemEnqueue(item);
                KeLowerIrql(old);
                WdfWorkItemFlush(item);
                c.Events.Add($"flushed after {c.Counter} run");
            },
        });

        MachineAssert.Completed(machine, ObjectsRig.Ioctl(machine));
        Assert.Equal([STATUS_SUCCESS], context.Statuses);
        Assert.Equal(["runs at IRQL 0, parent is the device: True", "flushed after 1 run"], context.Events);
    }

    [Fact]
    public void WdfWorkItemCreate_DocumentedFailures_AndSerializationWithAPassiveDevice()
    {
        using var machine = MachineAssert.Boot(seed: 22);
        var context = ObjectsRig.Start(machine, nameof(WdfWorkItemCreate_DocumentedFailures_AndSerializationWithAPassiveDevice), new ObjectsScenario
        {
            Scope = WDF_SYNCHRONIZATION_SCOPE.WdfSynchronizationScopeDevice,
            Level = WDF_EXECUTION_LEVEL.WdfExecutionLevelPassive,
            OnAdd = (device, queue, c) =>
            {
                var deviceLock = ((FxDevice)((WDFOBJECT)device).Target!).CallbackLock!;
                WDF_WORKITEM_CONFIG_INIT(out var config, _ =>
                    c.Events.Add(ReferenceEquals(deviceLock.OwningThread, KeGetCurrentThread()) ? "holds the device lock" : "runs without the device lock"));
                c.Statuses.Add(WdfWorkItemCreate(config, WDF_NO_OBJECT_ATTRIBUTES, out _));
                c.Statuses.Add(WdfWorkItemCreate(config, ParentedTo(WdfGetDriver()), out _));
                c.Statuses.Add(WdfWorkItemCreate(config, ParentedTo(device), out var item));
                c.Objects["item"] = item;
            },
            OnIoctl = (queue, request, c) => WdfWorkItemEnqueue((WDFWORKITEM)c.Objects["item"]),
        });

        MachineAssert.Completed(machine, ObjectsRig.Ioctl(machine));
        MachineAssert.Completed(machine, machine.AdvanceTime(TimeSpan.FromMilliseconds(10)));
        Assert.Equal([STATUS_WDF_PARENT_NOT_SPECIFIED, STATUS_INVALID_DEVICE_REQUEST, STATUS_SUCCESS], context.Statuses);
        Assert.Equal(["holds the device lock"], context.Events);
    }

    [Fact]
    public void WdfWorkItemCreate_AutomaticSerializationWithADispatchDevice_FailsIncompatible()
    {
        using var machine = MachineAssert.Boot(seed: 23);
        var context = ObjectsRig.Start(machine, nameof(WdfWorkItemCreate_AutomaticSerializationWithADispatchDevice_FailsIncompatible), new ObjectsScenario
        {
            Scope = WDF_SYNCHRONIZATION_SCOPE.WdfSynchronizationScopeDevice,
            OnAdd = (device, queue, c) =>
            {
                WDF_WORKITEM_CONFIG_INIT(out var config, _ => { });
                c.Statuses.Add(WdfWorkItemCreate(config, ParentedTo(device), out _));
                config.AutomaticSerialization = false;
                c.Statuses.Add(WdfWorkItemCreate(config, ParentedTo(device), out _));
            },
        });

        Assert.Equal([STATUS_WDF_INCOMPATIBLE_EXECUTION_LEVEL, STATUS_SUCCESS], context.Statuses);
    }

    [Fact]
    public void WdfDpcEnqueue_RunsAtDispatch_OnceQueued_CancelTakesItOut()
    {
        using var machine = MachineAssert.Boot(seed: 24);
        var context = ObjectsRig.Start(machine, nameof(WdfDpcEnqueue_RunsAtDispatch_OnceQueued_CancelTakesItOut), new ObjectsScenario
        {
            OnAdd = (device, queue, c) =>
            {
                WDF_DPC_CONFIG_INIT(out var config, dpc =>
                {
                    c.Counter++;
                    c.Events.Add($"runs at IRQL {(int)KeGetCurrentIrql()}");
                });
                c.Statuses.Add(WdfDpcCreate(config, ParentedTo(device), out var dpc));
                c.Objects["dpc"] = dpc;
                c.Events.Add($"parent is the device: {WdfDpcGetParentObject(dpc) == device}, KDPC: {WdfDpcWdmGetDpc(dpc) is not null}");
            },
            OnIoctl = (queue, request, c) =>
            {
                var dpc = (WDFDPC)c.Objects["dpc"];
                KeRaiseIrql(DISPATCH_LEVEL, out var old);
                c.Events.Add($"enqueue {WdfDpcEnqueue(dpc)} again {WdfDpcEnqueue(dpc)}");
                c.Events.Add($"cancel {WdfDpcCancel(dpc, false)}");
                c.Events.Add($"enqueue {WdfDpcEnqueue(dpc)}");
                KeLowerIrql(old);
                c.Events.Add($"cancel after it ran {WdfDpcCancel(dpc, true)}, runs {c.Counter}");
            },
        });

        MachineAssert.Completed(machine, ObjectsRig.Ioctl(machine));
        Assert.Equal([STATUS_SUCCESS], context.Statuses);
        Assert.Equal(
        [
            "parent is the device: True, KDPC: True", "enqueue True again False", "cancel True", "enqueue True", "runs at IRQL 2",
            "cancel after it ran False, runs 1",
        ], context.Events);
    }

    [Fact]
    public void WdfDpcCreate_AutomaticSerializationWithAPassiveDevice_FailsIncompatible()
    {
        using var machine = MachineAssert.Boot(seed: 25);
        var context = ObjectsRig.Start(machine, nameof(WdfDpcCreate_AutomaticSerializationWithAPassiveDevice_FailsIncompatible), new ObjectsScenario
        {
            Scope = WDF_SYNCHRONIZATION_SCOPE.WdfSynchronizationScopeDevice,
            Level = WDF_EXECUTION_LEVEL.WdfExecutionLevelPassive,
            OnAdd = (device, queue, c) =>
            {
                WDF_DPC_CONFIG_INIT(out var config, _ => { });
                c.Statuses.Add(WdfDpcCreate(config, ParentedTo(device), out _));
                c.Statuses.Add(WdfDpcCreate(config, WDF_NO_OBJECT_ATTRIBUTES, out _));
                config.AutomaticSerialization = false;
                c.Statuses.Add(WdfDpcCreate(config, ParentedTo(device), out _));
            },
        });

        Assert.Equal([STATUS_WDF_INCOMPATIBLE_EXECUTION_LEVEL, STATUS_WDF_PARENT_NOT_SPECIFIED, STATUS_SUCCESS], context.Statuses);
    }
}
