using System.Runtime.CompilerServices;
using NtSim.Samples.Zero;
using NtSim.Tests;
using static NtSim.Samples.Zero.ZeroPublic;
using static NtSim.Wdm;

namespace NtSim.Samples.Tests.Zero;

/// <summary>A machine with the Zero driver loaded, for the Zero tests.</summary>
internal static class ZeroHost
{
    public const string Name = "Zero";

    /// <summary>sizeof(ZERO_STATS): 16.</summary>
    public static readonly uint StatsSize = (uint)Unsafe.SizeOf<ZERO_STATS>();

    public static Machine Boot(int seed, ExecutionMode mode = ExecutionMode.Deterministic) =>
        MachineAssert.Boot(processors: 2, seed: seed, mode: mode);

    /// <summary>Loads Zero and returns its one device.</summary>
    public static DEVICE_OBJECT Load(Machine machine)
    {
        var driver = SampleHost.Load(machine, Name, new ZeroDriver());
        Assert.NotNull(driver.DeviceObject);
        return driver.DeviceObject;
    }

    /// <summary>Runs <paramref name="body"/> on a system thread and asserts it completed.</summary>
    public static void Run(Machine machine, Action body) => MachineAssert.Completed(machine, machine.Run(body));

    /// <summary>The driver's counters as they are now, read straight from its device extension.</summary>
    public static ZERO_STATS Counters(DEVICE_OBJECT device)
    {
        var extension = device.Extension<ZERO_DEVICE_EXTENSION>();
        return new ZERO_STATS { TotalRead = Interlocked.Read(ref extension.TotalRead), TotalWritten = Interlocked.Read(ref extension.TotalWritten) };
    }

    /// <summary>IOCTL_ZERO_GET_STATS from kernel mode, asserted to succeed with 16 bytes; call on a simulated thread.</summary>
    public static ZERO_STATS GetStats(DEVICE_OBJECT device)
    {
        var output = KernelRequests.Allocate(StatsSize, fill: 0xCC);
        var iosb = KernelRequests.Control(device, IOCTL_ZERO_GET_STATS, PVOID.NULL, 0, output, StatsSize);
        var stats = output.Read<ZERO_STATS>();
        KernelRequests.Free(output);
        Assert.Equal(STATUS_SUCCESS, iosb.Status);
        Assert.Equal((ulong)StatsSize, iosb.Information);
        return stats;
    }

    /// <summary>IOCTL_ZERO_CLEAR_STATS from kernel mode, with no buffers; returns its status block.</summary>
    public static IO_STATUS_BLOCK ClearStats(DEVICE_OBJECT device) =>
        KernelRequests.Control(device, IOCTL_ZERO_CLEAR_STATS, PVOID.NULL, 0, PVOID.NULL, 0);

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
