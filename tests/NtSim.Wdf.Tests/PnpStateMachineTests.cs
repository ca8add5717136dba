using NtSim.Tests;
using NtSim.WdfTests.Drivers;
using static NtSim.Wdf;
using static NtSim.Wdm;

namespace NtSim.WdfTests;

/// <summary>The PnP, power and power policy machines driven by the PnP manager's IRPs: callback order
/// (kmdf.md §5.3) and the states entered (§5.2) for start, removal, rebalance and failures. The
/// in-flight recorder is a ring of one page: a test reads the states of one operation, its tail.</summary>
public sealed class PnpStateMachineTests
{
    private static readonly string[] s_startCalls =
        ["PrepareHardware", "D0Entry(WdfPowerDeviceD3Final)", "D0EntryPostInterruptsEnabled(WdfPowerDeviceD3Final)", "SelfManagedIoInit"];

    private static readonly string[] s_powerDownCalls =
        ["SelfManagedIoSuspend", "D0ExitPreInterruptsDisabled(WdfPowerDeviceD3Final)", "D0Exit(WdfPowerDeviceD3Final)", "ReleaseHardware"];

    [Fact]
    public void Start_CallbacksInDocumentedOrder_MachinesWalkTheStartSequences()
    {
        using var machine = MachineAssert.Boot(seed: 11);
        var probe = PnpProbe.Create("pnpstart");
        var node = machine.Pnp.Find(PnpRig.Install(machine, probe))!;

        Assert.Equal(DeviceNodeState.DeviceNodeStarted, node.State);
        Assert.Equal(s_startCalls, probe.Calls);
        // PrepareHardware and the power-up run while the PnP machine waits in HardwareAvailable.
        Assert.All(probe.PnpStateAtCall, s => Assert.Equal(WDF_DEVICE_PNP_STATE.WdfDevStatePnpHardwareAvailable, s));
        var log = PnpRig.Log(probe);
        Assert.Equal(["WdfDevStatePnpInit", "WdfDevStatePnpInitStarting", "WdfDevStatePnpHardwareAvailable", "WdfDevStatePnpEnableInterfaces", "WdfDevStatePnpStarted"],
            PnpRig.Entered(log, "PnP State"));
        Assert.Equal(["WdfDevStatePwrPolStarting", "WdfDevStatePwrPolStartingPoweredUp", "WdfDevStatePwrPolStartingSucceeded", "WdfDevStatePwrPolStartingDecideS0Wake",
            "WdfDevStatePwrPolStarted"], PnpRig.Entered(log, "power policy state"));
        Assert.Equal(["WdfDevStatePowerStartingCheckDeviceType", "WdfDevStatePowerD0Starting", "WdfDevStatePowerD0StartingConnectInterrupt",
            "WdfDevStatePowerD0StartingDmaEnable", "WdfDevStatePowerD0StartingPostHardwareEnabled", "WdfDevStatePowerD0StartingStartSelfManagedIo",
            "WdfDevStatePowerDecideD0State", "WdfDevStatePowerD0"], PnpRig.Entered(log, "Power State"));
        Assert.Contains(log, l => l.Contains("entering PnP State WdfDevStatePnpInit from WdfDevStatePnpObjectCreated", StringComparison.Ordinal)
            && l.Contains($"WDFDEVICE 0x{probe.Device.Value:x16} !devobj 0x", StringComparison.Ordinal));
        Assert.Null(machine.BugCheck);
    }

