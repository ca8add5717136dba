using NtSim.Debugger.Dump;
using NtSim.Samples.Zero;
using NtSim.Testing;

namespace NtSim.Debugger.Tests;

/// <summary>The machine the module and device commands read: Zero started as a legacy service (a host-loaded
/// driver type) and the Simple test driver installed from its INF on Root\NtSimSimple (a driver loaded from its
/// file, with a PnP device stack). Fixed seed, deterministic: the same addresses every run.</summary>
internal sealed class DevicesRig : IDisposable
{
    private readonly DirectoryInfo _package = Directory.CreateTempSubdirectory("ntsim-kd-");

    /// <summary>The machine; with <paramref name="crashDumpFile"/>, one that writes a dump of <paramref name="dumpType"/> there when it bug checks.</summary>
    internal DevicesRig(string? crashDumpFile = null, CrashDumpType dumpType = CrashDumpType.Kernel)
    {
        // simple.inf names simple.sys: the package's driver assembly goes by that name's stem.
        var drivers = Path.Combine(AppContext.BaseDirectory, "drivers");
        File.Copy(Path.Combine(drivers, "simple.inf"), Path.Combine(_package.FullName, "simple.inf"));
        File.Copy(Path.Combine(drivers, "Simple.dll"), Path.Combine(_package.FullName, "simple.dll"));
        Machine = TestMachine.Boot(options: new MachineOptions
        {
            Processors = 2, Seed = 14, CrashDumpWriter = crashDumpFile is null ? null : new CrashDumpWriter(), CrashDumpFile = crashDumpFile,
            CrashDumpType = crashDumpFile is null ? null : dumpType,
        });
        Zero = Machine.StartDriver<ZeroDriver>("Zero");
        Simple = Machine.InstallDevice(Path.Combine(_package.FullName, "simple.inf"), @"Root\NtSimSimple");
        Kd = new KernelDebugger(Machine);
    }

    internal Machine Machine { get; }

    internal DRIVER_OBJECT Zero { get; }

    internal DeviceNode Simple { get; }

    internal KernelDebugger Kd { get; }

    /// <summary>The Simple driver's FDO (the top of its device stack).</summary>
    internal DEVICE_OBJECT SimpleFdo => Simple.Stack[^1];

    public void Dispose()
    {
        Machine.Dispose();
        _package.Delete(recursive: true);
    }
}
