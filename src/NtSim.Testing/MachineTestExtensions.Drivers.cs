using Xunit;

namespace NtSim.Testing;

/// <summary>
/// What a test does with a machine, in a driver developer's words: load a driver (<c>sc create</c>,
/// <c>sc start</c>) or install its INF package on a root device (<c>devcon install</c>), run a client
/// to its exit, stop or remove the driver and check that it left nothing behind, and read what it
/// printed. Each call asserts that it worked and fails the test with what the machine knows when not.
/// </summary>
public static partial class MachineTestExtensions
{
    /// <summary>sc create and sc start of the driver assembly at <paramref name="driverPath"/> (a build
    /// output, loaded into a load context of its own): asserts that DriverEntry succeeded, else fails
    /// with its status, the bug check's account or the bind problem. The service name is
    /// <paramref name="serviceName"/>, or the file's name without its extension. Returns the driver
    /// object (<c>\Driver\&lt;service&gt;</c>).</summary>
    public static DRIVER_OBJECT LoadDriver(this Machine machine, string driverPath, string? serviceName = null)
    {
        ArgumentNullException.ThrowIfNull(machine);
        ArgumentException.ThrowIfNullOrWhiteSpace(driverPath);
        var path = Path.GetFullPath(driverPath);
        if (!File.Exists(path))
        {
            Assert.Fail($"LoadDriver: there is no driver assembly at {path}.");
        }

        var name = serviceName ?? Path.GetFileNameWithoutExtension(path);
        return Start(machine, name, () => machine.Services.Create(name, path), $"{name} ({path})");
    }

    /// <summary>sc create and sc start for <typeparamref name="TDriver"/>, a driver type the test
    /// assembly references (no load context of its own; its module, and so its DbgPrint and tracking
    /// name, is <paramref name="serviceName"/>): asserts that DriverEntry succeeded. Returns the
    /// driver object.</summary>
    public static DRIVER_OBJECT StartDriver<TDriver>(this Machine machine, string serviceName)
        where TDriver : IDriver, new()
    {
        ArgumentNullException.ThrowIfNull(machine);
        return Start(machine, serviceName, () => machine.Services.Install<TDriver>(serviceName), $"{serviceName} ({typeof(TDriver).FullName})");
    }

    /// <summary>sc stop, then <see cref="NtAssert.CleanUnload"/> on the unload report (and that the
    /// machine did not halt); returns the report.</summary>
    public static UnloadReport StopDriver(this Machine machine, string serviceName)
    {
        ArgumentNullException.ThrowIfNull(machine);
        UnloadReport report;
        try
        {
            report = machine.Services.Stop(serviceName);
        }
        catch (ServiceControlException e)
        {
            Assert.Fail($"sc stop {serviceName} failed: {e.Message}");
            throw;
        }

        if (report.RunStatus != RunStatus.Completed)
        {
            Assert.Fail($"sc stop {serviceName}: " + MachineText.Stopped(machine, report.RunStatus) + Environment.NewLine + report);
        }

        NtAssert.CleanUnload(report);
        return report;
    }

    private static DRIVER_OBJECT Start(Machine machine, string name, Action create, string what)
    {
        RunStatus status;
        try
        {
            create();
            status = machine.Services.Start(name);
        }
        catch (ServiceControlException e)
        {
            var leftovers = e.UnloadReport is { IsClean: false } report ? Environment.NewLine + report : "";
            Assert.Fail($"The driver {what} did not start: {e.Message}{leftovers}");
            throw;
        }

        if (status != RunStatus.Completed)
        {
            Assert.Fail($"The driver {what} did not start: " + MachineText.Stopped(machine, status));
        }

        var driver = DriverObject(machine, name);
        if (driver is null)
        {
            Assert.Fail($@"The driver {what} started, but \Driver\{name} does not exist.");
        }

        return driver!;
    }

    /// <summary>The loaded driver object of service <paramref name="name"/> (\Driver\name), or null.</summary>
    private static DRIVER_OBJECT? DriverObject(Machine machine, string name) =>
        machine.IoManager.Drivers.FirstOrDefault(d => string.Equals(ServiceOf(d), name, StringComparison.OrdinalIgnoreCase));

    /// <summary>"Zero" for \Driver\Zero.</summary>
    private static string ServiceOf(DRIVER_OBJECT driver)
    {
        const string prefix = @"\Driver\";
        var name = driver.DriverName.ToString();
        return name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? name[prefix.Length..] : name;
    }
}
