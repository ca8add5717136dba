using NtSim.Tests.Io;
using static NtSim.Tests.Kd.AssertMachines;
using static NtSim.Wdm;
using static NtSim.Win32;

namespace NtSim.Tests.Kd;

/// <summary>A failed NT_ASSERT in a dispatch routine that an application's ReadFile reached: the
/// exception leaves the driver during a system service.</summary>
public sealed class NtAssertInDispatchTests
{
    private static Machine BootAsserting(KernelDebugging debugging, Action<int> onLine)
    {
        var machine = Boot(isChecked: true, debugging);
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            IoTestDriver.LoadWithDevice("Asserting", driver =>
            {
                driver.MajorFunction[IRP_MJ_CREATE] = Complete;
                driver.MajorFunction[IRP_MJ_CLOSE] = Complete;
                driver.MajorFunction[IRP_MJ_CLEANUP] = Complete;
                driver.MajorFunction[IRP_MJ_READ] = (device, irp) =>
                {
                    var stack = IoGetCurrentIrpStackLocation(irp);
                    onLine(LineHere()); NT_ASSERT(stack.Parameters.Read.Length >= 8);
                    return Complete(device, irp);
                };
            });
            IoCreateSymbolicLink(new UNICODE_STRING(@"\??\Asserting"), new UNICODE_STRING(@"\Device\Asserting"));
        }));
        return machine;
    }

    private static NTSTATUS Complete(DEVICE_OBJECT device, IRP irp)
    {
        irp.IoStatus.Status = STATUS_SUCCESS;
        IoCompleteRequest(irp, IO_NO_INCREMENT);
        return STATUS_SUCCESS;
    }

    private static UserProcess ShortRead(Machine machine) => machine.StartProcess("reader", args =>
    {
        var h = CreateFile(@"\\.\Asserting", GENERIC_READ, 0, null, OPEN_EXISTING, 0, default);
        ReadFile(h, new byte[4], 4, out _, null);
        CloseHandle(h);
        return 0;
    });

    [Fact]
    public void NtAssert_InDispatchDuringReadFile_NoDebugger_BugChecks3B()
    {
        var line = 0;
        using var machine = BootAsserting(KernelDebugging.Off, l => line = l);
        var app = ShortRead(machine);
        var info = MachineAssert.BugCheck(machine, app.WaitForExit(), SYSTEM_SERVICE_EXCEPTION, 0xC0000420, 0, 0, 0);
        Assert.Contains("NT_ASSERT(stack.Parameters.Read.Length >= 8) failed at NtAssertInDispatchTests.cs:" + line, info.Account);
        Assert.EndsWith("NtAssertInDispatchTests.cs:" + line, info.Location);
    }

    [Fact]
    public void NtAssert_InDispatchDuringReadFile_DebuggerAttached_BreaksThenTheReadCompletes()
    {
        var line = 0;
        using var machine = BootAsserting(KernelDebugging.Attached, l => line = l);
        var app = ShortRead(machine);
        Assert.Equal(RunStatus.Break, app.WaitForExit());
        var report = machine.Debugger.Break;
        Assert.NotNull(report);
        Assert.Equal("stack.Parameters.Read.Length >= 8", report.Assertion);
        Assert.Equal(line, report.Line);

        machine.Debugger.Go();
        MachineAssert.Completed(machine, app.WaitForExit());
        Assert.Equal(0, app.ExitCode);
    }
}
