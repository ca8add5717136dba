using Xunit.Abstractions;

namespace NtSim.Testing;

/// <summary>
/// Boots the machine a test runs its driver in:
/// <code>
/// using var machine = TestMachine.Boot(output, new MachineOptions { Processors = 2, Seed = 7 });
/// </code>
/// Dispose it at the end of the test (<c>using var</c>): that halts it and lets its threads unwind.
/// </summary>
public static class TestMachine
{
    /// <summary>Boots a machine with <paramref name="options"/> (seed, processors, mode, verifier flags,
    /// Windows version ...; <see cref="MachineOptions"/>' defaults when null: two processors,
    /// deterministic, seed 0, Driver Verifier's standard flags) and, when <paramref name="output"/> is
    /// given, routes every DbgPrint and KdPrint line of the machine to it
    /// (<see cref="MachineTestExtensions.RouteDebugOutput"/>).</summary>
    public static Machine Boot(ITestOutputHelper? output = null, MachineOptions? options = null)
    {
        var machine = Machine.Boot(options);
        if (output is not null)
        {
            machine.RouteDebugOutput(output);
        }

        return machine;
    }
}
