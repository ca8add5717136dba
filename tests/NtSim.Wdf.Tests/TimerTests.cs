using NtSim.Tests;
using NtSim.WdfTests.Drivers;
using static NtSim.Wdf;
using static NtSim.Wdm;

namespace NtSim.WdfTests;

public sealed class TimerTests
{
    private static WDF_OBJECT_ATTRIBUTES ParentedTo(WDFOBJECT parent, WDF_EXECUTION_LEVEL level = WDF_EXECUTION_LEVEL.WdfExecutionLevelInheritFromParent)
    {
        WDF_OBJECT_ATTRIBUTES_INIT(out var attributes);
        attributes.ParentObject = parent;
        attributes.ExecutionLevel = level;
        return attributes;
    }

    [Fact]
    public void WdfTimerCreate_DocumentedFailures()
    {
        using var machine = MachineAssert.Boot(seed: 11);
        var context = ObjectsRig.Start(machine, nameof(WdfTimerCreate_DocumentedFailures), new ObjectsScenario
        {
            OnAdd = (device, queue, c) =>
            {
                WDF_TIMER_CONFIG_INIT(out var config, _ => { });
                c.Statuses.Add(WdfTimerCreate(config, WDF_NO_OBJECT_ATTRIBUTES, out _));
                WDF_OBJECT_ATTRIBUTES_INIT(out var noParent);
                c.Statuses.Add(WdfTimerCreate(config, noParent, out _));
                c.Statuses.Add(WdfTimerCreate(config, ParentedTo(WdfGetDriver()), out _));
                WDF_TIMER_CONFIG_INIT_PERIODIC(out var periodic, _ => { }, 10);
                periodic.AutomaticSerialization = false;
                c.Statuses.Add(WdfTimerCreate(periodic, ParentedTo(device, WDF_EXECUTION_LEVEL.WdfExecutionLevelPassive), out _));
                WDF_TIMER_CONFIG_INIT(out var highResolution, _ => { });
                highResolution.UseHighResolutionTimer = true;
                highResolution.TolerableDelay = 5;
                c.Statuses.Add(WdfTimerCreate(highResolution, ParentedTo(device), out _));
                WDF_TIMER_CONFIG_INIT(out var badSize, _ => { });
                badSize.Size = 0x10;
                c.Statuses.Add(WdfTimerCreate(badSize, ParentedTo(device), out _));
                c.Statuses.Add(WdfTimerCreate(config, ParentedTo(device), out var timer));
                c.Events.Add(WdfTimerGetParentObject(timer) == device ? "parent is the device" : "wrong parent");
            },
        });

        Assert.Equal(
        [
            STATUS_WDF_PARENT_NOT_SPECIFIED, STATUS_WDF_PARENT_NOT_SPECIFIED, STATUS_INVALID_DEVICE_REQUEST, STATUS_NOT_SUPPORTED,
            STATUS_INVALID_PARAMETER, STATUS_INFO_LENGTH_MISMATCH, STATUS_SUCCESS,
        ], context.Statuses);
        Assert.Equal(["parent is the device"], context.Events);
    }

    [Fact]
    public void WdfTimerStart_OneShot_FiresOnceAtDispatchAfterItsDueTime()
    {
        using var machine = MachineAssert.Boot(seed: 12);
        var context = ObjectsRig.Start(machine, nameof(WdfTimerStart_OneShot_FiresOnceAtDispatchAfterItsDueTime), new ObjectsScenario
        {
            OnStart = (device, c) =>
            {
                WDF_TIMER_CONFIG_INIT(out var config, timer =>
                {
                    c.TimerRuns++;
                    c.Events.Add($"fired at IRQL {(int)KeGetCurrentIrql()} after {(KeQueryInterruptTime() - (ulong)c.Objects["start"]) / 10_000} ms");
                });
                WdfTimerCreate(config, ParentedTo(device), out var timer);
                c.Objects["start"] = KeQueryInterruptTime();
                c.Events.Add($"first start: {WdfTimerStart(timer, WDF_REL_TIMEOUT_IN_MS(20))}");
                c.Events.Add($"restart while set: {WdfTimerStart(timer, WDF_REL_TIMEOUT_IN_MS(20))}");
            },
        });

        MachineAssert.Completed(machine, machine.AdvanceTime(TimeSpan.FromMilliseconds(50)));
        Assert.Equal(1, context.TimerRuns);
        Assert.Equal(["first start: False", "restart while set: True", "fired at IRQL 2 after 20 ms"], context.Events);
    }

