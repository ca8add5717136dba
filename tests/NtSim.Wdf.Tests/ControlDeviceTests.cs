using NtSim.Tests;
using NtSim.WdfTests.Drivers;
using static NtSim.Wdm;
using static NtSim.Win32;

namespace NtSim.WdfTests;

/// <summary>A control device: names, file object callbacks, EvtIoInCallerContext, IOCTLs through a
/// sequential queue, shutdown notification, and unload.</summary>
public sealed class ControlDeviceTests
{
    [Fact]
    public void ControlDevice_OpenIoctlClose_CallbacksInOrder()
    {
        using var machine = MachineAssert.Boot(seed: 2);
        machine.Services.Install<ControlDeviceDriver>("WdfCtl");
        MachineAssert.Completed(machine, machine.Services.Start("WdfCtl"));

        var app = machine.StartProcess("ctlapp", _ =>
        {
            var h = CreateFile(@"\\.\WdfCtl\file.log", GENERIC_READ | GENERIC_WRITE, 0, null, OPEN_EXISTING, 0, default);
            if (h == INVALID_HANDLE_VALUE)
            {
                return 1;
            }

            var input = new byte[] { 1, 2, 3, 4 };
            var output = new byte[4];
            var ok = DeviceIoControl(h, ControlDeviceDriver.IOCTL_WDFCTL_ECHO, input, 4, output, 4, out var returned, null);
            CloseHandle(h);
            return ok && returned == 4 && output.SequenceEqual(input) ? 0 : 2;
        });
        MachineAssert.Completed(machine, app.WaitForExit());
        Assert.Equal(0, app.ExitCode);

        Assert.Equal(
            [@"EvtDeviceFileCreate \file.log", "EvtIoInCallerContext mode 1", "EvtIoDeviceControl same buffer True", "EvtFileCleanup", "EvtFileClose"],
            ControlDeviceDriver.LogOf(machine, "WdfCtl"));
    }

    [Fact]
    public void ControlDevice_SddlFromControlDeviceInitAllocate_SecuresTheDeviceObject()
    {
        using var machine = MachineAssert.Boot(seed: 2);
        machine.Services.Install<ControlDeviceDriver>("WdfCtl");
        MachineAssert.Completed(machine, machine.Services.Start("WdfCtl"));

        // D:P(A;;GA;;;SY)(A;;GA;;;BA)(A;;GRGW;;;WD): everyone may read and write, only administrators more.
        static int Open(uint access)
        {
            var h = CreateFile(@"\\.\WdfCtl", access, 0, null, OPEN_EXISTING, 0, default);
            if (h == INVALID_HANDLE_VALUE)
            {
                return (int)GetLastError();
            }

            CloseHandle(h);
            return 0;
        }

        var user = machine.StartProcess("user", ProcessAccount.StandardUser, _ => Open(GENERIC_READ | GENERIC_WRITE) * 1000 + Open(GENERIC_ALL));
        MachineAssert.Completed(machine, user.WaitForExit());
        var admin = machine.StartProcess("admin", ProcessAccount.ElevatedAdministrator, _ => Open(GENERIC_ALL));
        MachineAssert.Completed(machine, admin.WaitForExit());

        Assert.Equal(5, user.ExitCode);   // read/write opens (0), GENERIC_ALL is ERROR_ACCESS_DENIED
        Assert.Equal(0, admin.ExitCode);
    }

    [Fact]
    public void ControlDevice_MachineShutdown_CallsShutdownNotification()
    {
        using var machine = MachineAssert.Boot(seed: 2);
        machine.Services.Install<ControlDeviceDriver>("WdfCtl");
        MachineAssert.Completed(machine, machine.Services.Start("WdfCtl"));

        MachineAssert.Completed(machine, machine.Shutdown());
        Assert.Equal(["EvtDeviceShutdownNotification"], ControlDeviceDriver.LogOf(machine, "WdfCtl"));
    }

    [Fact]
    public void NonPnpDriver_Stop_CallsEvtDriverUnloadAndLeavesNothing()
    {
        using var machine = MachineAssert.Boot(seed: 2);
        machine.Services.Install<ControlDeviceDriver>("WdfCtl");
        MachineAssert.Completed(machine, machine.Services.Start("WdfCtl"));
        var log = ControlDeviceDriver.LogOf(machine, "WdfCtl");

        var report = machine.Services.Stop("WdfCtl");
        Assert.Equal(["EvtDriverUnload"], log);
        Assert.True(report.IsClean, string.Join("\n", report.Items));
        Assert.Equal(0, FxLibrary.Of(machine).Handles.Count);
    }
}
