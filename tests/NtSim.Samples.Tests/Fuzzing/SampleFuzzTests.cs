extern alias busenum;

using NtSim.Samples.Booster;
using NtSim.Samples.Cancel;
using NtSim.Samples.Event;
using NtSim.Samples.Ioctl;
using NtSim.Samples.Tests.Toaster;
using NtSim.Samples.Toaster;
using NtSim.Samples.Zero;
using Xunit.Abstractions;
using static NtSim.Wdm;

namespace NtSim.Samples.Tests.Fuzzing;

/// <summary>
/// Seeded random requests from user mode to every sample driver, as a tester fuzzing their IOCTLs
/// would send them. The samples must not crash on hostile input any more than their C originals
/// do: no bug check, no exception into the host, no hang, and once the application is gone and the
/// driver unloaded, no IRP, pool block, MDL or lock left behind. NTSIM_FUZZ_REQUESTS (5,000 by
/// default) and NTSIM_FUZZ_SEEDS (2) make a long run.
/// </summary>
public sealed class SampleFuzzTests(ITestOutputHelper output)
{
    private static readonly int s_requests = FromEnvironment("NTSIM_FUZZ_REQUESTS", 5000);

    private static readonly int s_seeds = FromEnvironment("NTSIM_FUZZ_SEEDS", 2);

    // A small machine: its pool limits cap what a 4 GB METHOD_BUFFERED length costs the host (the
    // I/O manager allocates the system buffer before copying the caller's input into it, as Windows does).
    private const int MemoryMegabytes = 256;