    [Fact]
    public void GetDeviceStates_StartedDevice_ReturnsStartedD0AndPolicyStartedWithTheirValues()
    {
        using var machine = MachineAssert.Boot(seed: 12);
        var probe = PnpProbe.Create("pnpgetstate");
        PnpRig.Install(machine, probe);
        var states = (Pnp: default(WDF_DEVICE_PNP_STATE), Power: default(WDF_DEVICE_POWER_STATE), Policy: default(WDF_DEVICE_POWER_POLICY_STATE));
        var action = POWER_ACTION.PowerActionShutdown;

        MachineAssert.Completed(machine, machine.Run(() =>
        {
            states = (WdfDeviceGetDevicePnpState(probe.Device), WdfDeviceGetDevicePowerState(probe.Device), WdfDeviceGetDevicePowerPolicyState(probe.Device));
            action = WdfDeviceGetSystemPowerAction(probe.Device);
        }));

        Assert.Equal(0x119, (int)states.Pnp);
        Assert.Equal(WDF_DEVICE_PNP_STATE.WdfDevStatePnpStarted, states.Pnp);
        Assert.Equal(0x307, (int)states.Power);
        Assert.Equal(0x565, (int)states.Policy);
        Assert.Equal(POWER_ACTION.PowerActionNone, action);
        var histories = PnpRig.Device(probe).Pnp.Histories;
        Assert.Equal([WDF_DEVICE_PNP_STATE.WdfDevStatePnpObjectCreated, WDF_DEVICE_PNP_STATE.WdfDevStatePnpInit, WDF_DEVICE_PNP_STATE.WdfDevStatePnpInitStarting,
            WDF_DEVICE_PNP_STATE.WdfDevStatePnpHardwareAvailable, WDF_DEVICE_PNP_STATE.WdfDevStatePnpEnableInterfaces, WDF_DEVICE_PNP_STATE.WdfDevStatePnpStarted],
            histories.Pnp);
        // The power machine entered nine states: its ring keeps the last eight.
        Assert.Equal(8, histories.Power.Length);
        Assert.Equal(WDF_DEVICE_POWER_STATE.WdfDevStatePowerStartingCheckDeviceType, histories.Power[0]);
        Assert.Equal(WDF_DEVICE_POWER_STATE.WdfDevStatePowerD0, histories.Power[^1]);
    }

    [Fact]
    public void QueryRemoveThenRemove_PowerDownThenCleanup_InDocumentedOrder()
    {
        using var machine = MachineAssert.Boot(seed: 13);
        var probe = PnpProbe.Create("pnpremove");
        var path = PnpRig.Install(machine, probe);

        var result = machine.Pnp.Remove(path);

        Assert.True(result.Succeeded, $"{result}");
        Assert.Null(machine.BugCheck);
        Assert.Equal([.. s_startCalls, "QueryRemove", .. s_powerDownCalls, "SelfManagedIoFlush", "SelfManagedIoCleanup"], probe.Calls);
        Assert.Equal(WDF_DEVICE_PNP_STATE.WdfDevStatePnpQueryRemoveAskDriver, probe.PnpStateAtCall[s_startCalls.Length]);
        Assert.Equal(["WdfDevStatePnpQueryRemoveStaticCheck", "WdfDevStatePnpQueryRemoveAskDriver", "WdfDevStatePnpQueryRemoveEnsureDeviceAwake",
            "WdfDevStatePnpQueryRemovePending", "WdfDevStatePnpQueriedRemoving", "WdfDevStatePnpRemovingDisableInterfaces", "WdfDevStatePnpRemoved",
            "WdfDevStatePnpRemovedChildrenRemoved", "WdfDevStatePnpFdoRemoved", "WdfDevStatePnpFinal"],
            PnpRig.After(PnpRig.Entered(probe.FinalLog, "PnP State"), "WdfDevStatePnpStarted"));
        Assert.Equal(["WdfDevStatePwrPolStopping", "WdfDevStatePwrPolStoppingSendStatus", "WdfDevStatePwrPolStopped", "WdfDevStatePwrPolStoppedRemoving",
            "WdfDevStatePwrPolRemoved"], PnpRig.After(PnpRig.Entered(probe.FinalLog, "power policy state"), "WdfDevStatePwrPolStarted"));
        Assert.Equal(["WdfDevStatePowerGotoD3Stopped", "WdfDevStatePowerStopped"], PnpRig.After(PnpRig.Entered(probe.FinalLog, "Power State"), "WdfDevStatePowerD0"));
        Assert.Equal(WDF_DEVICE_PNP_STATE.WdfDevStatePnpFinal, probe.FinalHistories!.Value.Pnp[^1]);
        Assert.Equal(8, probe.FinalHistories!.Value.Pnp.Length);
    }

    [Fact]
    public void QueryRemove_DriverVetoes_DeviceStaysStartedAndRemovalFailsWithItsStatus()
    {
        using var machine = MachineAssert.Boot(seed: 14);
        var probe = PnpProbe.Create("pnpveto", s => new PnpProbe(s) { QueryRemoveStatus = STATUS_DEVICE_BUSY });
        var path = PnpRig.Install(machine, probe);

        var result = machine.Pnp.Remove(path);

        Assert.False(result.Succeeded);
        Assert.Equal(STATUS_DEVICE_BUSY, result.VetoStatus);
        Assert.Equal(DeviceNodeState.DeviceNodeStarted, machine.Pnp.Find(path)!.State);
        Assert.Equal([.. s_startCalls, "QueryRemove"], probe.Calls);
        Assert.Equal(["WdfDevStatePnpQueryRemoveStaticCheck", "WdfDevStatePnpQueryRemoveAskDriver", "WdfDevStatePnpStarted"],
            PnpRig.After(PnpRig.Entered(PnpRig.Log(probe), "PnP State"), "WdfDevStatePnpEnableInterfaces")[1..]);
        Assert.Contains(PnpRig.Log(probe), l => l.Contains("EvtDeviceQueryRemove failed", StringComparison.Ordinal));
    }

