using static NtSim.Wdm;

namespace NtSim.Tests.Rtl;

/// <summary>Bitmaps, byte swaps and the ULONG memory routines.</summary>
public sealed class RtlBitMapTests
{
    private static readonly uint Tag = TAG("BitT");

    [Fact]
    public void RtlSetBits_ClearBits_TestAndCount()
    {
        using var machine = MachineAssert.Boot();
        var bits = new uint[2];
        var bitmap = new RTL_BITMAP();
        var answers = new List<object>();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            RtlInitializeBitMap(bitmap, bits, 40);
            RtlSetBits(bitmap, 3, 31);
            answers.Add(bits[0]);
            answers.Add(bits[1]);
            RtlClearBits(bitmap, 10, 2);
            answers.Add(RtlCheckBit(bitmap, 10));
            answers.Add(RtlTestBit(bitmap, 12));
            answers.Add(RtlNumberOfSetBits(bitmap));
            answers.Add(RtlNumberOfClearBits(bitmap));
            answers.Add(RtlAreBitsSet(bitmap, 3, 7));
            answers.Add(RtlAreBitsSet(bitmap, 3, 8));
            answers.Add(RtlAreBitsClear(bitmap, 34, 6));
            answers.Add(RtlAreBitsClear(bitmap, 34, 7)); // past the end: FALSE
            answers.Add(RtlAreBitsClear(bitmap, 0, 0));  // empty range: FALSE
        }));
        Assert.Equal<object>([0xFFFFFFF8u, 0x3u, false, true, 29u, 11u, true, false, true, false, false], answers);
    }

    [Fact]
    public void RtlFindClearBits_FromTheHint_ThenFromTheStart()
    {
        using var machine = MachineAssert.Boot();
        var bitmap = new RTL_BITMAP();
        var found = new List<uint>();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            RtlInitializeBitMap(bitmap, new uint[1], 32);
            RtlSetAllBits(bitmap);
            RtlClearBits(bitmap, 2, 3);   // clear 2..4
            RtlClearBits(bitmap, 20, 5);  // clear 20..24
            found.Add(RtlFindClearBits(bitmap, 3, 0));
            found.Add(RtlFindClearBits(bitmap, 3, 10));
            found.Add(RtlFindClearBits(bitmap, 4, 22));  // nothing from 22 on: wraps to the start
            found.Add(RtlFindClearBits(bitmap, 6, 0));
            found.Add(RtlFindSetBits(bitmap, 15, 0));
            found.Add(RtlFindClearBitsAndSet(bitmap, 4, 0));
            found.Add(RtlFindClearBits(bitmap, 4, 0));
            found.Add(RtlFindSetBitsAndClear(bitmap, 2, 0));
            found.Add(RtlFindFirstRunClear(bitmap, out var start));
            found.Add(start);
            RtlClearAllBits(bitmap);
            found.Add(RtlFindLongestRunClear(bitmap, out start));
        }));
        Assert.Equal([2u, 20u, 20u, 0xFFFFFFFFu, 5u, 20u, 0xFFFFFFFFu, 0u, 5u, 0u, 32u], found);
    }

    [Fact]
    public void RtlFindLeastAndMostSignificantBit_AndByteSwaps()
    {
        using var machine = MachineAssert.Boot();
        var answers = new List<sbyte>();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            answers.Add(RtlFindLeastSignificantBit(0x50));
            answers.Add(RtlFindMostSignificantBit(0x50));
            answers.Add(RtlFindLeastSignificantBit(0));
            answers.Add(RtlFindMostSignificantBit(1UL << 63));
        }));
        Assert.Equal([(sbyte)4, (sbyte)6, (sbyte)-1, (sbyte)63], answers);
        Assert.Equal((ushort)0x3412, RtlUshortByteSwap(0x1234));
        Assert.Equal(0x78563412u, RtlUlongByteSwap(0x12345678));
        Assert.Equal(0xEFCDAB8967452301UL, RtlUlonglongByteSwap(0x0123456789ABCDEF));
    }

    [Fact]
    public void RtlSetBits_InNonPagedPool_WritesTheBlock()
    {
        using var machine = MachineAssert.Boot();
        uint word = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var p = ExAllocatePool2(POOL_FLAG_NON_PAGED, 8, Tag);
            var bitmap = new RTL_BITMAP();
            RtlInitializeBitMap(bitmap, p, 64);
            KeRaiseIrql(DISPATCH_LEVEL, out var old);
            RtlSetBits(bitmap, 4, 4);
            KeLowerIrql(old);
            word = p.Read<uint>();
            ExFreePoolWithTag(p, Tag);
        }));
        Assert.Equal(0xF0u, word);
    }

    [Fact]
    public void RtlSetBits_InPagedPoolAtDispatch_BugChecksD1()
    {
        using var machine = MachineAssert.Boot();
        ulong address = 0;
        var status = machine.Run(() =>
        {
            var p = ExAllocatePool2(POOL_FLAG_PAGED, 8, Tag);
            address = p.Address;
            var bitmap = new RTL_BITMAP();
            RtlInitializeBitMap(bitmap, p, 64);
            KeRaiseIrql(DISPATCH_LEVEL, out _);
            RtlSetBits(bitmap, 0, 1);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_IRQL_NOT_LESS_OR_EQUAL, address, 2, 1, 0);
    }

    [Fact]
    public void RtlSetBits_PastTheEnd_IsTheCallersBug()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() =>
        {
            var bitmap = new RTL_BITMAP();
            RtlInitializeBitMap(bitmap, new uint[1], 32);
            RtlSetBits(bitmap, 30, 3);
        });
        Assert.Equal(RunStatus.BugCheck, status);
        Assert.Contains("RtlSetBits: bits 30 to 32 run past the end of a bitmap of 32 bits", machine.BugCheck!.Detail);
    }

    [Fact]
    public void RtlFillMemoryUlong_AndRtlCompareMemoryUlong()
    {
        using var machine = MachineAssert.Boot();
        var answers = new List<ulong>();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var p = ExAllocatePool2(POOL_FLAG_NON_PAGED, 16, Tag);
            RtlFillMemoryUlong(p, 16, 0xDEADBEEF);
            answers.Add(RtlCompareMemoryUlong(p, 16, 0xDEADBEEF));
            (p + 8).Write(1u);
            answers.Add(RtlCompareMemoryUlong(p, 16, 0xDEADBEEF));
            answers.Add(RtlCompareMemoryUlong(p + 1, 8, 0xDEADBEEF)); // unaligned: 0
            answers.Add(RtlCompareMemoryUlong(p, 6, 0xDEADBEEF));     // not a multiple of four: 0
            RtlZeroBytes(p, 16);
            RtlFillBytes(p, 2, 0xAB);
            RtlCopyBytes(p + 4, p, 2);
            RtlCopyMemoryNonTemporal(p + 8, p, 8);
            RtlPrefetchMemoryNonTemporal(p, 16);
            answers.Add(p.Read<ulong>());
            answers.Add((p + 8).Read<ulong>());
            ExFreePoolWithTag(p, Tag);
        }));
        Assert.Equal([16UL, 8UL, 0UL, 0UL, 0x0000ABAB0000ABABUL, 0x0000ABAB0000ABABUL], answers);
    }

    [Fact]
    public void RtlInterlockedSetBits_AndClearBits_AcrossULongs()
    {
        using var machine = MachineAssert.Boot();
        var bits = new uint[3];
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var bitmap = new RTL_BITMAP();
            RtlInitializeBitMap(bitmap, bits, 96);
            RtlInterlockedSetBits(bitmap, 28, 40);   // 28..67
            RtlInterlockedClearBits(bitmap, 30, 34); // 30..63
        }));
        Assert.Equal([0x30000000u, 0u, 0xFu], bits);
    }
}
