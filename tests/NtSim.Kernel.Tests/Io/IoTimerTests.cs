using static NtSim.Wdm;

namespace NtSim.Tests.Io;

public sealed class IoTimerTests
{
    [Fact]
    public void IoStartTimer_CallsTheRoutineOnceASecondAtDispatch_UntilIoStopTimer()
    {
        using var machine = MachineAssert.Boot();
        var calls = new List<(DEVICE_OBJECT Device, object? Context, KIRQL Irql)>();
        DEVICE_OBJECT? device = null;
        var afterStop = -1;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            device = IoTestDriver.LoadWithDevice("Ticker", _ => { });
            Assert.Equal(STATUS_SUCCESS, IoInitializeTimer(device, (d, c) => calls.Add((d, c, KeGetCurrentIrql())), "ctx"));
            IoStartTimer(device);
            KeDelayExecutionThread(KernelMode, false, -35_000_000);
            IoStopTimer(device);
            afterStop = calls.Count;
            KeDelayExecutionThread(KernelMode, false, -30_000_000);
        }));
        Assert.Equal(3, afterStop);
        Assert.Equal(3, calls.Count);
        Assert.All(calls, c =>
        {
            Assert.Same(device, c.Device);
            Assert.Equal("ctx", c.Context);
            Assert.Equal(DISPATCH_LEVEL, c.Irql);
        });
    }

    [Fact]
    public void IoDeleteDevice_StopsAStartedTimer_AndNothingIsLeftTracked()
    {
        using var machine = MachineAssert.Boot();
        var calls = 0;
        bool trackedWhileStarted = false, trackedAfterDelete = true;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var device = IoTestDriver.LoadWithDevice("Ticker", _ => { });
            IoInitializeTimer(device, (_, _) => calls++, null);
            IoStartTimer(device);
            trackedWhileStarted = machine.Tracking.Outstanding().Any(r => r.Kind == ResourceKind.Timer && r.Description.Contains("IoTimer", StringComparison.Ordinal));
            IoDeleteDevice(device);
            trackedAfterDelete = machine.Tracking.Outstanding().Any(r => r.Kind == ResourceKind.Timer && r.Description.Contains("IoTimer", StringComparison.Ordinal));
            KeDelayExecutionThread(KernelMode, false, -30_000_000);
        }));
        Assert.True(trackedWhileStarted);
        Assert.False(trackedAfterDelete);
        Assert.Equal(0, calls);
        Assert.Null(machine.BugCheck);
    }

    [Fact]
    public void IoStartTimer_WithoutIoInitializeTimer_RaisesAccessViolation()
    {
        using var machine = MachineAssert.Boot();
        NtStatusException? caught = null;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var device = IoTestDriver.LoadWithDevice("Ticker", _ => { });
            try
            {
                IoStartTimer(device);
            }
            catch (NtStatusException e)
            {
                caught = e;
            }
        }));

        // DeviceObject->Timer is NULL: the access faults in the caller, as an uninitialized object does.
        Assert.Equal(STATUS_ACCESS_VIOLATION, caught!.Status);
        Assert.Contains("IoStartTimer: the IO_TIMER was never initialized with IoInitializeTimer", caught.Message);
    }

    [Fact]
    public void IoInitializeTimer_AboveDispatch_BugChecksIrqlRule()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() =>
        {
            var device = IoTestDriver.LoadWithDevice("Ticker", _ => { });
            KeRaiseIrql(DISPATCH_LEVEL, out _);
            IoInitializeTimer(device, (_, _) => { }, null);
        });

        // 0xC4/0xE5: IoInitializeTimer is PASSIVE_LEVEL only; P2 the IRQL.
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0xE5, (ulong)DISPATCH_LEVEL, 0, 0);
    }
}