    [Fact]
    public void QueryRemove_StaticStopRemove_VetoedWithoutAskingTheDriver()
    {
        using var machine = MachineAssert.Boot(seed: 15);
        var probe = PnpProbe.Create("pnpstatic", s => new PnpProbe(s) { NotStoppable = true });
        var path = PnpRig.Install(machine, probe);

        var result = machine.Pnp.Remove(path);

        Assert.Equal(STATUS_INVALID_DEVICE_STATE, result.VetoStatus);
        Assert.Equal(s_startCalls, probe.Calls);
        Assert.Equal(["WdfDevStatePnpStarted", "WdfDevStatePnpQueryRemoveStaticCheck", "WdfDevStatePnpStarted"],
            PnpRig.Entered(PnpRig.Log(probe), "PnP State")[^3..]);
        Assert.Null(machine.BugCheck);
    }

    [Fact]
    public void Rebalance_StopsReleasesThenPreparesAndRestartsSelfManagedIo()
    {
        using var machine = MachineAssert.Boot(seed: 16);
        var probe = PnpProbe.Create("pnprebalance");
        var path = PnpRig.Install(machine, probe);

        var result = machine.Pnp.Rebalance(path);

        Assert.True(result.Succeeded, $"{result}");
        Assert.Equal(DeviceNodeState.DeviceNodeStarted, machine.Pnp.Find(path)!.State);
        Assert.Equal([.. s_startCalls, "QueryStop", .. s_powerDownCalls, "PrepareHardware", "D0Entry(WdfPowerDeviceD3Final)",
            "D0EntryPostInterruptsEnabled(WdfPowerDeviceD3Final)", "SelfManagedIoRestart"], probe.Calls);
        var log = PnpRig.Log(probe);
        var pnp = PnpRig.Entered(log, "PnP State");
        Assert.Equal(["WdfDevStatePnpQueryStopStaticCheck", "WdfDevStatePnpQueryStopAskDriver", "WdfDevStatePnpQueryStopEnsureDeviceAwake",
            "WdfDevStatePnpQueryStopPending", "WdfDevStatePnpStartedStopping", "WdfDevStatePnpStopped", "WdfDevStatePnpStoppedWaitForStartCompletion",
            "WdfDevStatePnpStartingFromStopped", "WdfDevStatePnpRestarting", "WdfDevStatePnpStarted"], pnp[^10..]);
        Assert.Equal(["WdfDevStatePwrPolStopping", "WdfDevStatePwrPolStoppingSendStatus", "WdfDevStatePwrPolStopped", "WdfDevStatePwrPolRestarting",
            "WdfDevStatePwrPolStartingPoweredUp", "WdfDevStatePwrPolStartingSucceeded", "WdfDevStatePwrPolStartingDecideS0Wake", "WdfDevStatePwrPolStarted"],
            PnpRig.Device(probe).Pnp.Histories.Policy.Select(s => s.ToString()));
        Assert.Equal(WDF_DEVICE_PNP_STATE.WdfDevStatePnpStarted, PnpRig.Device(probe).Pnp.Pnp.Current);
        Assert.Null(machine.BugCheck);
    }

    [Fact]
    public void QueryStop_DriverVetoes_CancelStopReturnsToStarted()
    {
        using var machine = MachineAssert.Boot(seed: 17);
        var probe = PnpProbe.Create("pnpstopveto", s => new PnpProbe(s) { QueryStopStatus = STATUS_UNSUCCESSFUL });
        var path = PnpRig.Install(machine, probe);

        var result = machine.Pnp.Rebalance(path);

        Assert.Equal(STATUS_UNSUCCESSFUL, result.VetoStatus);
        Assert.Equal([.. s_startCalls, "QueryStop"], probe.Calls);
        Assert.Equal(["WdfDevStatePnpQueryStopStaticCheck", "WdfDevStatePnpQueryStopAskDriver", "WdfDevStatePnpStarted", "WdfDevStatePnpStartedCancelStop",
            "WdfDevStatePnpStarted"], PnpRig.Entered(PnpRig.Log(probe), "PnP State")[^5..]);
        Assert.Equal(DeviceNodeState.DeviceNodeStarted, machine.Pnp.Find(path)!.State);
    }