    [Fact]
    public void WdfTimerStop_Wait_StopsAPeriodicTimer_NoCallbackAfterIt()
    {
        using var machine = MachineAssert.Boot(seed: 13);
        var context = ObjectsRig.Start(machine, nameof(WdfTimerStop_Wait_StopsAPeriodicTimer_NoCallbackAfterIt), new ObjectsScenario
        {
            OnStart = (device, c) =>
            {
                WDF_TIMER_CONFIG_INIT_PERIODIC(out var config, _ => c.TimerRuns++, 5);
                WdfTimerCreate(config, ParentedTo(device), out var timer);
                c.Objects["timer"] = timer;
                WdfTimerStart(timer, WDF_REL_TIMEOUT_IN_MS(5));
            },
            OnIoctl = (queue, request, c) =>
            {
                KeDelayExecutionThread(KernelMode, false, WDF_REL_TIMEOUT_IN_MS(23));
                c.Events.Add($"stop: {WdfTimerStop((WDFTIMER)c.Objects["timer"], true)}");
                c.Counter = c.TimerRuns;
                c.Events.Add($"stop again: {WdfTimerStop((WDFTIMER)c.Objects["timer"], true)}");
            },
        });

        MachineAssert.Completed(machine, ObjectsRig.Ioctl(machine));
        MachineAssert.Completed(machine, machine.AdvanceTime(TimeSpan.FromMilliseconds(50)));
        Assert.Equal(["stop: True", "stop again: False"], context.Events);
        Assert.Equal(4, context.Counter);
        Assert.Equal(4, context.TimerRuns);
    }

    [Fact]
    public void PassiveTimer_RunsAtPassive_AndDeletionWaitsForTheRunningCallback()
    {
        using var machine = MachineAssert.Boot(seed: 14);
        var context = ObjectsRig.Start(machine, nameof(PassiveTimer_RunsAtPassive_AndDeletionWaitsForTheRunningCallback), new ObjectsScenario
        {
            OnStart = (device, c) =>
            {
                WDF_TIMER_CONFIG_INIT(out var config, _ =>
                {
                    c.Events.Add($"callback at IRQL {(int)KeGetCurrentIrql()}");
                    KeDelayExecutionThread(KernelMode, false, WDF_REL_TIMEOUT_IN_MS(10));
                    c.Events.Add("callback done");
                });
                config.AutomaticSerialization = false;
                c.Statuses.Add(WdfTimerCreate(config, ParentedTo(device, WDF_EXECUTION_LEVEL.WdfExecutionLevelPassive), out var timer));
                c.Objects["timer"] = timer;
            },
            OnIoctl = (queue, request, c) =>
            {
                var timer = (WDFTIMER)c.Objects["timer"];
                WdfTimerStart(timer, WDF_REL_TIMEOUT_IN_MS(1));
                KeDelayExecutionThread(KernelMode, false, WDF_REL_TIMEOUT_IN_MS(3));
                WdfObjectDelete(timer);
                c.Events.Add("deleted");
            },
        });

        MachineAssert.Completed(machine, ObjectsRig.Ioctl(machine));
        Assert.Equal([STATUS_SUCCESS], context.Statuses);
        Assert.Equal(["callback at IRQL 0", "callback done", "deleted"], context.Events);
    }

    [Fact]
    public void AutomaticSerialization_TimerParentedToAQueueOfQueueScope_RunsUnderTheQueueLock()
    {
        using var machine = MachineAssert.Boot(seed: 15);
        var context = ObjectsRig.Start(machine, nameof(AutomaticSerialization_TimerParentedToAQueueOfQueueScope_RunsUnderTheQueueLock), new ObjectsScenario
        {
            Scope = WDF_SYNCHRONIZATION_SCOPE.WdfSynchronizationScopeQueue,
            OnAdd = (device, queue, c) =>
            {
                var queueLock = ((FxIoQueue)((WDFOBJECT)queue).Target!).CallbackLock!;
                WDF_TIMER_CONFIG_INIT(out var config, timer =>
                {
                    c.Events.Add(ReferenceEquals(queueLock.OwningThread, KeGetCurrentThread()) ? "holds the queue lock" : "runs without the queue lock");
                    c.Events.Add(WdfTimerGetParentObject(timer) == queue ? "parent is the queue" : "wrong parent");
                });
                c.Statuses.Add(WdfTimerCreate(config, ParentedTo(queue), out var timer));
                WdfTimerStart(timer, WDF_REL_TIMEOUT_IN_MS(1));
            },
        });

        MachineAssert.Completed(machine, machine.AdvanceTime(TimeSpan.FromMilliseconds(50)));
        Assert.Equal([STATUS_SUCCESS], context.Statuses);
        Assert.Equal(["holds the queue lock", "parent is the queue"], context.Events);
    }

    [Fact]
    public void AutomaticSerialization_IncompatibleLevels_FailWithIncompatibleExecutionLevel()
    {
        using var machine = MachineAssert.Boot(seed: 16);
        var context = ObjectsRig.Start(machine, nameof(AutomaticSerialization_IncompatibleLevels_FailWithIncompatibleExecutionLevel), new ObjectsScenario
        {
            Scope = WDF_SYNCHRONIZATION_SCOPE.WdfSynchronizationScopeDevice,
            Level = WDF_EXECUTION_LEVEL.WdfExecutionLevelPassive,
            OnAdd = (device, queue, c) =>
            {
                // A dispatch-level timer cannot join a passive device's lock; without serialization it can be made.
                WDF_TIMER_CONFIG_INIT(out var config, _ => { });
                c.Statuses.Add(WdfTimerCreate(config, ParentedTo(device), out _));
                config.AutomaticSerialization = false;
                c.Statuses.Add(WdfTimerCreate(config, ParentedTo(device), out _));
                config.AutomaticSerialization = true;
                c.Statuses.Add(WdfTimerCreate(config, ParentedTo(device, WDF_EXECUTION_LEVEL.WdfExecutionLevelPassive), out _));
            },
        });

        Assert.Equal([STATUS_WDF_INCOMPATIBLE_EXECUTION_LEVEL, STATUS_SUCCESS, STATUS_SUCCESS], context.Statuses);
    }

