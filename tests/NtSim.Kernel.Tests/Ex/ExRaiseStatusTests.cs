using static NtSim.Wdm;

namespace NtSim.Tests.Ex;

public sealed class ExRaiseStatusTests
{
    [Fact]
    public void ExRaiseStatus_Caught_LikeTryExcept()
    {
        using var machine = MachineAssert.Boot();
        var code = STATUS_SUCCESS;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            try
            {
                ExRaiseStatus(STATUS_INSUFFICIENT_RESOURCES);
            }
            catch (Exception e)
            {
                code = GetExceptionCode(e);
            }
        }));
        Assert.Equal(STATUS_INSUFFICIENT_RESOURCES, code);
    }

    [Fact]
    public void ExRaiseStatus_Uncaught_BugChecks0x7EWithTheStatus()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() => ExRaiseStatus(STATUS_INVALID_PARAMETER));
        MachineAssert.BugCheck(machine, status, SYSTEM_THREAD_EXCEPTION_NOT_HANDLED, 0xC000000D, 0, 0, 0);
    }

    [Fact]
    public void NullReference_InDriverCode_IsAccessViolation()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() =>
        {
            string? nothing = null;
            _ = nothing!.Length;
        });
        var info = MachineAssert.BugCheck(machine, status, SYSTEM_THREAD_EXCEPTION_NOT_HANDLED, 0xC0000005, 0, 0, 0);
        Assert.Contains("ExRaiseStatusTests.cs:", info.Location);
    }

    [Fact]
    public void NullArgument_ToDdi_IsAnAccessViolationNamingCallAndArgument()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() => KeInitializeEvent(null!, NotificationEvent, false));
        // The DDI dereferences the NULL pointer: STATUS_ACCESS_VIOLATION, as on Windows (not .NET's 0xE0434352).
        var info = MachineAssert.BugCheck(machine, status, SYSTEM_THREAD_EXCEPTION_NOT_HANDLED, 0xC0000005, 0, 0, 0);
        Assert.Contains("KeInitializeEvent dereferenced its NULL Event argument", info.Detail);
    }

    [Fact]
    public void MachineRun_FromSimulatedThread_IsRefused()
    {
        using var machine = MachineAssert.Boot();
        Exception? error = null;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            try
            {
                machine.Run(() => { });
            }
            catch (InvalidOperationException e)
            {
                error = e;
            }
        }));
        Assert.Contains("cannot be called from driver code", error?.Message);
    }
}