    [Fact]
    public void Start_PrepareHardwareFails_StartFailsWithItsStatusAndDeviceIsRemoved()
    {
        using var machine = MachineAssert.Boot(seed: 18);
        var probe = PnpProbe.Create("pnpprepfail", s => new PnpProbe(s) { PrepareHardwareStatus = STATUS_INSUFFICIENT_RESOURCES });
        var node = machine.Pnp.Find(PnpRig.Install(machine, probe))!;

        Assert.Null(machine.BugCheck);
        Assert.Equal(CM_PROB_FAILED_START, node.Problem);
        Assert.Equal(STATUS_INSUFFICIENT_RESOURCES, node.ProblemStatus);
        Assert.Equal(["PrepareHardware"], probe.Calls);
        Assert.Equal(["WdfDevStatePnpInit", "WdfDevStatePnpInitStarting", "WdfDevStatePnpHardwareAvailable", "WdfDevStatePnpFailedInit", "WdfDevStatePnpInit",
            "WdfDevStatePnpRemoved", "WdfDevStatePnpRemovedChildrenRemoved", "WdfDevStatePnpFdoRemoved", "WdfDevStatePnpFinal"],
            PnpRig.Entered(probe.FinalLog, "PnP State"));
        Assert.Empty(PnpRig.Entered(probe.FinalLog, "power policy state"));
    }

    [Fact]
    public void Start_D0EntryFails_HardwareReleasedStartFailsWithPowerFailure()
    {
        using var machine = MachineAssert.Boot(seed: 19);
        var probe = PnpProbe.Create("pnpd0fail", s => new PnpProbe(s) { D0EntryStatus = STATUS_DEVICE_NOT_CONNECTED });
        var node = machine.Pnp.Find(PnpRig.Install(machine, probe))!;

        Assert.Null(machine.BugCheck);
        Assert.Equal(CM_PROB_FAILED_START, node.Problem);
        Assert.Equal(STATUS_DEVICE_POWER_FAILURE, node.ProblemStatus);
        Assert.Equal(["PrepareHardware", "D0Entry(WdfPowerDeviceD3Final)", "ReleaseHardware"], probe.Calls);
        Assert.Equal(["WdfDevStatePnpHardwareAvailable", "WdfDevStatePnpHardwareAvailablePowerPolicyFailed", "WdfDevStatePnpFailedOwnHardware",
            "WdfDevStatePnpFailed", "WdfDevStatePnpFailedPowerPolicyRemoved", "WdfDevStatePnpFailedWaitForRemove", "WdfDevStatePnpRemoved",
            "WdfDevStatePnpRemovedChildrenRemoved", "WdfDevStatePnpFdoRemoved", "WdfDevStatePnpFinal"], PnpRig.Entered(probe.FinalLog, "PnP State")[^10..]);
        Assert.Equal([WDF_DEVICE_POWER_STATE.WdfDevStatePowerObjectCreated, WDF_DEVICE_POWER_STATE.WdfDevStatePowerStartingCheckDeviceType,
            WDF_DEVICE_POWER_STATE.WdfDevStatePowerD0Starting, WDF_DEVICE_POWER_STATE.WdfDevStatePowerInitialPowerUpFailedDerefParent,
            WDF_DEVICE_POWER_STATE.WdfDevStatePowerInitialPowerUpFailed, WDF_DEVICE_POWER_STATE.WdfDevStatePowerStopped], probe.FinalHistories!.Value.Power);
        Assert.Contains(probe.FinalLog, l => l.Contains("EvtDeviceD0Entry WDFDEVICE 0x", StringComparison.Ordinal)
            && l.EndsWith("failed, 0xc000009d(STATUS_DEVICE_NOT_CONNECTED)", StringComparison.Ordinal));
    }

