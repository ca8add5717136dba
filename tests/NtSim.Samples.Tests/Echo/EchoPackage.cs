
namespace NtSim.Samples.Tests.Echo;

/// <summary>One echo variant: its INF, the hardware ID of its root device, its service, and the
/// period of the timer that completes its requests (AutoSync 2 s, DriverSync 10 s).</summary>
public sealed record EchoVariant(string Inf, string HardwareId, string Service, TimeSpan TimerPeriod)
{
    public static readonly EchoVariant AutoSync = new("echo.inf", @"root\ECHO", "ECHO", TimeSpan.FromSeconds(2));
    public static readonly EchoVariant DriverSync = new("echo_2.inf", @"root\ECHO_2", "ECHO_2", TimeSpan.FromSeconds(10));

    public static EchoVariant Named(string name) => name == "AutoSync" ? AutoSync : DriverSync;

    public override string ToString() => Service;
}

/// <summary>
/// The echo driver package as <c>ntsim devcon install echo.inf root\ECHO</c> takes it: both INFs and
/// both driver assemblies in a folder of their own (the drivers are loaded from it, each into its
/// own load context). Install and Remove do what devcon does, and Remove checks the unload.
/// </summary>
public sealed class EchoPackage : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("ntsim-echo-");

    public EchoPackage()
    {
        foreach (var inf in new[] { "echo.inf", "echo_2.inf" })
        {
            File.Copy(SamplePath("inf", inf), Path.Combine(_folder.FullName, inf));
        }

        foreach (var driver in new[] { "echo.dll", "echo_2.dll" })
        {
            File.Copy(Path.Combine(AppContext.BaseDirectory, driver), Path.Combine(_folder.FullName, driver));
        }
    }

    public void Dispose() => _folder.Delete(recursive: true);

    /// <summary>devcon install: a root device of the variant, started; returns its instance path.</summary>
    public string Install(Machine machine, EchoVariant variant) =>
        machine.InstallDevice(Path.Combine(_folder.FullName, variant.Inf), variant.HardwareId).InstancePath;

    /// <summary>devcon remove, and the checks of a clean unload: the device is gone, the driver
    /// unloaded with nothing left (pool, timers, DPCs, IRPs, devices), no IRP in use on the machine.</summary>
    public static UnloadReport Remove(Machine machine, string instance, EchoVariant variant)
    {
        var removed = machine.Pnp.Remove(instance);
        Assert.True(removed.Succeeded, $"{removed}");
        return Unloaded(machine, instance, variant);
    }

    /// <summary>After a removal (and the close of every handle): the checks of <see cref="Remove"/>.</summary>
    public static UnloadReport Unloaded(Machine machine, string instance, EchoVariant variant)
    {
        NtAssert.Completed(machine, machine.RunUntilIdle());
        Assert.True(machine.BugCheck is null, machine.BugCheck?.Account);
        Assert.Null(machine.Pnp.Find(instance));
        var status = machine.Services.Query(variant.Service);
        Assert.Equal(ServiceState.Stopped, status.State);
        var report = status.LastUnloadReport;
        Assert.NotNull(report);
        Assert.True(report.IsClean && report.ImageUnloaded && report.LoadContextCollected != false, report.ToString());
        Assert.Empty(machine.Tracking.Outstanding(variant.Service));
        Assert.Empty(machine.IoManager.Irps.InUse());
        return report;
    }

    /// <summary>samples/Echo/<paramref name="folder"/>/<paramref name="name"/>, found above the test output.</summary>
    private static string SamplePath(string folder, string name)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "samples", "Echo")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        return Path.Combine(directory.FullName, "samples", "Echo", folder, name);
    }
}
