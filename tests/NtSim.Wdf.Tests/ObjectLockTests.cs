using NtSim.Tests;
using NtSim.WdfTests.Drivers;
using static NtSim.Wdf;
using static NtSim.Wdm;

namespace NtSim.WdfTests;

/// <summary>WdfObjectAcquireLock / WdfObjectReleaseLock on a device or queue: the synchronization
/// scope's callback lock, which the queue's handlers then wait for; WDF_VIOLATION 0xB for an object
/// without one.</summary>
public sealed class ObjectLockTests
{
    private static QueueLab Lab(Machine machine, WDF_SYNCHRONIZATION_SCOPE scope)
    {
        QueueLab.Start(machine, lab =>
        {
            WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(out var config, WdfIoQueueDispatchParallel);
            config.EvtIoRead = lab.Keep("q");
            lab.CreateQueue("q", config);
        }, scope: scope);
        return QueueStateTests.QueueLabOf(machine);
    }

    [Fact]
    public void AcquireLock_PassiveQueueScope_HandlerRunsOnlyAfterRelease()
    {
        using var machine = MachineAssert.Boot(seed: 52);
        QueueLab.Start(machine, lab =>
        {
            WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(out var config, WdfIoQueueDispatchParallel);
            config.EvtIoRead = lab.Keep("q");
            WDF_OBJECT_ATTRIBUTES_INIT(out var attributes);
            attributes.SynchronizationScope = WDF_SYNCHRONIZATION_SCOPE.WdfSynchronizationScopeQueue;
            attributes.ExecutionLevel = WDF_EXECUTION_LEVEL.WdfExecutionLevelPassive;
            lab.CreateQueue("q", config, attributes);
        });
        var lab = QueueStateTests.QueueLabOf(machine);
        var q = lab.Queues["q"];
        var reads = LabClient.Overlapped(1);

        // The client reads a millisecond in, while a driver thread holds the queue's lock for ten.
        var app = machine.StartProcess("labclient", args =>
        {
            Win32.Sleep(1);
            var h = LabClient.Open();
            lab.Log.Add("reading");
            Win32.ReadFile(h, new byte[8], 8, out _, reads[0]);
            Win32.GetOverlappedResult(h, reads[0], out _, true);
            Win32.CloseHandle(h);
            return 0;
        });
        LabClient.Kernel(machine, () =>
        {
            WdfObjectAcquireLock(q);
            lab.Log.Add("locked");
            KeDelayExecutionThread(KernelMode, false, new LARGE_INTEGER(-100_000));
            lab.Log.Add("releasing");
            WdfObjectReleaseLock(q);
        });
        MachineAssert.Completed(machine, machine.RunUntilIdle());
        Assert.Equal(["locked", "reading", "releasing", "q:read"], lab.Log);
        LabClient.Kernel(machine, () => lab.CompleteOldest(STATUS_SUCCESS));
        LabClient.Finish(machine, app);
    }

    [Fact]
    public void AcquireLock_ScopeNone_BugCheck0x10D_0xB()
    {
        using var machine = MachineAssert.Boot(seed: 53);
        var lab = Lab(machine, WDF_SYNCHRONIZATION_SCOPE.WdfSynchronizationScopeNone);
        var q = lab.Queues["q"];
        var status = machine.Run(() => WdfObjectAcquireLock(q));
        var globals = FxLibrary.Of(machine).Clients.Single(c => c.ServiceName == "QueueLab");
        MachineAssert.BugCheck(machine, status, WDF_VIOLATION, WDF_INVALID_LOCK_OPERATION, q.Value, 0, globals.Address);
    }

    [Fact]
    public void ReleaseLock_NotHeld_BugCheck0x10D_0xB_1()
    {
        using var machine = MachineAssert.Boot(seed: 54);
        var lab = Lab(machine, WDF_SYNCHRONIZATION_SCOPE.WdfSynchronizationScopeDevice);
        var device = lab.Device;
        var status = machine.Run(() => WdfObjectReleaseLock(device));
        var globals = FxLibrary.Of(machine).Clients.Single(c => c.ServiceName == "QueueLab");
        MachineAssert.BugCheck(machine, status, WDF_VIOLATION, WDF_INVALID_LOCK_OPERATION, device.Value, 1, globals.Address);
    }

    [Fact]
    public void AcquireLock_Twice_RecursiveLockBugCheck()
    {
        using var machine = MachineAssert.Boot(seed: 55);
        var lab = Lab(machine, WDF_SYNCHRONIZATION_SCOPE.WdfSynchronizationScopeDevice);
        var device = lab.Device;
        var status = machine.Run(() =>
        {
            WdfObjectAcquireLock(device);
            WdfObjectAcquireLock(device);
        });
        var globals = FxLibrary.Of(machine).Clients.Single(c => c.ServiceName == "QueueLab");
        MachineAssert.BugCheck(machine, status, WDF_VIOLATION, WDF_RECURSIVE_LOCK, device.Value, 0, globals.Address);
    }
}