    [Fact]
    public void Remove_D0ExitFails_LoggedAndRemovalStillCompletes()
    {
        using var machine = MachineAssert.Boot(seed: 20);
        var probe = PnpProbe.Create("pnpd0exitfail", s => new PnpProbe(s) { D0ExitStatus = STATUS_DEVICE_NOT_CONNECTED });
        var path = PnpRig.Install(machine, probe);

        var result = machine.Pnp.Remove(path);

        Assert.True(result.Succeeded, $"{result}");
        Assert.Null(machine.BugCheck);
        Assert.Equal([.. s_startCalls, "QueryRemove", .. s_powerDownCalls, "SelfManagedIoFlush", "SelfManagedIoCleanup"], probe.Calls);
        Assert.Contains(probe.FinalLog, l => l.Contains("EvtDeviceD0Exit WDFDEVICE 0x", StringComparison.Ordinal)
            && l.EndsWith(", new state WdfPowerDeviceD3Final failed, 0xc000009d(STATUS_DEVICE_NOT_CONNECTED)", StringComparison.Ordinal));
        Assert.Equal(["WdfDevStatePowerGotoD3Stopped", "WdfDevStatePowerFinalPowerDownFailed", "WdfDevStatePowerStopped"],
            PnpRig.After(PnpRig.Entered(probe.FinalLog, "Power State"), "WdfDevStatePowerD0"));
        Assert.Equal(["WdfDevStatePwrPolStopping", "WdfDevStatePwrPolStoppingFailed", "WdfDevStatePwrPolStopped", "WdfDevStatePwrPolStoppedRemoving",
            "WdfDevStatePwrPolRemoved"], PnpRig.After(PnpRig.Entered(probe.FinalLog, "power policy state"), "WdfDevStatePwrPolStarted"));
        Assert.Equal(["WdfDevStatePnpQueriedRemoving", "WdfDevStatePnpRemovingDisableInterfaces", "WdfDevStatePnpRemoved"],
            PnpRig.After(PnpRig.Entered(probe.FinalLog, "PnP State"), "WdfDevStatePnpQueryRemovePending")[..3]);
    }

