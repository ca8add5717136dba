using NtSim.Tests;
using NtSim.WdfTests.Drivers;
using static NtSim.Wdf;
using static NtSim.Wdm;

namespace NtSim.WdfTests;

public sealed class ObjectsUnloadTests
{
    [Fact]
    public void DeviceRemoval_WithRunningTimerWorkItemDpcAndKey_DeletesThemAndUnloadsClean()
    {
        using var machine = MachineAssert.Boot(seed: 51);
        const string service = nameof(ObjectsUnloadTests);
        var context = ObjectsRig.Start(machine, service, new ObjectsScenario
        {
            OnStart = (device, c) =>
            {
                WDF_OBJECT_ATTRIBUTES_INIT(out var attributes);
                attributes.ParentObject = device;
                attributes.EvtCleanupCallback = o => c.Events.Add("timer cleanup");
                WDF_TIMER_CONFIG_INIT_PERIODIC(out var timerConfig, _ => c.TimerRuns++, 1);
                WdfTimerCreate(timerConfig, attributes, out var timer);
                WdfTimerStart(timer, WDF_REL_TIMEOUT_IN_MS(1));

                WDF_OBJECT_ATTRIBUTES_INIT(out var itemAttributes);
                itemAttributes.ParentObject = device;
                itemAttributes.EvtCleanupCallback = o => c.Events.Add("work item cleanup");
                WDF_WORKITEM_CONFIG_INIT(out var itemConfig, _ => c.Counter++);
                WdfWorkItemCreate(itemConfig, itemAttributes, out var item);
                WdfWorkItemEnqueue(item);

                WDF_OBJECT_ATTRIBUTES_INIT(out var dpcAttributes);
                dpcAttributes.ParentObject = device;
                WDF_DPC_CONFIG_INIT(out var dpcConfig, _ => { });
                WdfDpcCreate(dpcConfig, dpcAttributes, out var dpc);
                WdfDpcEnqueue(dpc);

                WdfDeviceOpenRegistryKey(device, PLUGPLAY_REGKEY_DEVICE, KEY_READ, WDF_NO_OBJECT_ATTRIBUTES, out _);
                WdfSpinLockCreate(WDF_NO_OBJECT_ATTRIBUTES, out _);
                WdfWaitLockCreate(WDF_NO_OBJECT_ATTRIBUTES, out _);
            },
        });

        MachineAssert.Completed(machine, machine.AdvanceTime(TimeSpan.FromMilliseconds(10)));
        Assert.True(context.TimerRuns >= 5, $"the timer ran {context.TimerRuns} times");
        var removal = machine.Pnp.Remove($@"ROOT\{service.ToUpperInvariant()}\0000");
        MachineAssert.Completed(machine, removal.Run);
        var runs = context.TimerRuns;
        MachineAssert.Completed(machine, machine.AdvanceTime(TimeSpan.FromMilliseconds(10)));

        Assert.Equal(runs, context.TimerRuns);
        Assert.Equal(1, context.Counter);
        Assert.Contains("timer cleanup", context.Events);
        Assert.Contains("work item cleanup", context.Events);
        // Removing its only device unloads the PnP driver: the report says what it left behind.
        var status = machine.Services.Query(service);
        Assert.Equal(ServiceState.Stopped, status.State);
        Assert.True(status.LastUnloadReport is { IsClean: true }, status.LastUnloadReport?.ToString() ?? "no unload report");
        Assert.Null(machine.BugCheck);
    }
}