    /// <summary>Every legacy sample with every seed (1 to NTSIM_FUZZ_SEEDS).</summary>
    public static TheoryData<string, int> Legacy()
    {
        var data = new TheoryData<string, int>();
        foreach (var service in new[] { "Zero", "sioctl", "event", "cancel", "booster" })
        {
            for (var seed = 1; seed <= s_seeds; seed++)
            {
                data.Add(service, seed);
            }
        }

        return data;
    }

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, s_seeds)];

    [Theory]
    [MemberData(nameof(Legacy))]
    public void LegacySample_RandomRequests_NoBugCheckAndNothingLeftAtUnload(string service, int seed)
    {
        var target = Targets[service];
        using var machine = Machine.Boot(new MachineOptions { Processors = 2, Seed = seed, MemoryMegabytes = MemoryMegabytes });
        machine.Services.Install(service, DriverTypes[service]);
        NtAssert.Completed(machine, machine.Services.Start(service));

        var fuzzer = Fuzz(machine, target, target.Win32Name, seed);

        machine.StopDriverAndCheckMachine(service);
        output.WriteLine($"{service} seed {seed}: {fuzzer.Counts}");
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ToasterFamily_RandomRequests_NoBugCheckAndTheBusComesOutClean(int seed)
    {
        using var rig = ToasterRig.Start(seed, memoryMegabytes: MemoryMegabytes);
        Assert.Equal(STATUS_SUCCESS, rig.PlugIn(1));
        var machine = rig.Machine;
        var busTarget = new FuzzTarget("busenum", "", [ToasterPublic.IOCTL_BUSENUM_PLUGIN_HARDWARE, ToasterPublic.IOCTL_BUSENUM_UNPLUG_HARDWARE,
            ToasterPublic.IOCTL_BUSENUM_EJECT_HARDWARE, ToasterPublic.IOCTL_TOASTER_DONT_DISPLAY_IN_UI_DEVICE], ReadsAndWrites: false,
            Inputs: new Dictionary<uint, Func<Random, byte[]>>
            {
                // Toasters 2 to 5 come and go while the fuzzer runs; toaster 1 is the rig's.
                [ToasterPublic.IOCTL_BUSENUM_PLUGIN_HARDWARE] = r => BusEnumRequests.PluginHardware((uint)r.Next(2, 6), ToasterPublic.BUS_HARDWARE_IDS),
                [ToasterPublic.IOCTL_BUSENUM_UNPLUG_HARDWARE] = r => BusEnumRequests.UnplugHardware((uint)r.Next(2, 6)),
                [ToasterPublic.IOCTL_BUSENUM_EJECT_HARDWARE] = r => BusEnumRequests.EjectHardware((uint)r.Next(2, 6)),
            });
        var toasterTarget = new FuzzTarget("toaster", "", [ToasterPublic.IOCTL_TOASTER_DONT_DISPLAY_IN_UI_DEVICE, CTL_CODE(FILE_DEVICE_UNKNOWN, 0x800, METHOD_BUFFERED, FILE_ANY_ACCESS)]);

        var bus = Fuzz(machine, busTarget, $"interface:{ToasterPublic.GUID_DEVINTERFACE_BUSENUM_TOASTER}:{rig.Bus.InstancePath}", seed);
        NtAssert.Completed(machine, machine.RunUntilIdle());
        Assert.Null(machine.BugCheck);
        var toaster = rig.Toaster(1) is { State: DeviceNodeState.DeviceNodeStarted } node
            ? Fuzz(machine, toasterTarget, $"interface:{ToasterPublic.GUID_DEVINTERFACE_TOASTER}:{node.InstancePath}", seed)
            : null;

        // The whole family comes out: the remove lock of every toaster must be free for the removal.
        Assert.Equal(PnpResult.Done, machine.Pnp.Remove(rig.BusPath));
        Assert.Null(machine.BugCheck);
        Assert.Empty(machine.IoManager.Irps.InUse());
        Assert.Empty(machine.Tracking.Outstanding("busenum"));
        Assert.Empty(machine.Tracking.Outstanding("toaster"));
        output.WriteLine($"busenum seed {seed}: {bus.Counts}; toaster: {toaster?.Counts.ToString() ?? "(unplugged by the fuzzer)"}");
    }

    [Fact]
    public void UnprobedDriver_RandomRequests_BugCheckIsBlamedOnIt()
    {
        using var machine = TestMachine.Boot(options: new MachineOptions { Seed = 3 });
        machine.Services.Install<UnprobedNeitherDriver>("Unprobed");
        NtAssert.Completed(machine, machine.Services.Start("Unprobed"));
        var target = new FuzzTarget("Unprobed", @"\\.\Unprobed", [UnprobedNeitherDriver.IOCTL_UNPROBED]);
        var fuzzer = new RequestFuzzer(target, 3, s_requests);
        var app = machine.StartProcess("fuzz", _ => fuzzer.Main(target.Win32Name));

        // The fuzzer finds the unprobed METHOD_NEITHER read: 0x3B, and the account names the driver, not the application.
        var status = app.WaitForExit();
        Assert.Equal(RunStatus.BugCheck, status);
        Assert.Null(fuzzer.Escaped);
        var info = machine.BugCheck!;
        Assert.Equal(SYSTEM_SERVICE_EXCEPTION, info.Code);
        Assert.Equal("Unprobed", info.Module);
        Assert.Contains(nameof(UnprobedNeitherDriver), info.Location ?? "", StringComparison.Ordinal);
    }

    private static int FromEnvironment(string name, int otherwise) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var value) && value > 0 ? value : otherwise;

    private static RequestFuzzer Fuzz(Machine machine, FuzzTarget target, string path, int seed)
    {
        var fuzzer = new RequestFuzzer(target, seed, s_requests);
        var app = machine.StartProcess("fuzz", _ => fuzzer.Main(ResolvePath(path)));
        var status = app.WaitForExit();
        Assert.True(status == RunStatus.Completed && machine.BugCheck is null && fuzzer.Escaped is null,
            $"{target} seed {seed} ended {status}: {machine.BugCheck?.Account ?? machine.Deadlock?.ToString() ?? machine.StopReport?.ToString() ?? fuzzer.Escaped?.ToString()}"
            + $"{Environment.NewLine}last requests:{Environment.NewLine}{fuzzer.Recent}");
        return fuzzer;
    }

    private static string ResolvePath(string path)
    {
        if (!path.StartsWith("interface:", StringComparison.Ordinal))
        {
            return path;
        }

        var parts = path.Split(':');
        return ToasterInterfaces.PathOf(Guid.Parse(parts[1]), parts[2].Split('\\')[^1]);
    }

    /// <summary>REGISTER_EVENT for an IRP-based notification due in 1 to 50 ms.</summary>
    private static byte[] RegisterIrpBased(Random random)
    {
        var bytes = new byte[EventPublic.SIZEOF_REGISTER_EVENT];
        BitConverter.TryWriteBytes(bytes.AsSpan(0), (int)NOTIFY_TYPE.IRP_BASED);
        BitConverter.TryWriteBytes(bytes.AsSpan(16), -10_000L * random.Next(1, 51));
        return bytes;
    }

    private static readonly Dictionary<string, Type> DriverTypes = new()
    {
        ["Zero"] = typeof(ZeroDriver),
        ["sioctl"] = typeof(SioctlDriver),
        ["event"] = typeof(EventDriver),
        ["cancel"] = typeof(CancelDriver),
        ["booster"] = typeof(BoosterDriver),
    };

    private static readonly Dictionary<string, FuzzTarget> Targets = new()
    {
        ["Zero"] = new("Zero", ZeroPublic.ZERO_WIN32_NAME, [ZeroPublic.IOCTL_ZERO_GET_STATS, ZeroPublic.IOCTL_ZERO_CLEAR_STATS]),
        ["sioctl"] = new("sioctl", SioctlPublic.WIN32_DEVICE_NAME, [SioctlPublic.IOCTL_SIOCTL_METHOD_IN_DIRECT, SioctlPublic.IOCTL_SIOCTL_METHOD_OUT_DIRECT,
            SioctlPublic.IOCTL_SIOCTL_METHOD_NEITHER, SioctlPublic.IOCTL_SIOCTL_METHOD_BUFFERED], ReadsAndWrites: false),
        // An IRP-based registration waits for a timer of the caller's choosing: overlapped requests only.
        ["event"] = new("event", EventPublic.DOS_DEVICE_NAME, [EventPublic.IOCTL_REGISTER_EVENT], SynchronousRequests: false, ReadsAndWrites: false,
            Inputs: new Dictionary<uint, Func<Random, byte[]>> { [EventPublic.IOCTL_REGISTER_EVENT] = RegisterIrpBased }),
        ["cancel"] = new("cancel", CancelPublic.DOS_DEVICE_NAME, [CTL_CODE(FILE_DEVICE_UNKNOWN, 0x800, METHOD_BUFFERED, FILE_ANY_ACCESS)],
            SynchronousRequests: false),
        // Booster serves writes only (random thread ids and priorities); a control code gets STATUS_INVALID_DEVICE_REQUEST.
        ["booster"] = new("booster", BoosterPublic.BOOSTER_WIN32_NAME, [CTL_CODE(FILE_DEVICE_UNKNOWN, 0x800, METHOD_BUFFERED, FILE_ANY_ACCESS)]),
    };
}