    [Fact]
    public void QueryRemoveThenCancelRemove_BackToStartedAndStillServing()
    {
        using var machine = MachineAssert.Boot(seed: 22);
        var probe = PnpProbe.Create("pnpcancelremove");
        var node = machine.Pnp.Find(PnpRig.Install(machine, probe))!;
        var statuses = new List<NTSTATUS>();

        // The PnP manager cancels a query only for stacks that agreed when another one vetoed: sent here by hand, as it would.
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            statuses.Add(SendPnp(node.PhysicalDeviceObject!, IRP_MN_QUERY_REMOVE_DEVICE));
            statuses.Add(SendPnp(node.PhysicalDeviceObject!, IRP_MN_CANCEL_REMOVE_DEVICE));
        }));

        Assert.Equal([STATUS_SUCCESS, STATUS_SUCCESS], statuses);
        Assert.Equal([.. s_startCalls, "QueryRemove"], probe.Calls);
        Assert.Equal(["WdfDevStatePnpQueryRemoveStaticCheck", "WdfDevStatePnpQueryRemoveAskDriver", "WdfDevStatePnpQueryRemoveEnsureDeviceAwake",
            "WdfDevStatePnpQueryRemovePending", "WdfDevStatePnpQueryCanceled", "WdfDevStatePnpStarted"],
            PnpRig.After(PnpRig.Entered(PnpRig.Log(probe), "PnP State"), "WdfDevStatePnpEnableInterfaces")[1..]);
        Assert.True(machine.Pnp.Remove(node.InstancePath).Succeeded);
        Assert.Null(machine.BugCheck);
    }

    [Fact]
    public void RemoveWithoutQuery_StartedRemovingThenTheRemovalCallbacks()
    {
        using var machine = MachineAssert.Boot(seed: 23);
        var probe = PnpProbe.Create("pnpnoquery");
        var node = machine.Pnp.Find(PnpRig.Install(machine, probe))!;
        var status = STATUS_PENDING;

        // The PnP manager always asks first; a REMOVE_DEVICE without a query is sent by hand.
        MachineAssert.Completed(machine, machine.Run(() => status = SendPnp(node.PhysicalDeviceObject!, IRP_MN_REMOVE_DEVICE)));

        Assert.Equal(STATUS_SUCCESS, status);
        Assert.Equal([.. s_startCalls, .. s_powerDownCalls, "SelfManagedIoFlush", "SelfManagedIoCleanup"], probe.Calls);
        Assert.Equal(["WdfDevStatePnpStartedRemoving", "WdfDevStatePnpRemovingDisableInterfaces", "WdfDevStatePnpRemoved", "WdfDevStatePnpRemovedChildrenRemoved",
            "WdfDevStatePnpFdoRemoved", "WdfDevStatePnpFinal"], PnpRig.After(PnpRig.Entered(probe.FinalLog, "PnP State"), "WdfDevStatePnpStarted"));
        Assert.Single(node.Stack);
        Assert.Null(machine.BugCheck);
    }

    [Fact]
    public void Remove_FilterNotPolicyOwner_RelaysStopAndRemoveWithTheSameCallbacks()
    {
        using var machine = MachineAssert.Boot(seed: 24);
        var probe = PnpProbe.Create("pnpfilterremove", s => new PnpProbe(s) { AsFilter = true });
        var path = PnpRig.Install(machine, probe);

        var result = machine.Pnp.Remove(path);

        Assert.True(result.Succeeded, $"{result}");
        Assert.Null(machine.BugCheck);
        Assert.Equal([.. s_startCalls, "QueryRemove", .. s_powerDownCalls, "SelfManagedIoFlush", "SelfManagedIoCleanup"], probe.Calls);
        Assert.Equal(["WdfDevStatePwrPolStopping", "WdfDevStatePwrPolStoppingWaitingForImplicitPowerDown", "WdfDevStatePwrPolStoppingSendStatus",
            "WdfDevStatePwrPolStopped", "WdfDevStatePwrPolRemoved"],
            PnpRig.After(PnpRig.Entered(probe.FinalLog, "not power policy owner state"), "WdfDevStatePwrPolStartingSucceeded"));
    }

    [Fact]
    public void PnpStateChangeCallback_EnterPostProcessLeave_AroundTheStatesWork()
    {
        using var machine = MachineAssert.Boot(seed: 25);
        const uint all = (uint)WDF_STATE_NOTIFICATION_TYPE.StateNotificationAllStates;
        var probe = PnpProbe.Create("pnpstatechange", s => new PnpProbe(s)
        {
            StateChanges =
            [
                (WDF_DEVICE_PNP_STATE.WdfDevStatePnpHardwareAvailable, (uint)WDF_STATE_NOTIFICATION_TYPE.StateNotificationEnterState),
                (WDF_DEVICE_PNP_STATE.WdfDevStatePnpStarted, all),
                (WDF_DEVICE_PNP_STATE.WdfDevStatePnpNull, all),
                (WDF_DEVICE_PNP_STATE.WdfDevStatePnpInit, 0x8),
            ],
        });
        var path = PnpRig.Install(machine, probe);
        machine.Pnp.Remove(path);

        Assert.Equal([STATUS_SUCCESS, STATUS_SUCCESS, STATUS_INVALID_PARAMETER, STATUS_INVALID_PARAMETER], probe.RegistrationStatuses);
        Assert.Equal(
        [
            "State(StateNotificationEnterState, WdfDevStatePnpInitStarting->WdfDevStatePnpHardwareAvailable)", .. s_startCalls,
            "State(StateNotificationEnterState, WdfDevStatePnpEnableInterfaces->WdfDevStatePnpStarted)",
            "State(StateNotificationPostProcessState, WdfDevStatePnpStarted->WdfDevStatePnpStarted)",
            "State(StateNotificationLeaveState, WdfDevStatePnpStarted->WdfDevStatePnpQueryRemoveStaticCheck)", "QueryRemove",
        ], probe.Calls.Take(s_startCalls.Length + 5));
        Assert.Null(machine.BugCheck);
    }

    /// <summary>A PnP IRP to the top of a stack, waited for; the IRP is freed in its completion routine.</summary>
    private static NTSTATUS SendPnp(DEVICE_OBJECT pdo, byte minor)
    {
        var top = IoGetAttachedDeviceReference(pdo);
        var irp = IoAllocateIrp(top.StackSize, false);
        irp.IoStatus.Status = STATUS_NOT_SUPPORTED;
        var next = IoGetNextIrpStackLocation(irp);
        next.MajorFunction = IRP_MJ_PNP;
        next.MinorFunction = minor;
        var status = STATUS_PENDING;
        IoSetCompletionRoutine(irp, (_, done, _) =>
        {
            status = done.IoStatus.Status;
            IoFreeIrp(done);
            return STATUS_MORE_PROCESSING_REQUIRED;
        }, null, true, true, true);
        IoCallDriver(top, irp);
        ObDereferenceObject(top);
        return status;
    }
}
