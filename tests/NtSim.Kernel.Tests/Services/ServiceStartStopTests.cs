using System.Runtime.CompilerServices;
using static NtSim.Wdm;
using static NtSim.Win32Error;

namespace NtSim.Tests.Services;

/// <summary>A driver assembly through its life: loaded into its own collectible load context,
/// DriverEntry with its RegistryPath, DriverUnload, and the context collected.</summary>
public sealed class ServiceStartStopTests
{
    private const string HelloKey = @"\Registry\Machine\SYSTEM\CurrentControlSet\Services\Hello";

    // A test that holds an object of a driver (its DRIVER_OBJECT, a device, its assembly) keeps the
    // driver's load context alive: these look at them in frames of their own.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static KernelModule ModuleOf(Machine machine) => machine.IoManager.Drivers.Single().Module;

    /// <summary>What the file-object path counts: open files on the driver's device.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void SetOpenFiles(Machine machine, int count) =>
        machine.IoManager.Drivers.Single(d => d.Name == "Hello").DeviceObject!.ReferenceCount = count;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool SameAssembly(Machine first, Machine second) =>
        first.IoManager.Drivers.Single().Module.Assembly == second.IoManager.Drivers.Single().Module.Assembly;

    [Fact]
    public void Start_Hello_LoadsItIntoItsOwnContextAsModuleHello()
    {
        using var machine = MachineAssert.Boot();
        machine.Services.Create("Hello", TestDrivers.Hello);

        MachineAssert.Completed(machine, machine.Services.Start("Hello"));

        var status = machine.Services.Query("Hello");
        Assert.Equal(ServiceState.Running, status.State);
        Assert.Equal(ERROR_SUCCESS, status.Win32ExitCode);
        Assert.True(status.Stoppable);
        Assert.Contains("Hello", machine.ListObjectDirectory(@"\Driver"));
        Assert.Contains("Hello", machine.ListObjectDirectory(@"\Device"));
        Assert.Contains("Hello", machine.ListObjectDirectory(@"\GLOBAL??"));
        var driver = Assert.Single(machine.IoManager.Drivers, d => d.Name == "Hello");
        Assert.Equal("Hello", driver.Module.Name);
        Assert.True(driver.Module.Assembly!.IsCollectible);
        Assert.Equal("Hello", driver.DriverExtension.ServiceKeyName.ToString());
        Assert.Equal(TestDrivers.FirstImageBase, driver.Module.ImageBase);
        Assert.Equal(64UL, Assert.Single(machine.Tracking.Outstanding("Hello"), r => r.Tag == TAG("Hell")).Size);
    }

    [Fact]
    public void DriverEntry_ReadsItsImagePathAndStartThroughRegistryPath()
    {
        using var machine = MachineAssert.Boot();
        machine.Services.Create("Hello", TestDrivers.Hello, SERVICE_AUTO_START);

        MachineAssert.Completed(machine, machine.Services.Start("Hello"));

        var shown = machine.DebugOutput.ShownText;
        Assert.Contains($"Hello: DriverEntry {HelloKey}\n", shown);
        Assert.Contains($"Hello: ImagePath={TestDrivers.Hello} Start=2\n", shown);
    }

    [Fact]
    public void Stop_Hello_IsClean_AndTheLoadContextIsCollected()
    {
        using var machine = MachineAssert.Boot();
        machine.Services.Create("Hello", TestDrivers.Hello);
        MachineAssert.Completed(machine, machine.Services.Start("Hello"));

        var report = machine.Services.Stop("Hello");

        Assert.Equal(RunStatus.Completed, report.RunStatus);
        Assert.True(report.IsClean, report.ToString());
        Assert.True(report.ImageUnloaded);
        Assert.True(report.LoadContextCollected, report.ToString());
        Assert.Contains("Hello: leaks: none", report.ToString());
        Assert.Contains("load context: collected", report.ToString());
        Assert.Contains("Hello: unloaded\n", machine.DebugOutput.ShownText);
        Assert.DoesNotContain("Hello", machine.ListObjectDirectory(@"\Driver"));
        Assert.DoesNotContain("Hello", machine.ListObjectDirectory(@"\Device"));
        Assert.Equal(0, machine.Pool.QueryTag("Hell").Outstanding);
        Assert.Empty(machine.IoManager.Drivers);
        var status = machine.Services.Query("Hello");
        Assert.Equal(ServiceState.Stopped, status.State);
        Assert.Equal(ERROR_SUCCESS, status.Win32ExitCode);
        Assert.Same(report, status.LastUnloadReport);
    }

    [Fact]
    public void Start_AfterStop_LoadsAFreshImage()
    {
        using var machine = MachineAssert.Boot();
        machine.Services.Create("Hello", TestDrivers.Hello);
        MachineAssert.Completed(machine, machine.Services.Start("Hello"));
        var first = ModuleOf(machine);
        Assert.True(machine.Services.Stop("Hello").LoadContextCollected);

        MachineAssert.Completed(machine, machine.Services.Start("Hello"));

        var second = ModuleOf(machine);
        Assert.NotSame(first, second);
        Assert.True(first.IsUnloaded);
        Assert.Null(first.Assembly);
        Assert.Equal(TestDrivers.FirstImageBase + KernelModule.DefaultImageSize, second.ImageBase);
        Assert.True(machine.Services.Stop("Hello").IsClean);
    }

