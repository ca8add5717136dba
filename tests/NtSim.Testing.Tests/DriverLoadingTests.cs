using Xunit.Sdk;
using static NtSim.Wdm;

namespace NtSim.Testing.Tests;

/// <summary>LoadDriver, StartDriver and StopDriver: sc create, sc start and sc stop with their checks.</summary>
public sealed class DriverLoadingTests
{
    private const string HelloParameters = @"\Registry\Machine\SYSTEM\CurrentControlSet\Services\Hello\Parameters";

    [Fact]
    public void LoadDriver_ByPath_StartsTheServiceNamedAfterTheFile_AndStopDriverIsClean()
    {
        using var machine = TestMachine.Boot();

        var driver = machine.LoadDriver(TestDrivers.Hello);

        Assert.Equal(@"\Driver\Hello", driver.DriverName.ToString());
        Assert.Equal(ServiceState.Running, machine.Services.Query("Hello").State);
        Assert.Contains("Hello", machine.ListObjectDirectory(@"\Device"));
        var report = machine.StopDriver("Hello");
        Assert.True(report.IsClean);
        Assert.True(report.ImageUnloaded);
        Assert.True(report.LoadContextCollected);
        Assert.DoesNotContain("Hello", machine.ListObjectDirectory(@"\Driver"));
    }

    [Fact]
    public void LoadDriver_WithServiceName_UsesIt()
    {
        using var machine = TestMachine.Boot();

        var driver = machine.LoadDriver(TestDrivers.Hello, "Greeter");

        Assert.Equal(@"\Driver\Greeter", driver.DriverName.ToString());
        Assert.Equal("Greeter", machine.StopDriver("Greeter").DriverName);
    }

    [Fact]
    public void LoadDriver_NoSuchFile_FailsNamingThePath()
    {
        using var machine = TestMachine.Boot();
        var missing = Path.Combine(TestDrivers.Folder, "NoSuchDriver.dll");

        var e = Assert.ThrowsAny<XunitException>(() => machine.LoadDriver(missing));

        Assert.Contains($"no driver assembly at {missing}", e.Message);
    }

    [Fact]
    public void LoadDriver_DriverEntryFails_FailsWithItsStatus()
    {
        using var machine = TestMachine.Boot();
        machine.Registry.CreateKey(HelloParameters);
        machine.Registry.SetValue(HelloParameters, "FailEntry", unchecked((uint)STATUS_DEVICE_CONFIGURATION_ERROR));

        var e = Assert.ThrowsAny<XunitException>(() => machine.LoadDriver(TestDrivers.Hello));

        Assert.Contains("The driver Hello", e.Message);
        Assert.Contains("DriverEntry returned STATUS_DEVICE_CONFIGURATION_ERROR", e.Message);
        Assert.Equal(ServiceState.Stopped, machine.Services.Query("Hello").State);
    }

    [Fact]
    public void StopDriver_Leaky_FailsWithEveryLeakAndItsLine()
    {
        using var machine = TestMachine.Boot();
        machine.LoadDriver(TestDrivers.Leaky);

        var e = Assert.ThrowsAny<XunitException>(() => machine.StopDriver("Leaky"));

        Assert.Contains("Leaky did not unload cleanly: 6 leak(s).", e.Message);
        Assert.Contains(@"device object \Device\Leaky not deleted", e.Message);
        Assert.Contains($"from LeakyDriver.cs:{TestDrivers.LineOf("Leaky", "LeakyDriver.cs", "leak:device")}", e.Message);
        Assert.Contains($"from LeakyDriver.cs:{TestDrivers.LineOf("Leaky", "LeakyDriver.cs", "leak:pool")}", e.Message);
        Assert.Contains("image: still loaded", e.Message);
    }

    [Fact]
    public void StopDriver_NotRunning_FailsWithScError()
    {
        using var machine = TestMachine.Boot();
        machine.LoadDriver(TestDrivers.Hello);
        machine.StopDriver("Hello");

        var e = Assert.ThrowsAny<XunitException>(() => machine.StopDriver("Hello"));

        Assert.Contains("sc stop Hello failed", e.Message);
        Assert.Contains("ERROR_SERVICE_NOT_ACTIVE", e.Message);
    }

    [Fact]
    public void StartDriver_HostType_StartsAndStopsClean_WithoutALoadContext()
    {
        using var machine = TestMachine.Boot();

        var driver = machine.StartDriver<CountingDriver>("Counting");

        Assert.Equal(@"\Driver\Counting", driver.DriverName.ToString());
        Assert.NotNull(driver.DriverUnload);
        var report = machine.StopDriver("Counting");
        Assert.True(report.IsClean);
        Assert.Null(report.LoadContextCollected);
    }

    [Fact]
    public void StartDriver_ServiceExists_FailsWithScError()
    {
        using var machine = TestMachine.Boot();
        machine.StartDriver<CountingDriver>("Counting");

        var e = Assert.ThrowsAny<XunitException>(() => machine.StartDriver<CountingDriver>("Counting"));

        Assert.Contains("ERROR_SERVICE_EXISTS", e.Message);
    }
}
