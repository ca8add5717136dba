using static NtSim.Wdm;
using static NtSim.Tests.MachineAssert;

namespace NtSim.Tests.Hal;

/// <summary>MmMapIoSpace(Ex)/MmUnmapIoSpace and READ_REGISTER_* / WRITE_REGISTER_* with their buffer forms.</summary>
public sealed class RegisterIoTests
{
    private const ulong Bar = 0xFEBF_0000;

    [Fact]
    public void ReadWriteRegister_ThroughMmMapIoSpace_ReachTheDevice_AtEveryWidth()
    {
        using var machine = Boot();
        var block = new RegisterBlock(0x100);
        machine.Hardware.MapRegisters(Bar, 0x100, block);
        uint id = 0;
        byte b = 0;
        ushort w = 0;
        uint d = 0;
        ulong q = 0;
        Completed(machine, machine.Run(() =>
        {
            var registers = MmMapIoSpace(new LARGE_INTEGER((long)Bar), 0x100, MmNonCached);
            Assert.False(registers.IsNull);
            id = READ_REGISTER_ULONG(registers);
            WRITE_REGISTER_UCHAR(registers + 0x10, 0x11);
            WRITE_REGISTER_USHORT(registers + 0x12, 0x2233);
            WRITE_REGISTER_ULONG(registers + 0x14, 0x44556677);
            WRITE_REGISTER_ULONG64(registers + 0x18, 0x8899AABB_CCDDEEFF);
            b = READ_REGISTER_UCHAR(registers + 0x10);
            w = READ_REGISTER_USHORT(registers + 0x12);
            d = READ_REGISTER_ULONG(registers + 0x14);
            q = READ_REGISTER_ULONG64(registers + 0x18);
            MmUnmapIoSpace(registers, 0x100);
        }));

        Assert.Equal(RegisterBlock.Id, id);
        Assert.Equal(0x11, b);
        Assert.Equal(0x2233, w);
        Assert.Equal(0x44556677u, d);
        Assert.Equal(0x8899AABB_CCDDEEFFUL, q);
        Assert.Equal([(0x10UL, 1, 0x11UL), (0x12UL, 2, 0x2233UL), (0x14UL, 4, 0x44556677UL), (0x18UL, 8, 0x8899AABB_CCDDEEFFUL)], block.Writes);
        Assert.Equal(0, machine.Hardware.IoSpace.Count);
    }

    [Fact]
    public void MmMapIoSpace_KeepsThePageOffset_OfThePhysicalAddress()
    {
        using var machine = Boot();
        var block = new RegisterBlock(0x2000);
        machine.Hardware.MapRegisters(Bar, 0x2000, block);
        PVOID registers = default;
        uint id = 0;
        Completed(machine, machine.Run(() =>
        {
            registers = MmMapIoSpace(new LARGE_INTEGER((long)Bar + 0x1010), 0x20, MmNonCached);
            WRITE_REGISTER_ULONG(registers + 4, 0xCAFE);
            id = READ_REGISTER_ULONG(registers - 0x1010 + 0x1010);
            MmUnmapIoSpace(registers, 0x20);
        }));

        Assert.Equal(0x010UL, registers.Address & 0xFFF);
        Assert.Equal([(0x1014UL, 4, 0xCAFEUL)], block.Writes);
        Assert.Equal(0u, id);   // offset 0x1010 of the block: never written
    }

    [Fact]
    public void ReadRegister_OfAPhysicalRangeNoDeviceDecodes_ReadsAllOnes()
    {
        using var machine = Boot();
        ulong q = 0;
        uint d = 0;
        Completed(machine, machine.Run(() =>
        {
            var registers = MmMapIoSpace(new LARGE_INTEGER(0xFED0_0000), PAGE_SIZE, MmNonCached);
            WRITE_REGISTER_ULONG(registers, 1);
            d = READ_REGISTER_ULONG(registers);
            q = READ_REGISTER_ULONG64(registers + 8);
            MmUnmapIoSpace(registers, PAGE_SIZE);
        }));

        Assert.Equal(0xFFFF_FFFFu, d);
        Assert.Equal(ulong.MaxValue, q);
    }

