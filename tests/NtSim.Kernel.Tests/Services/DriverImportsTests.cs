using static NtSim.Wdm;
using static NtSim.Win32Error;

namespace NtSim.Tests.Services;

/// <summary>A driver assembly that calls a DDI newer than the machine does not load, as an unresolved
/// import keeps a driver from loading on Windows (StartService fails with ERROR_PROC_NOT_FOUND, 127).</summary>
public sealed class DriverImportsTests
{
    [Fact]
    public void Start_DriverCallingExAllocatePool2_OnWindows10_1909_IsProcNotFound()
    {
        using var machine = Machine.Boot(new MachineOptions { WindowsVersion = WindowsVersion.Windows10_1909 });
        machine.Services.Create("Hello", TestDrivers.Hello);

        var e = ServiceControlManagerTests.Fails(ERROR_PROC_NOT_FOUND, () => machine.Services.Start("Hello"));
        Assert.Equal(STATUS_PROCEDURE_NOT_FOUND, e.DriverStatus);
        Assert.Contains("imports ExAllocatePool2 (Windows 10 2004 and later), which Windows 10 1909 does not export", e.Message, StringComparison.Ordinal);
        Assert.Equal(ERROR_PROC_NOT_FOUND, machine.Services.Query("Hello").Win32ExitCode);
        Assert.DoesNotContain("Hello", machine.ListObjectDirectory(@"\Driver"));
    }

    [Fact]
    public void Start_SameDriver_OnWindows10_2004_Runs()
    {
        using var machine = Machine.Boot(new MachineOptions { WindowsVersion = WindowsVersion.Windows10_2004 });
        machine.Services.Create("Hello", TestDrivers.Hello);
        MachineAssert.Completed(machine, machine.Services.Start("Hello"));
        Assert.Contains("Hello", machine.ListObjectDirectory(@"\Driver"));
        Assert.True(machine.Services.Stop("Hello").IsClean);
    }

    [Fact]
    public void Unresolved_ListsOnlyTheKernelsNewerRoutines()
    {
        Assert.Equal([("ExAllocatePool2", WindowsVersion.Windows10_2004)], DriverImports.Unresolved(TestDrivers.Hello, WindowsVersion.Windows7));
        Assert.Empty(DriverImports.Unresolved(TestDrivers.Hello, WindowsVersion.Windows11_24H2));
    }
}
