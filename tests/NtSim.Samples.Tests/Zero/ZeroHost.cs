using NtSim.Samples.Zero;
using NtSim.Tests;

namespace NtSim.Samples.Tests.Zero;

/// <summary>A machine with the Zero driver loaded, for the Zero tests.</summary>
internal static class ZeroHost
{
    public const string Name = "Zero";

    public static Machine Boot(int seed) => MachineAssert.Boot(processors: 2, seed: seed);

    /// <summary>Loads Zero and returns its one device.</summary>
    public static DEVICE_OBJECT Load(Machine machine)
    {
        var driver = SampleHost.Load(machine, Name, new ZeroDriver());
        Assert.NotNull(driver.DeviceObject);
        return driver.DeviceObject;
    }

    /// <summary>Runs <paramref name="body"/> on a system thread and asserts it completed.</summary>
    public static void Run(Machine machine, Action body) => MachineAssert.Completed(machine, machine.Run(body));

    /// <summary>Unloads Zero and asserts it left nothing: no bug check, no device, no link, no pool,
    /// no MDL and no system-space mapping of one.</summary>
    public static void UnloadAndAssertClean(Machine machine, DEVICE_OBJECT device)
    {
        MachineAssert.Completed(machine, SampleHost.Unload(machine, device.DriverObject));
        Assert.Null(machine.BugCheck);
        Assert.DoesNotContain("Zero", machine.ListObjectDirectory(@"\Device"));
        Assert.DoesNotContain("Zero", machine.ListObjectDirectory(@"\GLOBAL??"));
        Assert.Empty(machine.Tracking.Outstanding(Name));
        Assert.Equal(0, machine.Pool.QueryTag("Devi").Outstanding);
        Assert.Equal(0, machine.Pool.QueryTag("IoBf").Outstanding);
        Assert.Equal(0, machine.Pool.QueryTag(KernelRequests.Tag).Outstanding);
        Assert.DoesNotContain(machine.Tracking.Outstanding(), r => r.Kind == ResourceKind.Mdl);
        Assert.Equal(0, machine.Memory.SystemPtes.MappedPages);
    }
}