    [Fact]
    public void RegisterBufferForms_UseConsecutiveRegisters()
    {
        using var machine = Boot();
        var block = new RegisterBlock(0x100);
        machine.Hardware.MapRegisters(Bar, 0x100, block);
        byte[] bytes = [];
        ushort[] words = [];
        uint[] dwords = [];
        ulong[] qwords = [];
        Completed(machine, machine.Run(() =>
        {
            var registers = MmMapIoSpace(new LARGE_INTEGER((long)Bar), 0x100, MmNonCached);
            var buffer = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, 0x73676552);
            for (var i = 0; i < 32; i++)
            {
                (buffer + i).Write((byte)(i + 1));
            }

            WRITE_REGISTER_BUFFER_UCHAR(registers + 0x20, buffer, 4);
            WRITE_REGISTER_BUFFER_USHORT(registers + 0x30, buffer, 2);
            WRITE_REGISTER_BUFFER_ULONG(registers + 0x40, buffer, 2);
            WRITE_REGISTER_BUFFER_ULONG64(registers + 0x50, buffer, 2);
            READ_REGISTER_BUFFER_UCHAR(registers + 0x20, buffer, 4);
            bytes = buffer.AsReadOnlySpan(4).ToArray();
            READ_REGISTER_BUFFER_USHORT(registers + 0x30, buffer, 2);
            words = [buffer.Read<ushort>(), (buffer + 2).Read<ushort>()];
            READ_REGISTER_BUFFER_ULONG(registers, buffer, 2);
            dwords = [buffer.Read<uint>(), (buffer + 4).Read<uint>()];
            READ_REGISTER_BUFFER_ULONG64(registers + 0x50, buffer, 2);
            qwords = [buffer.Read<ulong>(), (buffer + 8).Read<ulong>()];
            ExFreePoolWithTag(buffer, 0x73676552);
            MmUnmapIoSpace(registers, 0x100);
        }));

