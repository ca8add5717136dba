using static NtSim.Wdm;
using static NtSim.Tests.Ex.PoolTestSupport;

namespace NtSim.Tests.Ex;

/// <summary>Overruns and damaged pool headers: found at the next free, allocation or validation.</summary>
public sealed class ExPoolCorruptionTests
{
    private static readonly uint Tag = TAG("Samp");

    [Fact]
    public void ExFreePool_OverrunIntoNextHeader_BugChecks19_20_AtFree()
    {
        using var machine = Boot();
        ulong a = 0, b = 0;
        var status = machine.Run(() =>
        {
            var first = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, Tag);
            var second = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, TAG("Next"));
            a = first.Address;
            b = second.Address;

            // The span runs past the 64-byte block into the next header, as memory does on Windows.
            first.AsSpan(64 + 8).Fill(0x41);
            ExFreePoolWithTag(first, Tag);
        });
        Assert.Equal(80UL, b - a);
        var info = MachineAssert.BugCheck(machine, status, BAD_POOL_HEADER, 0x20, a - 16, b - 16, 0);
        Assert.Contains("ran past its end", info.Detail);
        Assert.Contains("ExPoolCorruptionTests.cs:", info.Detail);
    }

    [Fact]
    public void ExFreePool_BlockWhoseHeaderWasOverrun_BugChecks19_05()
    {
        using var machine = Boot();
        ulong a = 0, b = 0;
        var status = machine.Run(() =>
        {
            var first = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, Tag);
            var second = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, TAG("Next"));
            a = first.Address;
            b = second.Address;
            first.AsSpan(64 + 16).Fill(0x03);
            ExFreePoolWithTag(second, TAG("Next"));
        });
        var info = MachineAssert.BugCheck(machine, status, BAD_POOL_HEADER, 0x05, a - 16, 0, b - 16);
        Assert.Contains("probably overran", info.Detail);
    }

    [Fact]
    public void ExFreePool_PreviousSizeOverrunTooLarge_BugChecks19_06()
    {
        using var machine = Boot();
        ulong b = 0;
        var status = machine.Run(() =>
        {
            var first = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, Tag);
            var second = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, TAG("Next"));
            b = second.Address;
            first.AsSpan(64 + 16).Fill(0x41);
            ExFreePoolWithTag(second, TAG("Next"));
        });
        MachineAssert.BugCheck(machine, status, BAD_POOL_HEADER, 0x06, b - 16, 0, b - 16);
    }

    [Fact]
    public void ExFreePool_OwnBlockSizeZeroed_BugChecks19_08()
    {
        using var machine = Boot();
        ulong b = 0;
        var status = machine.Run(() =>
        {
            var first = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, Tag);
            var second = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, Tag);
            b = second.Address;

            // Keep PreviousSize (5) and zero BlockSize, as a precise stray write would.
            var header = (second - 16).AsSpan(4);
            header[2] = 0;
            ExFreePoolWithTag(second, Tag);
            ExFreePoolWithTag(first, Tag);
        });
        MachineAssert.BugCheck(machine, status, BAD_POOL_HEADER, 0x08, 0, 0, b - 16);
    }

    [Fact]
    public void ExFreePool_OwnTagOverwritten_BugChecksC2_01()
    {
        using var machine = Boot();
        ulong p = 0;
        ulong header = 0;
        var status = machine.Run(() =>
        {
            var block = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, Tag);
            p = block.Address;
            (block - 12).Write(TAG("Evil"));
            header = (block - 16).Read<ulong>();
            ExFreePoolWithTag(block, Tag);
        });
        // P3: the first part of the (overwritten) header.
        MachineAssert.BugCheck(machine, status, BAD_POOL_CALLER, 0x01, p - 16, header, 0);
    }

    [Fact]
    public void Validate_FindsOverrunBeforeAnyFree()
    {
        using var machine = Boot();
        ulong b = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var first = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, Tag);
            var second = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, Tag);
            b = second.Address;
            first.AsSpan(65 + 15).Fill(0);
        }));
        var found = machine.Pool.Validate();
        var corruption = Assert.Single(found);
        Assert.Equal(b - 16, corruption.Entry.Address);
        Assert.Equal(BAD_POOL_HEADER, corruption.BugCheckCode);
        Assert.Equal(0x5UL, corruption.Parameter1);
    }

    [Fact]
    public void Validate_HealthyPool_FindsNothing()
    {
        using var machine = Boot();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var blocks = new List<PVOID>();
            for (var i = 1; i < 200; i++)
            {
                blocks.Add(ExAllocatePool2(i % 2 == 0 ? POOL_FLAG_PAGED : POOL_FLAG_NON_PAGED, (ulong)(i * 23 % 5000 + 1), Tag));
            }

            for (var i = 0; i < blocks.Count; i += 3)
            {
                ExFreePoolWithTag(blocks[i], Tag);
            }
        }));
        Assert.Empty(machine.Pool.Validate());
    }

    [Fact]
    public void ValidateOrBugCheck_Overrun_BugChecks19()
    {
        using var machine = Boot();
        ulong first = 0;
        var status = machine.Run(() =>
        {
            var block = ExAllocatePool2(POOL_FLAG_PAGED, 32, Tag);
            first = block.Address;
            ExAllocatePool2(POOL_FLAG_PAGED, 32, Tag);
            block.AsSpan(48).Clear();
            machine.Pool.ValidateOrBugCheck(KeGetCurrentThread(), "test validation");
        });
        // P2 and P4: the two headers that contradict each other (this block's and the next one's).
        MachineAssert.BugCheck(machine, status, BAD_POOL_HEADER, 0x5, first - 16, 0, first + 32);
    }

    [Fact]
    public void ExAllocatePool2_OverrunIntoPageTail_BugChecks19_0D_AtNextAllocation()
    {
        using var machine = Boot();
        ulong tail = 0;
        var status = machine.Run(() =>
        {
            var last = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, Tag);
            tail = last.Address + 64;
            last.AsSpan(64 + 4).Fill(0xEE);
            ExAllocatePool2(POOL_FLAG_NON_PAGED, 200, Tag);
        });
        MachineAssert.BugCheck(machine, status, BAD_POOL_HEADER, 0xD, tail, 0, 0);
    }
}
