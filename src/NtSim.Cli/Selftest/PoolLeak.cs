using static NtSim.Wdm;

namespace NtSim.Cli.Selftest;

/// <summary>A driver allocates three blocks and frees two: the tracker names the line of the third.</summary>
internal static class PoolLeak
{
    private static readonly uint Tag = TAG("Leak");

    internal static ScenarioResult Run(Machine machine)
    {
        var module = typeof(PoolLeak).Assembly.GetName().Name!;
        var status = machine.Run(() =>
        {
            var header = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, Tag);
            var buffer = ExAllocatePool2(POOL_FLAG_PAGED, 200, Tag);
            var table = ExAllocatePool2(POOL_FLAG_NON_PAGED, 5000, Tag);
            header.AsSpan(64).Fill(0xAB);
            ExFreePoolWithTag(header, Tag);
            ExFreePoolWithTag(table, Tag);
            _ = buffer; // forgotten: never freed
        }, "LeakyDriver");

        var leaks = machine.Tracking.Outstanding(module, ResourceKind.PoolAllocation);
        var usage = machine.Pool.QueryTag(Tag);
        var passed = status == RunStatus.Completed && leaks.Count == 1 && leaks[0].Size == 200
            && leaks[0].Location.StartsWith("PoolLeak.cs:", StringComparison.Ordinal);
        return new ScenarioResult(passed,
        [
            $"run: {Scenarios.Describe(machine, status)}",
            .. machine.Tracking.Report(module).TrimEnd().Split(Environment.NewLine),
            $"tag usage: {usage}",
        ]);
    }
}