        Assert.Equal([1, 2, 3, 4], bytes);
        Assert.Equal([(ushort)0x0201, (ushort)0x0403], words);
        Assert.Equal([RegisterBlock.Id, 0u], dwords);
        Assert.Equal([0x0807060504030201UL, 0x100F0E0D0C0B0A09UL], qwords);
        Assert.Equal([0x20UL, 0x21, 0x22, 0x23], block.Writes.Take(4).Select(w => w.Offset));
        Assert.Equal([0x50UL, 0x58], block.Writes.Skip(8).Select(w => w.Offset));
    }

    [Fact]
    public void RegisterAccesses_AreTraced_WithThePhysicalAddress()
    {
        using var machine = Boot();
        machine.Hardware.MapRegisters(Bar, 0x100, new RegisterBlock(0x100));
        Completed(machine, machine.Run(() =>
        {
            var registers = MmMapIoSpace(new LARGE_INTEGER((long)Bar), 0x100, MmNonCached);
            WRITE_REGISTER_USHORT(registers + 8, 0xBEEF);
            _ = READ_REGISTER_ULONG(registers);
            MmUnmapIoSpace(registers, 0x100);
        }));

        var accesses = machine.Trace.Events.Where(e => e.Kind == TraceKind.Hardware).Select(e => e.Detail).ToArray();
        Assert.Equal(["write USHORT 0xfebf0008 <- 0xbeef", "read ULONG 0xfebf0000 -> 0x5a5a0001"], accesses);
    }

    [Fact]
    public void ReadRegister_OfAnAddressNothingMaps_BugChecks50()
    {
        using var machine = Boot();
        const ulong Unmapped = 0xFFFF_E50F_0000_8000;   // inside the I/O view region, but no view there
        var status = machine.Run(() => READ_REGISTER_ULONG(new PVOID(Unmapped)));

        BugCheck(machine, status, PAGE_FAULT_IN_NONPAGED_AREA, Unmapped, 0, 0, 0);
    }

    [Fact]
    public void WriteRegister_AfterMmUnmapIoSpace_BugChecks50_AsAWrite()
    {
        using var machine = Boot();
        machine.Hardware.MapRegisters(Bar, 0x100, new RegisterBlock(0x100));
        PVOID registers = default;
        var status = machine.Run(() =>
        {
            registers = MmMapIoSpace(new LARGE_INTEGER((long)Bar), 0x100, MmNonCached);
            MmUnmapIoSpace(registers, 0x100);
            WRITE_REGISTER_ULONG(registers + 4, 1);
        });

        BugCheck(machine, status, PAGE_FAULT_IN_NONPAGED_AREA, registers.Address + 4, 1, 0, 0);
    }

    [Fact]
    public void RegisterAccess_ToOrdinaryMemory_IsAVolatileMove()
    {
        using var machine = Boot();
        uint read = 0;
        Completed(machine, machine.Run(() =>
        {
            var buffer = ExAllocatePool2(POOL_FLAG_NON_PAGED, 16, 0x73676552);
            WRITE_REGISTER_ULONG(buffer, 0x12345678);
            read = READ_REGISTER_ULONG(buffer);
            ExFreePoolWithTag(buffer, 0x73676552);
        }));

        Assert.Equal(0x12345678u, read);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(15)]
    public void RegisterIo_AtAnyIrql_IsAllowed(byte level)
    {
        using var machine = Boot(processors: 1);   // verifier /standard: Force IRQL checking is on
        machine.Hardware.MapRegisters(Bar, 0x100, new RegisterBlock(0x100));
        uint read = 0;
        Completed(machine, machine.Run(() =>
        {
            var registers = MmMapIoSpace(new LARGE_INTEGER((long)Bar), 0x100, MmNonCached);
            KeRaiseIrql((KIRQL)level, out var old);
            WRITE_REGISTER_ULONG(registers + 4, level);
            read = READ_REGISTER_ULONG(registers + 4);
            KeLowerIrql(old);
            MmUnmapIoSpace(registers, 0x100);
        }));

        Assert.Equal(level, read);
    }

    [Fact]
    public void MmMapIoSpace_AboveDispatchLevel_BugChecksC4_E5()
    {
        using var machine = Boot();
        var status = machine.Run(() =>
        {
            KeRaiseIrql(HIGH_LEVEL, out _);
            MmMapIoSpace(new LARGE_INTEGER((long)Bar), 0x100, MmNonCached);
        });

        BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0xE5, (ulong)HIGH_LEVEL, 0, 0);
    }

    [Fact]
    public void MmMapIoSpaceEx_TakesAProtection_AndRefusesOthers()
    {
        using var machine = Boot();
        machine.Hardware.MapRegisters(Bar, 0x100, new RegisterBlock(0x100));
        PVOID good = default, executable = default, both = default, empty = default;
        uint id = 0;
        Completed(machine, machine.Run(() =>
        {
            good = MmMapIoSpaceEx(new LARGE_INTEGER((long)Bar), 0x100, PAGE_READWRITE | PAGE_NOCACHE);
            id = READ_REGISTER_ULONG(good);
            executable = MmMapIoSpaceEx(new LARGE_INTEGER((long)Bar), 0x100, PAGE_EXECUTE_READWRITE);
            both = MmMapIoSpaceEx(new LARGE_INTEGER((long)Bar), 0x100, PAGE_READWRITE | PAGE_NOCACHE | PAGE_WRITECOMBINE);
            empty = MmMapIoSpace(new LARGE_INTEGER((long)Bar), 0, MmNonCached);
            MmUnmapIoSpace(good, 0x100);
        }));

        Assert.False(good.IsNull);
        Assert.Equal(RegisterBlock.Id, id);
        Assert.True(executable.IsNull);
        Assert.True(both.IsNull);
        Assert.True(empty.IsNull);
    }

    [Fact]
    public void MmUnmapIoSpace_OfAnAddressNotMapped_BugChecksDA_3()
    {
        using var machine = Boot();
        const ulong NotMapped = 0xFFFF_E50F_0004_0000;
        var status = machine.Run(() => MmUnmapIoSpace(new PVOID(NotMapped), PAGE_SIZE));

        BugCheck(machine, status, SYSTEM_PTE_MISUSE, 0x03, 0, 0, NotMapped);
    }

    [Fact]
    public void MmUnmapIoSpace_WithAnotherSize_BugChecksDA_2()
    {
        using var machine = Boot();
        var status = machine.Run(() =>
        {
            var registers = MmMapIoSpace(new LARGE_INTEGER((long)Bar), PAGE_SIZE, MmNonCached);
            MmUnmapIoSpace(registers, 3 * PAGE_SIZE);
        });

        BugCheck(machine, status, SYSTEM_PTE_MISUSE, 0x02, 0, 1, 3);
    }

    [Fact]
    public void MmMapIoSpace_FaultInjected_ReturnsNull()
    {
        using var machine = Boot();
        machine.Ddis.FaultInjection = call => call.Ddi == "MmMapIoSpace";
        PVOID registers = new(1);
        Completed(machine, machine.Run(() => registers = MmMapIoSpace(new LARGE_INTEGER((long)Bar), PAGE_SIZE, MmNonCached)));
        Assert.True(registers.IsNull);
    }
}
