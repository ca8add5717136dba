using static NtSim.Tests.MachineAssert;
using static NtSim.Win32;

namespace NtSim.Tests.Win32Api;

/// <summary>kernel32's waits are system services (NtWaitForSingleObject, NtWaitForMultipleObjects,
/// NtDelayExecution) that wait in Ke's wait core: each enters the DDI gate once, by its own row, and
/// never through the driver-facing KeWaitForXxx.</summary>
public sealed class Win32WaitServiceTests
{
    [Fact]
    public void WaitForSingleObject_EntersNtWaitForSingleObjectOnly_AndReturnsWaitObject0()
    {
        using var machine = Boot();
        machine.Ddis.Counting = true;
        uint result = 0;
        var app = machine.StartProcess("app", _ =>
        {
            var evt = CreateEvent(null, true, true, null);
            result = WaitForSingleObject(evt, INFINITE);
            CloseHandle(evt);
            return 0;
        });

        Completed(machine, app.WaitForExit());
        Assert.Equal(WAIT_OBJECT_0, result);
        Assert.Equal(1, machine.Ddis.CallCount("NtWaitForSingleObject"));
        Assert.Equal(0, machine.Ddis.CallCount("NtWaitForMultipleObjects"));
        Assert.Equal(0, machine.Ddis.CallCount("KeWaitForSingleObject"));
    }

    [Fact]
    public void WaitForMultipleObjects_WaitAny_ReturnsTheSignaledIndex_WithoutKeWaitForMultipleObjects()
    {
        using var machine = Boot();
        machine.Ddis.Counting = true;
        uint result = 0;
        var app = machine.StartProcess("app", _ =>
        {
            var quiet = CreateEvent(null, true, false, null);
            var signaled = CreateEvent(null, true, true, null);
            result = WaitForMultipleObjects(2, [quiet, signaled], false, INFINITE);
            CloseHandle(quiet);
            CloseHandle(signaled);
            return 0;
        });

        Completed(machine, app.WaitForExit());
        Assert.Equal(WAIT_OBJECT_0 + 1, result);
        Assert.Equal(1, machine.Ddis.CallCount("NtWaitForMultipleObjects"));
        Assert.Equal(0, machine.Ddis.CallCount("KeWaitForMultipleObjects"));
    }

    [Fact]
    public void WaitForSingleObject_Timeout_ReturnsWaitTimeout_AfterTheVirtualTime()
    {
        using var machine = Boot();
        uint result = 0;
        long before = 0, after = 0;
        var app = machine.StartProcess("app", _ =>
        {
            var evt = CreateEvent(null, false, false, null);
            before = machine.InterruptTime;
            result = WaitForSingleObject(evt, 50);
            after = machine.InterruptTime;
            CloseHandle(evt);
            return 0;
        });

        Completed(machine, app.WaitForExit());
        Assert.Equal(Win32Error.WAIT_TIMEOUT, result);
        Assert.True(after - before >= 50 * 10_000, $"waited {after - before} (100 ns units)");
    }

    [Fact]
    public void Sleep_EntersNtDelayExecutionOnly_AndLetsTheVirtualTimePass()
    {
        using var machine = Boot();
        machine.Ddis.Counting = true;
        long before = 0, after = 0;
        var app = machine.StartProcess("app", _ =>
        {
            before = machine.InterruptTime;
            Sleep(20);
            after = machine.InterruptTime;
            return 0;
        });

        Completed(machine, app.WaitForExit());
        Assert.True(after - before >= 20 * 10_000, $"slept {after - before} (100 ns units)");
        Assert.Equal(1, machine.Ddis.CallCount("NtDelayExecution"));
        Assert.Equal(0, machine.Ddis.CallCount("KeDelayExecutionThread"));
    }
}
