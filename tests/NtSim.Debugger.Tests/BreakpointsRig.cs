using NtSim.Samples.Zero;
using NtSim.Testing;

namespace NtSim.Debugger.Tests;

/// <summary>The machine the breakpoint tests debug: kernel debugging attached, Zero started as a legacy service (a driver
/// type of the host: its routines are hit at the kernel's call into them), and zerotest to run against it. Fixed seed,
/// deterministic: the same addresses and the same stops every run.</summary>
internal sealed class BreakpointsRig : IDisposable
{
    internal BreakpointsRig(bool startZero = true)
    {
        Machine = TestMachine.Boot(options: new MachineOptions { Processors = 2, Seed = 14, KernelDebugging = KernelDebugging.Attached });
        if (startZero)
        {
            StartZero();
        }

        Kd = new KernelDebugger(Machine);
    }

    internal Machine Machine { get; }

    internal KernelDebugger Kd { get; }

    internal UserProcess? Client { get; private set; }

    internal void StartZero() => Machine.StartDriver<ZeroDriver>("Zero");

    /// <summary>Starts zerotest and runs the machine until it is idle or stops (a breakpoint: RunStatus.Break).</summary>
    internal RunStatus RunZeroTest()
    {
        Client = Machine.StartProcess("zerotest", ZeroTest.Main);
        return Machine.RunUntilIdle();
    }

    public void Dispose() => Machine.Dispose();
}