    [Fact]
    public void DriverEntryFailure_LeavesNothingBehind()
    {
        using var machine = MachineAssert.Boot();
        machine.Services.Create("Hello", TestDrivers.Hello);
        machine.Registry.SetValue(HelloKey + @"\Parameters", "FailEntry", unchecked((uint)STATUS_UNSUCCESSFUL));

        var e = ServiceControlManagerTests.Fails(ERROR_GEN_FAILURE, () => machine.Services.Start("Hello"));

        Assert.Equal("StartService", e.Operation);
        Assert.Equal(STATUS_UNSUCCESSFUL, e.DriverStatus);
        Assert.Equal("A device attached to the system is not functioning.", e.SystemMessage);
        Assert.Contains("DriverEntry returned STATUS_UNSUCCESSFUL", e.Message);
        Assert.DoesNotContain("Hello", machine.ListObjectDirectory(@"\Driver"));
        Assert.DoesNotContain("Hello", machine.ListObjectDirectory(@"\Device"));
        Assert.DoesNotContain("Hello", machine.ListObjectDirectory(@"\GLOBAL??"));
        var tag = machine.Pool.QueryTag("Hell");
        Assert.Equal(1, tag.NonPagedAllocs);
        Assert.Equal(tag.NonPagedAllocs, tag.NonPagedFrees);
        Assert.Empty(machine.Tracking.Outstanding("Hello"));
        Assert.Empty(machine.IoManager.Drivers);
        var report = e.UnloadReport!;
        Assert.True(report.IsClean, report.ToString());
        Assert.True(report.ImageUnloaded);
        Assert.True(report.LoadContextCollected, report.ToString());
        var status = machine.Services.Query("Hello");
        Assert.Equal(ServiceState.Stopped, status.State);
        Assert.Equal(ERROR_GEN_FAILURE, status.Win32ExitCode);

        machine.Registry.DeleteValue(HelloKey + @"\Parameters", "FailEntry");
        MachineAssert.Completed(machine, machine.Services.Start("Hello"));
        Assert.Equal(ServiceState.Running, machine.Services.Query("Hello").State);
    }

    [Fact]
    public void Stop_WithOpenFileObjects_WaitsForThemToClose()
    {
        using var machine = MachineAssert.Boot();
        machine.Services.Create("Hello", TestDrivers.Hello);
        MachineAssert.Completed(machine, machine.Services.Start("Hello"));
        SetOpenFiles(machine, 1);

        var pending = machine.Services.Stop("Hello");

        Assert.True(pending.UnloadPending);
        Assert.Contains(@"\Device\Hello has 1 open file object(s)", pending.Note);
        Assert.DoesNotContain("Hello: unloaded\n", machine.DebugOutput.ShownText);
        Assert.Equal(ServiceState.StopPending, machine.Services.Query("Hello").State);
        ServiceControlManagerTests.Fails(ERROR_SERVICE_CANNOT_ACCEPT_CTRL, () => machine.Services.Stop("Hello"));
        ServiceControlManagerTests.Fails(ERROR_SERVICE_ALREADY_RUNNING, () => machine.Services.Start("Hello"));

        SetOpenFiles(machine, 0);
        var report = machine.Services.Stop("Hello");

        Assert.False(report.UnloadPending);
        Assert.True(report.IsClean, report.ToString());
        Assert.True(report.LoadContextCollected);
        Assert.Contains("Hello: unloaded\n", machine.DebugOutput.ShownText);
        Assert.Equal(ServiceState.Stopped, machine.Services.Query("Hello").State);
    }

    [Fact]
    public void PendingStop_CompletesAtTheNextQuery_OnceTheFilesAreClosed()
    {
        using var machine = MachineAssert.Boot();
        machine.Services.Create("Hello", TestDrivers.Hello);
        MachineAssert.Completed(machine, machine.Services.Start("Hello"));
        SetOpenFiles(machine, 2);
        Assert.True(machine.Services.Stop("Hello").UnloadPending);

        SetOpenFiles(machine, 0);
        var status = machine.Services.Query("Hello");

        Assert.Equal(ServiceState.Stopped, status.State);
        Assert.True(status.LastUnloadReport!.IsClean);
        Assert.True(status.LastUnloadReport.LoadContextCollected);
    }

    [Fact]
    public void TwoMachines_LoadTheSameDriverIndependently()
    {
        using var first = MachineAssert.Boot();
        using var second = MachineAssert.Boot(seed: 5);
        first.Services.Create("Hello", TestDrivers.Hello);
        second.Services.Create("Hello", TestDrivers.Hello);
        MachineAssert.Completed(first, first.Services.Start("Hello"));
        MachineAssert.Completed(second, second.Services.Start("Hello"));

        Assert.False(SameAssembly(first, second));
        Assert.True(first.Services.Stop("Hello").LoadContextCollected);
        Assert.Equal(ServiceState.Running, second.Services.Query("Hello").State);
        Assert.True(second.Services.Stop("Hello").LoadContextCollected);
    }

    [Fact]
    public void StartAndStop_InConcurrentMode()
    {
        using var machine = MachineAssert.Boot(mode: ExecutionMode.Concurrent);
        machine.Services.Create("Hello", TestDrivers.Hello);

        MachineAssert.Completed(machine, machine.Services.Start("Hello"));
        var report = machine.Services.Stop("Hello");

        Assert.True(report.IsClean, report.ToString());
        Assert.True(report.LoadContextCollected);
    }
}
