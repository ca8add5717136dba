using static NtSim.Wdm;
using static NtSim.Win32;

namespace NtSim.Debugger.Tests;

/// <summary>The machines the thread, processor and stack commands are tested on: one stopped at a bug check
/// inside a driver holding a spin lock at DISPATCH_LEVEL, one with a user process blocked in a pending read.</summary>
internal static class ThreadsRig
{
    private const string Services = @"\Registry\Machine\System\CurrentControlSet\Services\";

    /// <summary>The Runaway test driver in its SpinLockSpin mode (6): DriverEntry takes a spin lock and loops,
    /// until the DPC watchdog bug checks (0x133) on its line. With <paramref name="dumpFile"/>, the bug check writes a
    /// crash dump there (of <paramref name="dumpType"/>, a kernel dump by default).</summary>
    internal static Machine BugCheckedInDriver(string? dumpFile = null, CrashDumpType? dumpType = null)
    {
        var machine = Boot(dumpFile, dumpType);
        machine.Services.Create("Runaway", Driver("Runaway"));
        machine.Registry.SetValue(Services + @"Runaway\Parameters", "Mode", 6u);
        Assert.Equal(RunStatus.BugCheck, machine.Services.Start("Runaway"));
        return machine;
    }

    /// <summary><see cref="DispatchWaitDriver"/>: a wait at DISPATCH_LEVEL bug checks with a spin lock held and a DPC queued.</summary>
    internal static Machine BugCheckedInWait(string? dumpFile = null)
    {
        var machine = Boot(dumpFile);
        machine.Services.Install("DispatchWait", typeof(DispatchWaitDriver));
        Assert.Equal(RunStatus.BugCheck, machine.Services.Start("DispatchWait"));
        return machine;
    }

    /// <summary>The Leaky test driver with its sleeping system thread and its one-second timer, and a process
    /// "reader.exe" whose ReadFile on \\.\Pending stays pending (<see cref="PendingDriver"/>).</summary>
    internal static Machine PendingRead()
    {
        var machine = Boot();
        machine.Services.Create("Leaky", Driver("Leaky"));
        machine.Registry.SetValue(Services + @"Leaky\Parameters", "Thread", 1u);
        Assert.Equal(RunStatus.Completed, machine.Services.Start("Leaky"));
        machine.Services.Install("Pending", typeof(PendingDriver));
        Assert.Equal(RunStatus.Completed, machine.Services.Start("Pending"));
        machine.StartProcess("reader.exe", args =>
        {
            var file = CreateFile(@"\\.\Pending", GENERIC_READ, 0, null, OPEN_EXISTING, 0, HANDLE.NULL);
            return ReadFile(file, new byte[16], 16, out _, null) ? 0 : 1;
        });
        Assert.Equal(RunStatus.Completed, machine.RunUntilIdle());
        return machine;
    }

    private static Machine Boot(string? dumpFile = null, CrashDumpType? dumpType = null) => Machine.Boot(new MachineOptions
    {
        Processors = 2, Seed = 14, Mode = ExecutionMode.Deterministic, InstrumentDrivers = true,
        CrashDumpWriter = dumpFile is null ? null : new Dump.CrashDumpWriter(), CrashDumpFile = dumpFile, CrashDumpType = dumpType,
    });

    private static string Driver(string name) => Path.Combine(AppContext.BaseDirectory, "drivers", name + ".dll");
}
