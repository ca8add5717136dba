using NtSim.Samples.Zero;
using NtSim.Testing;

namespace NtSim.Debugger.Tests;

/// <summary>The machine the line breakpoint tests debug: kernel debugging attached, Zero loaded from its file (Zero.dll
/// and its PDB beside the tests) so that its image is instrumented with line probes, and zerotest to run against it.
/// Fixed seed, deterministic: the same stops every run.</summary>
internal sealed class LinesRig : IDisposable
{
    internal LinesRig(bool startZero = true)
    {
        Machine = TestMachine.Boot(options: new MachineOptions { Processors = 2, Seed = 14, KernelDebugging = KernelDebugging.Attached });
        Machine.Services.Create("Zero", Path.Combine(AppContext.BaseDirectory, "Zero.dll"));
        if (startZero)
        {
            StartZero();
        }

        Kd = new KernelDebugger(Machine);
    }

    internal Machine Machine { get; }

    internal KernelDebugger Kd { get; }

    internal UserProcess? Client { get; private set; }

    internal void StartZero() => Assert.Equal(RunStatus.Completed, Machine.Services.Start("Zero"));

    /// <summary>Starts zerotest and runs the machine until it is idle or stops (a breakpoint: RunStatus.Break).</summary>
    internal RunStatus RunZeroTest()
    {
        Client = Machine.StartProcess("zerotest", ZeroTest.Main);
        return Machine.RunUntilIdle();
    }

    public void Dispose() => Machine.Dispose();
}
