using static NtSim.Wdm;

namespace NtSim.Tests.Ex;

public sealed class ExPoolConcurrencyTests
{
    private static readonly uint Tag = TAG("Conc");

    [Theory]
    [InlineData(ExecutionMode.Concurrent)]
    [InlineData(ExecutionMode.Deterministic)]
    public void ExAllocatePool2_FromDpcsOnEveryProcessor_KeepsPoolConsistent(ExecutionMode mode)
    {
        using var machine = Machine.Boot(new MachineOptions { Processors = 4, Mode = mode, Seed = 3 });
        var status = machine.Run(() =>
        {
            var done = new List<KEVENT>();
            var dpcs = new List<KDPC>();
            for (var p = 0; p < 4; p++)
            {
                var finished = new KEVENT();
                KeInitializeEvent(finished, NotificationEvent, false);
                var dpc = new KDPC();
                KeInitializeDpc(dpc, (_, context, _, _) =>
                {
                    Churn(500, (int)context!);
                    KeSetEvent(finished, 0, false);
                }, p);
                KeSetTargetProcessorDpc(dpc, (sbyte)p);
                done.Add(finished);
                dpcs.Add(dpc);
            }

            foreach (var dpc in dpcs)
            {
                KeInsertQueueDpc(dpc, null, null);
            }

            Churn(500, 99);
            foreach (var finished in done)
            {
                KeWaitForSingleObject(finished, Executive, KernelMode, false, null);
            }
        });
        MachineAssert.Completed(machine, status);
        Assert.Empty(machine.Pool.Validate());
        Assert.Equal(0, machine.Pool.QueryTag(Tag).Outstanding);
        Assert.Equal(0UL, machine.Pool.NonPagedBytesInUse);
        Assert.Empty(machine.Tracking.Outstanding());
    }

    private static void Churn(int rounds, int seed)
    {
        var random = new Random(seed);
        var held = new List<(PVOID Block, byte Fill, int Size)>();
        for (var i = 0; i < rounds; i++)
        {
            if (held.Count > 0 && random.Next(3) == 0)
            {
                var index = random.Next(held.Count);
                var (block, fill, size) = held[index];
                held.RemoveAt(index);
                var span = block.AsReadOnlySpan(size);
                Assert.True(span.IndexOfAnyExcept(fill) < 0, "a block's contents changed while another processor used the pool");
                ExFreePoolWithTag(block, Tag);
            }
            else
            {
                var size = random.Next(1, 6000);
                var block = ExAllocatePool2(POOL_FLAG_NON_PAGED, (ulong)size, Tag);
                var fill = (byte)random.Next(1, 255);
                block.AsSpan(size).Fill(fill);
                held.Add((block, fill, size));
            }
        }

        foreach (var (block, _, _) in held)
        {
            ExFreePoolWithTag(block, Tag);
        }
    }
}
