using System.Runtime.CompilerServices;
using static NtSim.Wdm;
using static NtSim.Tests.MachineAssert;

namespace NtSim.Tests.Mm;

/// <summary>MmAllocateContiguousMemory(SpecifyCache), MmFreeContiguousMemory and MmGetPhysicalAddress.</summary>
public sealed class ContiguousMemoryTests
{
    private static readonly LARGE_INTEGER NoLimit = -1;   // MAXULONG64 as a PHYSICAL_ADDRESS

    [Fact]
    public void MmAllocateContiguousMemory_IsPhysicallyContiguous_NonPaged_AndFreed()
    {
        using var machine = Boot();
        var physical = new long[3];
        long afterFree = -1;
        Completed(machine, machine.Run(() =>
        {
            var buffer = MmAllocateContiguousMemory(3 * PAGE_SIZE, NoLimit);
            Assert.False(buffer.IsNull);
            for (var i = 0; i < 3; i++)
            {
                physical[i] = MmGetPhysicalAddress(buffer + (ulong)i * PAGE_SIZE + 0x10).QuadPart;
            }

            // Nonpaged: usable at DISPATCH_LEVEL.
            KeRaiseIrql(DISPATCH_LEVEL, out var old);
            (buffer + 2 * PAGE_SIZE).Write(0x5555AAAAUL);
            Assert.Equal(0x5555AAAAUL, (buffer + 2 * PAGE_SIZE).Read<ulong>());
            KeLowerIrql(old);

            MmFreeContiguousMemory(buffer);
            afterFree = MmGetPhysicalAddress(buffer).QuadPart;
        }));

        Assert.Equal(0x10, physical[0] & 0xFFF);
        Assert.Equal(physical[0] + 0x1000, physical[1]);
        Assert.Equal(physical[0] + 0x2000, physical[2]);
        Assert.Equal(0, afterFree);
        Assert.Equal(0, machine.Tracking.Count);
    }

    [Fact]
    public void MmAllocateContiguousMemorySpecifyCache_RangeTheMachineCannotMeet_ReturnsNull()
    {
        using var machine = Boot();
        PVOID below1MB = default, aboveEverything = default, ok = default;
        Completed(machine, machine.Run(() =>
        {
            below1MB = MmAllocateContiguousMemorySpecifyCache(PAGE_SIZE, 0, 0xFFFFF, 0, MmNonCached);
            aboveEverything = MmAllocateContiguousMemorySpecifyCache(PAGE_SIZE, long.MaxValue, NoLimit, 0, MmCached);
            ok = MmAllocateContiguousMemorySpecifyCache(2 * PAGE_SIZE, 0, NoLimit, 0x10_0000, MmWriteCombined);
            MmFreeContiguousMemory(ok);
        }));

        Assert.True(below1MB.IsNull);
        Assert.True(aboveEverything.IsNull);
        Assert.False(ok.IsNull);
    }

    [Fact]
    public void MmAllocateContiguousMemory_MoreThanTheMachineHas_ReturnsNull()
    {
        using var machine = Machine.Boot(new MachineOptions { MemoryMegabytes = 64 });
        PVOID tooMuch = default;
        Completed(machine, machine.Run(() => tooMuch = MmAllocateContiguousMemory(65UL << 20, NoLimit)));
        Assert.True(tooMuch.IsNull);
    }

    [Fact]
    public void MmFreeContiguousMemory_Twice_BugChecksC2_60()
    {
        using var machine = Boot();
        ulong address = 0;
        var status = machine.Run(() =>
        {
            var buffer = MmAllocateContiguousMemory(PAGE_SIZE, NoLimit);
            address = buffer.Address;
            MmFreeContiguousMemory(buffer);
            MmFreeContiguousMemory(buffer);
        });

        // BAD_POOL_CALLER 0x60: an invalid contiguous memory address (P2 the address, P3 and P4 0).
        var info = BugCheck(machine, status, BAD_POOL_CALLER, 0x60, address, 0, 0);
        Assert.Contains("freed twice?", info.Detail);
    }

    [Fact]
    public void MmFreeContiguousMemory_OfAPoolBlock_BugChecksC2_60()
    {
        using var machine = Boot();
        ulong address = 0;
        var status = machine.Run(() =>
        {
            var block = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, TAG("Cont"));
            address = block.Address;
            MmFreeContiguousMemory(block);
        });

        BugCheck(machine, status, BAD_POOL_CALLER, 0x60, address, 0, 0);
    }

    [Fact]
    public void MmAllocateContiguousMemory_AboveDispatchLevel_BugChecksC4_E5()
    {
        using var machine = Boot();
        var status = machine.Run(() =>
        {
            KeRaiseIrql(HIGH_LEVEL, out _);
            MmAllocateContiguousMemory(PAGE_SIZE, NoLimit);
        });

        BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0xE5, (ulong)HIGH_LEVEL, 0, 0);
    }

    [Fact]
    public void MmGetPhysicalAddress_OfAnUnmappedAddress_IsZero_AndOfPoolIsItsPage()
    {
        using var machine = Boot();
        long unmapped = -1, pool = 0, poolNextByte = 0;
        Completed(machine, machine.Run(() =>
        {
            unmapped = MmGetPhysicalAddress(new PVOID(0xFFFF_F000_1234_0000)).QuadPart;
            var block = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, TAG("Phys"));
            pool = MmGetPhysicalAddress(block).QuadPart;
            poolNextByte = MmGetPhysicalAddress(block + 1L).QuadPart;
            ExFreePool(block);
        }));

        Assert.Equal(0, unmapped);
        Assert.NotEqual(0, pool);
        Assert.Equal(pool + 1, poolNextByte);
    }

    [Fact]
    public void Stop_WithContiguousMemoryLeft_ReportsItWithItsLine()
    {
        using var machine = Boot();
        machine.Services.Install<ContiguousKeeper>("ContKeeper");
        Completed(machine, machine.Services.Start("ContKeeper"));

        var report = machine.Services.Stop("ContKeeper");

        var item = Assert.Single(report.Items);
        Assert.Equal(UnloadLeakKind.Other, item.Kind);
        Assert.Contains("contiguous memory (MmAllocateContiguousMemory, freed by MmFreeContiguousMemory) of 8192 bytes not released", item.Description);
        Assert.Equal($"{nameof(ContiguousMemoryTests)}.cs:{ContiguousKeeper.AllocationLine}", item.Location);
    }

    public sealed class ContiguousKeeper : IDriver
    {
        internal static int AllocationLine { get; private set; }

        public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
        {
            DriverObject.DriverUnload = _ => { };
            AllocationLine = Line(); var buffer = MmAllocateContiguousMemory(2 * PAGE_SIZE, -1);
            return buffer.IsNull ? STATUS_INSUFFICIENT_RESOURCES : STATUS_SUCCESS;
        }

        private static int Line([CallerLineNumber] int line = 0) => line;
    }
}
