using static NtSim.Wdm;

namespace NtSim.Samples.Tests;

/// <summary>Loads and unloads a sample driver on a machine from a test (the service control
/// manager does the same from an assembly path).</summary>
internal static class SampleHost
{
    /// <summary>Runs DriverEntry on a system thread; returns its status and the driver object.</summary>
    public static NTSTATUS Load(Machine machine, string name, IDriver entry, out DRIVER_OBJECT? driver)
    {
        DRIVER_OBJECT? loaded = null;
        NTSTATUS status = STATUS_UNSUCCESSFUL;
        var run = machine.Run(() =>
        {
            var thread = KTHREAD.Current!;
            status = DriverLoader.Load(thread, name, entry.DriverEntry, machine.Modules.For(entry.GetType().Assembly),
                $@"\Registry\Machine\System\CurrentControlSet\Services\{name}", out loaded);
        }, $"load {name}");
        Assert.Equal(RunStatus.Completed, run);
        driver = loaded;
        return status;
    }

    /// <summary>Loads a driver whose DriverEntry must succeed.</summary>
    public static DRIVER_OBJECT Load(Machine machine, string name, IDriver entry)
    {
        var status = Load(machine, name, entry, out var driver);
        Assert.Equal(STATUS_SUCCESS, status);
        return driver!;
    }

    /// <summary>Calls DriverUnload and removes the driver object.</summary>
    public static RunStatus Unload(Machine machine, DRIVER_OBJECT driver) =>
        machine.Run(() => DriverLoader.Unload(KTHREAD.Current!, driver), $"unload {driver.DriverName}");
}
