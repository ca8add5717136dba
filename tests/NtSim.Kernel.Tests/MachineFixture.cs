namespace NtSim.Tests;

/// <summary>Helpers shared by the kernel tests.</summary>
internal static class MachineAssert
{
    /// <summary>Asserts that a run completed, showing the bug check or deadlock if it did not.</summary>
    public static void Completed(Machine machine, RunStatus status)
    {
        if (status != RunStatus.Completed)
        {
            Assert.Fail($"Run ended with {status}: {machine.BugCheck?.ToString() ?? machine.Deadlock?.ToString() ?? "(no report)"}");
        }
    }

    /// <summary>Asserts the machine bug checked with exactly this code and these four parameters.</summary>
    public static BugCheckInfo BugCheck(Machine machine, RunStatus status, uint code, ulong p1, ulong p2, ulong p3, ulong p4)
    {
        Assert.Equal(RunStatus.BugCheck, status);
        var info = machine.BugCheck;
        Assert.NotNull(info);
        Assert.True(info.Code == code, $"expected bug check 0x{code:X}, got {info}");
        ulong[] expected = [p1, p2, p3, p4];
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(expected[i] == info.Parameters[i], $"parameter {i + 1}: expected 0x{expected[i]:X}, got 0x{info.Parameters[i]:X} in {info}");
        }

        return info;
    }

    public static Machine Boot(int processors = 2, int seed = 0, ExecutionMode mode = ExecutionMode.Deterministic) =>
        Machine.Boot(new MachineOptions { Processors = processors, Seed = seed, Mode = mode });
}