    [Fact]
    public void WdfTimerStart_QueueHandle_BugChecksInvalidHandleWithTimerType()
    {
        using var machine = MachineAssert.Boot(seed: 17);
        const string service = nameof(WdfTimerStart_QueueHandle_BugChecksInvalidHandleWithTimerType);
        var context = ObjectsRig.Start(machine, service, new ObjectsScenario
        {
            OnIoctl = (queue, _, c) =>
            {
                c.Objects["queue"] = queue;
                WdfTimerStart((WDFTIMER)(WDFOBJECT)queue, WDF_REL_TIMEOUT_IN_MS(1));
            },
        });

        var status = ObjectsRig.Ioctl(machine);
        var handle = ((WDFQUEUE)context.Objects["queue"]).Value;
        MachineAssert.BugCheck(machine, status, WDF_VIOLATION, WDF_INVALID_HANDLE, handle, 0x1028, ObjectsRig.Globals(machine, service).Address);
    }

    [Fact]
    public void PeriodicTimerWithTolerableDelay_DeletingItselfFromItsDpcCallback_StopsWithoutAReport()
    {
        using var machine = MachineAssert.Boot(seed: 18);
        var context = ObjectsRig.Start(machine, nameof(PeriodicTimerWithTolerableDelay_DeletingItselfFromItsDpcCallback_StopsWithoutAReport), new ObjectsScenario
        {
            OnStart = (device, c) =>
            {
                WDF_TIMER_CONFIG_INIT_PERIODIC(out var config, timer =>
                {
                    if (++c.TimerRuns == 3)
                    {
                        WdfObjectDelete(timer);
                    }
                }, 2);
                config.TolerableDelay = 1;
                c.Statuses.Add(WdfTimerCreate(config, ParentedTo(device), out var timer));
                WdfTimerStart(timer, WDF_REL_TIMEOUT_IN_MS(2));
            },
        });

        MachineAssert.Completed(machine, machine.AdvanceTime(TimeSpan.FromMilliseconds(50)));
        Assert.Equal([STATUS_SUCCESS], context.Statuses);
        Assert.Equal(3, context.TimerRuns);
        Assert.DoesNotContain(machine.DebugOutput.Messages, m => m.Text.Contains("WDF detected potentially invalid operation", StringComparison.Ordinal));
    }

    [Fact]
    public void WdfTimerStop_WaitAtDispatch_IsReportedAndReturnsFalseUnderTheVerifier()
    {
        using var machine = MachineAssert.Boot(seed: 19);
        var context = ObjectsRig.Start(machine, nameof(WdfTimerStop_WaitAtDispatch_IsReportedAndReturnsFalseUnderTheVerifier), new ObjectsScenario
        {
            OnIoctl = (queue, request, c) =>
            {
                WDF_TIMER_CONFIG_INIT(out var config, _ => c.TimerRuns++);
                WDF_OBJECT_ATTRIBUTES_INIT(out var attributes);
                attributes.ParentObject = queue;
                WdfTimerCreate(config, attributes, out var timer);
                WdfTimerStart(timer, WDF_REL_TIMEOUT_IN_MS(50));
                KeRaiseIrql(DISPATCH_LEVEL, out var old);
                c.Events.Add($"stop(wait) at dispatch: {WdfTimerStop(timer, true)}");
                c.Events.Add($"stop(no wait) at dispatch: {WdfTimerStop(timer, false)}");
                KeLowerIrql(old);
            },
        });

        MachineAssert.Completed(machine, ObjectsRig.Ioctl(machine));
        MachineAssert.Completed(machine, machine.AdvanceTime(TimeSpan.FromMilliseconds(100)));
        Assert.Equal(["stop(wait) at dispatch: False", "stop(no wait) at dispatch: True"], context.Events);
        Assert.Equal(0, context.TimerRuns);
        Assert.Contains(machine.DebugOutput.Messages, m => m.Text.Contains("WDF detected potentially invalid operation", StringComparison.Ordinal));
    }

    [Fact]
    public void TimeoutMacros_AreHundredNanosecondUnits_NegativeWhenRelative()
    {
        Assert.Equal(-10_000L, WDF_REL_TIMEOUT_IN_MS(1));
        Assert.Equal(-20_000_000L, WDF_REL_TIMEOUT_IN_SEC(2));
        Assert.Equal(-30L, WDF_REL_TIMEOUT_IN_US(3));
        Assert.Equal(40_000L, WDF_ABS_TIMEOUT_IN_MS(4));
        Assert.Equal(50_000_000L, WDF_ABS_TIMEOUT_IN_SEC(5));
        Assert.Equal(60L, WDF_ABS_TIMEOUT_IN_US(6));
    }
}
