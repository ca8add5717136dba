using static NtSim.Wdm;

namespace NtSim.Tests.Ke;

public sealed class KeAffinityTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void KeSetSystemAffinityThreadEx_PinnedToProcessor1_RunsThereUntilReverted(int seed)
    {
        using var machine = MachineAssert.Boot(processors: 2, seed: seed);
        var seen = new List<uint>();
        ulong previous = 99, nested = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            previous = KeSetSystemAffinityThreadEx(1UL << 1);
            seen.Add(KeGetCurrentProcessorNumberEx(out _));
            for (var i = 0; i < 3; i++)
            {
                KeDelayExecutionThread(KernelMode, false, -10_000);
                seen.Add(KeGetCurrentProcessorNumberEx(out _));
            }

            nested = KeSetSystemAffinityThreadEx(1UL << 1);
            KeRevertToUserAffinityThreadEx(nested);
            KeRevertToUserAffinityThreadEx(previous);
        }));
        Assert.Equal(0UL, previous);
        Assert.Equal(1UL << 1, nested);
        Assert.Equal([1u, 1u, 1u, 1u], seen);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void KeSetSystemAffinityThread_TwoThreadsPinnedToProcessor0_BothRunOnlyThere(int seed)
    {
        using var machine = MachineAssert.Boot(processors: 2, seed: seed);
        var seen = new List<uint>();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            KeSetSystemAffinityThread(1);
            PsCreateSystemThread(out var worker, THREAD_ALL_ACCESS, null, HANDLE.NULL, context =>
            {
                KeSetSystemAffinityThread(1);
                for (var i = 0; i < 3; i++)
                {
                    lock (seen)
                    {
                        seen.Add(KeGetCurrentProcessorNumberEx(out _));
                    }

                    KeDelayExecutionThread(KernelMode, false, -10_000);
                }

                KeRevertToUserAffinityThread();
            }, null);
            for (var i = 0; i < 3; i++)
            {
                lock (seen)
                {
                    seen.Add(KeGetCurrentProcessorNumberEx(out _));
                }

                KeDelayExecutionThread(KernelMode, false, -10_000);
            }

            ZwWaitForSingleObject(worker, false, null);
            ZwClose(worker);
            KeRevertToUserAffinityThread();
        }));
        Assert.Equal(6, seen.Count);
        Assert.All(seen, n => Assert.Equal(0u, n));
    }

    [Fact]
    public void KeSetSystemAffinityThread_ConcurrentMode_RunsOnTheChosenProcessor()
    {
        using var machine = MachineAssert.Boot(processors: 2, mode: ExecutionMode.Concurrent);
        uint first = 9, second = 9;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            KeSetSystemAffinityThread(1UL << 1);
            first = KeGetCurrentProcessorNumberEx(out _);
            KeSetSystemAffinityThread(1);
            second = KeGetCurrentProcessorNumberEx(out _);
            KeRevertToUserAffinityThread();
        }));
        Assert.Equal(1u, first);
        Assert.Equal(0u, second);
    }

    [Fact]
    public void KeSetSystemAffinityThread_NoActiveProcessor_BugChecksInvalidAffinitySet()
    {
        using var machine = MachineAssert.Boot(processors: 2);
        var status = machine.Run(() => KeSetSystemAffinityThread(1UL << 5));

        // P1 the requested mask, P2 the active processors (NtSim's choice: Windows documents none).
        MachineAssert.BugCheck(machine, status, INVALID_AFFINITY_SET, 1UL << 5, 3, 0, 0);
    }

    [Fact]
    public void KeSetSystemAffinityThreadEx_AtDispatch_BugChecksIrqlRule()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() =>
        {
            KeRaiseIrql(DISPATCH_LEVEL, out _);
            KeSetSystemAffinityThreadEx(1);
        });

        // 0xC4/0xE5: documented at IRQL <= APC_LEVEL; P2 the IRQL.
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0xE5, (ulong)DISPATCH_LEVEL, 0, 0);
    }

    [Fact]
    public void KeQueryActiveProcessors_AndCounts_DescribeTheMachine()
    {
        using var machine = MachineAssert.Boot(processors: 3);
        ulong active = 0, group0 = 0, group1 = 1;
        uint max = 0, max0 = 0, maxAll = 0, max1 = 1;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            active = KeQueryActiveProcessors();
            max = KeQueryMaximumProcessorCount();
            max0 = KeQueryMaximumProcessorCountEx(0);
            maxAll = KeQueryMaximumProcessorCountEx(ALL_PROCESSOR_GROUPS);
            max1 = KeQueryMaximumProcessorCountEx(1);
            group0 = KeQueryGroupAffinity(0);
            group1 = KeQueryGroupAffinity(1);
        }));
        Assert.Equal(0b111UL, active);
        Assert.Equal(3u, max);
        Assert.Equal(3u, max0);
        Assert.Equal(3u, maxAll);
        Assert.Equal(0u, max1);
        Assert.Equal(0b111UL, group0);
        Assert.Equal(0UL, group1);
    }
}
