using static NtSim.Wdm;
using static NtSim.Tests.MachineAssert;
using static NtSim.Tests.Mm.ProcessContextTests;
using static NtSim.Tests.Mm.ProbeTests;

namespace NtSim.Tests.Mm;

public sealed class MdlTests
{
    private static readonly uint Tag = TAG("Mdl1");

    [Fact]
    public void IoAllocateMdl_DescribesTheBuffer()
    {
        using var machine = Boot();
        MDL? mdl = null;
        ulong size = 0;
        Completed(machine, machine.Run(() =>
        {
            mdl = IoAllocateMdl(new PVOID(0x1_2345_6FF0), 0x20, false, false, null);
            size = MmSizeOfMdl(new PVOID(0x1_2345_6FF0), 0x20);
            IoFreeMdl(mdl!);
        }));

        Assert.NotNull(mdl);
        Assert.Equal(new PVOID(0x1_2345_6000), mdl.StartVa);
        Assert.Equal(new PVOID(0x1_2345_6000), MmGetMdlBaseVa(mdl));
        Assert.Equal(0xFF0u, mdl.ByteOffset);
        Assert.Equal(0xFF0u, MmGetMdlByteOffset(mdl));
        Assert.Equal(0x20u, MmGetMdlByteCount(mdl));
        Assert.Equal(new PVOID(0x1_2345_6FF0), MmGetMdlVirtualAddress(mdl));
        Assert.Equal(0x30UL + (2 * 8), size);
        Assert.Equal((short)size, mdl.Size);
        Assert.Equal(0, mdl.MdlFlags);
        Assert.Null(mdl.Process);
        Assert.Null(mdl.Next);
    }

    [Fact]
    public void IoAllocateMdl_LongerThan4GBMinusAPage_ReturnsNull()
    {
        using var machine = Boot();
        MDL? tooLong = null, longest = null;
        Completed(machine, machine.Run(() =>
        {
            tooLong = IoAllocateMdl(new PVOID(0x10000), 0xFFFF_F001, false, false, null);
            longest = IoAllocateMdl(new PVOID(0x10000), 0xFFFF_F000, false, false, null);
            IoFreeMdl(longest!);
        }));
        Assert.Null(tooLong);
        Assert.NotNull(longest);
    }

    [Fact]
    public void UserBuffer_WrittenThroughSystemAddress_FromDpcInAnotherProcess_IsSeenByItsOwner()
    {
        using var machine = Boot();
        var (app, buffer) = App(machine, 0x3000, PAGE_READWRITE);
        var other = EPROCESS.CreateUser(machine, "other.exe");
        var user = buffer + 0xFF0;
        app.AddressSpace.Write(user.Address, "user data"u8);
        string readInDpc = "", processInDpc = "";
        byte[] seenByApp = [];
        Completed(machine, machine.Run(() =>
        {
            // In the application's context (as its dispatch routine would be): describe and lock its buffer.
            KeStackAttachProcess(app, out var inApp);
            var mdl = IoAllocateMdl(user, 0x1100, false, false, null)!;
            MmProbeAndLockPages(mdl, UserMode, IoWriteAccess);
            KeUnstackDetachProcess(ref inApp);

            // In another process's context, at DISPATCH_LEVEL in a DPC: the system address reaches the same bytes.
            var system = MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority | MdlMappingNoExecute);
            KeStackAttachProcess(other, out var inOther);
            var dpc = new KDPC();
            KeInitializeDpc(dpc, (_, _, _, _) =>
            {
                processInDpc = PsGetCurrentProcess().ImageFileName;
                readInDpc = System.Text.Encoding.ASCII.GetString(system.AsReadOnlySpan(9));
                system.AsSpan(9).Clear();
                "DPC wrote"u8.CopyTo(system.AsSpan(9));
                "across the page"u8.CopyTo((system + 0x1000 - 0x8).AsSpan(15));
            }, null);
            KeInsertQueueDpc(dpc, null, null);
            KeUnstackDetachProcess(ref inOther);

            MmUnlockPages(mdl);
            IoFreeMdl(mdl);

            KeStackAttachProcess(app, out inApp);
            seenByApp = user.AsReadOnlySpan(9).ToArray();
            KeUnstackDetachProcess(ref inApp);
        }));

        Assert.Equal("other.exe", processInDpc);
        Assert.Equal("user data", readInDpc);
        Assert.Equal("DPC wrote"u8.ToArray(), seenByApp);
        Assert.Equal("across the page"u8.ToArray(), app.AddressSpace.Read(user.Address + 0x1000 - 8, 15));
        Assert.Equal(0, machine.Tracking.Count);
    }

    [Fact]
    public void UserBuffer_WrittenThroughSystemAddress_BySystemThread_IsSeenByItsOwner()
    {
        using var machine = Boot();
        var (app, buffer) = App(machine, 0x1000, PAGE_READWRITE);
        Completed(machine, machine.Run(() =>
        {
            KeStackAttachProcess(app, out var inApp);
            var mdl = IoAllocateMdl(buffer, 16, false, false, null)!;
            MmProbeAndLockPages(mdl, UserMode, IoModifyAccess);
            KeUnstackDetachProcess(ref inApp);
            var system = MmGetSystemAddressForMdlSafe(mdl, HighPagePriority);

            PsCreateSystemThread(out var handle, 0, null, HANDLE.NULL, _ =>
            {
                KeRaiseIrql(DISPATCH_LEVEL, out var old);
                system.Write(0x1122334455667788UL);
                KeLowerIrql(old);
            }, null);
            ZwWaitForSingleObject(handle, false, null);
            ZwClose(handle);
            MmUnlockPages(mdl);
            IoFreeMdl(mdl);
        }));

        Assert.Equal(BitConverter.GetBytes(0x1122334455667788UL), app.AddressSpace.Read(buffer.Address, 8));
    }

    [Fact]
    public void MmGetSystemAddressForMdlSafe_SecondCall_ReturnsTheSameMapping_WithTheBufferOffset()
    {
        using var machine = Boot();
        var (app, buffer) = App(machine, 0x2000, PAGE_READWRITE);
        PVOID first = default, second = default;
        MDL? mdl = null;
        Completed(machine, machine.Run(() =>
        {
            KeStackAttachProcess(app, out var state);
            mdl = IoAllocateMdl(buffer + 0x123, 0x1000, false, false, null)!;
            MmProbeAndLockPages(mdl, UserMode, IoReadAccess);
            KeUnstackDetachProcess(ref state);
            first = MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority);
            second = MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority);
            MmUnlockPages(mdl);
            IoFreeMdl(mdl);
        }));

        Assert.Equal(first, second);
        Assert.Equal(0x123UL, first.Address & 0xFFF);
        Assert.True(first.Address >= 0xFFFF_8000_0000_0000);
        Assert.Equal(0, mdl!.MdlFlags);
        Assert.Equal(app, mdl.Process);
    }

    [Fact]
    public void MmProbeAndLockPages_SetsFlags_AndThePfnArrayOfTheSamePhysicalPages()
    {
        using var machine = Boot();
        var (app, buffer) = App(machine, 0x2000, PAGE_READWRITE);
        short lockedFlags = 0, mappedFlags = 0;
        ulong[] userPfns = [], systemPfns = [];
        Completed(machine, machine.Run(() =>
        {
            KeStackAttachProcess(app, out var state);
            var mdl = IoAllocateMdl(buffer + 0x800, 0x1000, false, false, null)!;
            MmProbeAndLockPages(mdl, UserMode, IoWriteAccess);
            KeUnstackDetachProcess(ref state);
            lockedFlags = mdl.MdlFlags;
            userPfns = MmGetMdlPfnArray(mdl).ToArray();

            // An MDL over the system mapping describes the same physical pages.
            var system = MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority);
            mappedFlags = mdl.MdlFlags;
            var again = IoAllocateMdl(system, 0x1000, false, false, null)!;
            MmProbeAndLockPages(again, KernelMode, IoReadAccess);
            systemPfns = MmGetMdlPfnArray(again).ToArray();
            MmUnlockPages(again);
            IoFreeMdl(again);
            MmUnlockPages(mdl);
            IoFreeMdl(mdl);
        }));

        Assert.Equal(MDL_PAGES_LOCKED | MDL_WRITE_OPERATION, lockedFlags);
        Assert.Equal(MDL_PAGES_LOCKED | MDL_WRITE_OPERATION | MDL_MAPPED_TO_SYSTEM_VA, mappedFlags);
        Assert.Equal(2, userPfns.Length);
        Assert.Equal(userPfns[0] + 1, userPfns[1]);
        Assert.Equal(userPfns, systemPfns);
    }

    [Fact]
    public void MmUnlockPages_ReleasesTheMapping_OldSystemAddressFaults50()
    {
        using var machine = Boot();
        var (app, buffer) = App(machine, 0x1000, PAGE_READWRITE);
        ulong system = 0;
        var status = machine.Run(() =>
        {
            KeStackAttachProcess(app, out var state);
            var mdl = IoAllocateMdl(buffer, 0x100, false, false, null)!;
            MmProbeAndLockPages(mdl, UserMode, IoReadAccess);
            KeUnstackDetachProcess(ref state);
            var va = MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority);
            system = va.Address;
            MmUnlockPages(mdl);
            IoFreeMdl(mdl);
            _ = va.Read<int>();
        });
        var info = BugCheck(machine, status, PAGE_FAULT_IN_NONPAGED_AREA, system, 0, 0, 0);
        Assert.Contains("system PTEs", info.Detail);
    }

    [Fact]
    public void MmUnmapLockedPages_ThenAnotherMapping_Works_AndTheOldAddressFaults()
    {
        using var machine = Boot();
        var (app, buffer) = App(machine, 0x1000, PAGE_READWRITE);
        app.AddressSpace.Write(buffer.Address, [42]);
        byte viaSecond = 0;
        short flagsAfterUnmap = -1;
        ulong first = 0;
        var status = machine.Run(() =>
        {
            KeStackAttachProcess(app, out var state);
            var mdl = IoAllocateMdl(buffer, 1, false, false, null)!;
            MmProbeAndLockPages(mdl, UserMode, IoReadAccess);
            KeUnstackDetachProcess(ref state);
            var va = MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority);
            first = va.Address;
            MmUnmapLockedPages(va, mdl);
            flagsAfterUnmap = mdl.MdlFlags;
            viaSecond = MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority).Read<byte>();
            MmUnlockPages(mdl);
            IoFreeMdl(mdl);
            _ = new PVOID(first).Read<byte>();
        });

        BugCheck(machine, status, PAGE_FAULT_IN_NONPAGED_AREA, first, 0, 0, 0);
        Assert.Equal(MDL_PAGES_LOCKED, flagsAfterUnmap);
        Assert.Equal(42, viaSecond);
    }

    [Fact]
    public void MdlMappingNoWrite_WriteThroughTheMapping_BugChecksBE()
    {
        using var machine = Boot();
        var (app, buffer) = App(machine, 0x1000, PAGE_READWRITE);
        ulong system = 0;
        byte read = 1;
        var status = machine.Run(() =>
        {
            KeStackAttachProcess(app, out var state);
            var mdl = IoAllocateMdl(buffer, 8, false, false, null)!;
            MmProbeAndLockPages(mdl, UserMode, IoReadAccess);
            KeUnstackDetachProcess(ref state);
            var va = MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority | MdlMappingNoWrite | MdlMappingNoExecute);
            system = va.Address;
            KeRaiseIrql(DISPATCH_LEVEL, out _);
            read = va.Read<byte>();
            va.Write((byte)1);
        });
        BugCheck(machine, status, ATTEMPTED_WRITE_TO_READONLY_MEMORY, system, 0, 0, 0);
        Assert.Equal(0, read);
    }

    [Fact]
    public void MmBuildMdlForNonPagedPool_MappedSystemVaIsThePoolAddress_NothingToUnlock()
    {
        using var machine = Boot();
        PVOID pool = default, mapped = default, safe = default;
        short flags = 0;
        int pfns = 0;
        Completed(machine, machine.Run(() =>
        {
            pool = ExAllocatePool2(POOL_FLAG_NON_PAGED, 0x1800, Tag);
            var mdl = IoAllocateMdl(pool, 0x1800, false, false, null)!;
            MmBuildMdlForNonPagedPool(mdl);
            flags = mdl.MdlFlags;
            mapped = mdl.MappedSystemVa;
            pfns = MmGetMdlPfnArray(mdl).Length;
            KeRaiseIrql(DISPATCH_LEVEL, out var old);
            safe = MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority);
            safe.Write(5);
            KeLowerIrql(old);
            IoFreeMdl(mdl);
            ExFreePoolWithTag(pool, Tag);
        }));

        Assert.Equal(MDL_SOURCE_IS_NONPAGED_POOL, flags);
        Assert.Equal(pool, mapped);
        Assert.Equal(pool, safe);
        Assert.Equal(2, pfns);
    }

    [Fact]
    public void MmInitializeMdl_DriverStorage_BuiltForNonPagedPool()
    {
        using var machine = Boot();
        var mdl = new MDL();
        PVOID pool = default;
        Completed(machine, machine.Run(() =>
        {
            pool = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, Tag);
            MmInitializeMdl(mdl, pool, 64);
            MmBuildMdlForNonPagedPool(mdl);
            ExFreePoolWithTag(pool, Tag);
        }));
        Assert.Equal(pool, mdl.MappedSystemVa);
        Assert.Equal(64u, mdl.ByteCount);
        Assert.Empty(machine.Tracking.Outstanding());
    }

    [Fact]
    public void PagedPool_LockedAndMapped_IsTouchableAtDispatch()
    {
        using var machine = Boot();
        int read = 0;
        Completed(machine, machine.Run(() =>
        {
            var paged = ExAllocatePool2(POOL_FLAG_PAGED, 256, Tag);
            paged.Write(77);
            var mdl = IoAllocateMdl(paged, 256, false, false, null)!;
            MmProbeAndLockPages(mdl, KernelMode, IoWriteAccess);
            var system = MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority);
            KeRaiseIrql(DISPATCH_LEVEL, out var old);
            read = system.Read<int>();
            KeLowerIrql(old);
            MmUnlockPages(mdl);
            IoFreeMdl(mdl);
            ExFreePoolWithTag(paged, Tag);
        }));
        Assert.Equal(77, read);
    }

    [Fact]
    public void MmProbeAndLockPages_BadUserRange_RaisesAccessViolation_AndLocksNothing()
    {
        using var machine = Boot();
        var (app, buffer) = App(machine, 0x1000, PAGE_READWRITE);
        NTSTATUS status = STATUS_SUCCESS;
        short flags = -1;
        Completed(machine, machine.Run(() =>
        {
            KeStackAttachProcess(app, out var state);
            var mdl = IoAllocateMdl(buffer + 0xF00, 0x200, false, false, null)!;
            status = CatchStatus(() => MmProbeAndLockPages(mdl, UserMode, IoReadAccess));
            KeUnstackDetachProcess(ref state);
            flags = mdl.MdlFlags;
            IoFreeMdl(mdl);
        }));
        Assert.Equal(STATUS_ACCESS_VIOLATION, status);
        Assert.Equal(0, flags);
        Assert.Equal(0, app.AddressSpace.LockedPageCount);
    }

    [Fact]
    public void MmProbeAndLockPages_UserModeOnKernelAddress_RaisesAccessViolation()
    {
        using var machine = Boot();
        NTSTATUS userMode = STATUS_SUCCESS, kernelMode = STATUS_ACCESS_VIOLATION;
        Completed(machine, machine.Run(() =>
        {
            var pool = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, Tag);
            var mdl = IoAllocateMdl(pool, 64, false, false, null)!;
            userMode = CatchStatus(() => MmProbeAndLockPages(mdl, UserMode, IoReadAccess));
            kernelMode = CatchStatus(() => MmProbeAndLockPages(mdl, KernelMode, IoReadAccess));
            MmUnlockPages(mdl);
            IoFreeMdl(mdl);
            ExFreePoolWithTag(pool, Tag);
        }));
        Assert.Equal(STATUS_ACCESS_VIOLATION, userMode);
        Assert.Equal(STATUS_SUCCESS, kernelMode);
    }

    [Fact]
    public void MmProbeAndLockPages_ReadOnlyBuffer_ReadLocks_WriteRaises()
    {
        using var machine = Boot();
        var (app, buffer) = App(machine, 0x1000, PAGE_READONLY);
        NTSTATUS read = STATUS_ACCESS_VIOLATION, write = STATUS_SUCCESS;
        Completed(machine, machine.Run(() =>
        {
            KeStackAttachProcess(app, out var state);
            var mdl = IoAllocateMdl(buffer, 0x10, false, false, null)!;
            write = CatchStatus(() => MmProbeAndLockPages(mdl, UserMode, IoWriteAccess));
            read = CatchStatus(() => MmProbeAndLockPages(mdl, UserMode, IoReadAccess));
            KeUnstackDetachProcess(ref state);
            MmUnlockPages(mdl);
            IoFreeMdl(mdl);
        }));
        Assert.Equal(STATUS_ACCESS_VIOLATION, write);
        Assert.Equal(STATUS_SUCCESS, read);
    }

    [Fact]
    public void IoAllocateMdl_WithIrp_LinksPrimaryThenSecondaryBuffers()
    {
        using var machine = Boot();
        IRP? irp = null;
        MDL? primary = null, secondary = null, third = null;
        Completed(machine, machine.Run(() =>
        {
            irp = IoAllocateIrp(1, false);
            primary = IoAllocateMdl(new PVOID(0x10000), 8, false, false, irp);
            secondary = IoAllocateMdl(new PVOID(0x20000), 8, true, false, irp);
            third = IoAllocateMdl(new PVOID(0x30000), 8, true, false, irp);
            IoFreeMdl(third!);
            IoFreeMdl(secondary!);
            IoFreeMdl(primary!);
        }));
        Assert.Same(primary, irp!.MdlAddress);
        Assert.Same(secondary, primary!.Next);
        Assert.Same(third, secondary!.Next);
    }

    [Fact]
    public void Tracking_LeakedMdl_IsReportedWithItsLine()
    {
        using var machine = Boot();
        var line = 0;
        MDL? mdl = null;
        Completed(machine, machine.Run(() =>
        {
            mdl = IoAllocateMdl(new PVOID(0x10000), 100, false, false, null); line = Ex.PoolTestSupport.Here();
        }));

        var held = Assert.Single(machine.Tracking.Outstanding(Ex.PoolTestSupport.TestModule, ResourceKind.Mdl));
        Assert.Equal(new PVOID(mdl!.Address), held.Address);
        Assert.Equal(100UL, held.Size);
        Assert.Equal($"MdlTests.cs:{line}", held.Location);
        Assert.Contains("MDL for 100 bytes", machine.Tracking.Report(Ex.PoolTestSupport.TestModule));
    }

    [Fact]
    public void IoFreeMdl_OfLockedMdl_LeavesPagesLocked_ProcessEndBugChecksCB()
    {
        using var machine = Boot();
        var (app, buffer) = App(machine, 0x3000, PAGE_READWRITE);
        var line = 0;
        MDL? mdl = null;
        Completed(machine, machine.Run(() =>
        {
            KeStackAttachProcess(app, out var state);
            mdl = IoAllocateMdl(buffer, 0x2001, false, false, null)!;
            MmProbeAndLockPages(mdl, UserMode, IoReadAccess); line = Ex.PoolTestSupport.Here();
            KeUnstackDetachProcess(ref state);
            IoFreeMdl(mdl);
        }));

        Assert.Equal(3, app.AddressSpace.LockedPageCount);
        var leaked = Assert.Single(machine.Tracking.Outstanding(Ex.PoolTestSupport.TestModule));
        Assert.Equal($"MdlTests.cs:{line}", leaked.Location);
        Assert.Contains("left locked", leaked.Description);

        var status = machine.Run(() => MemoryManager.CheckNoLockedPagesAtExit(KeGetCurrentThread(), app));
        Assert.Equal(RunStatus.BugCheck, status);
        var info = machine.BugCheck!;
        Assert.Equal(DRIVER_LEFT_LOCKED_PAGES_IN_PROCESS, info.Code);
        // P1 is NtSim's lock-tracking structure, which a test cannot name: it lives in system space.
        Assert.True(info.Parameter1 >= 0xFFFF800000000000UL, $"P1 0x{info.Parameter1:X} is not a system address");
        Assert.Equal(0UL, info.Parameters[1]);
        Assert.Equal(mdl!.Address, info.Parameters[2]);
        Assert.Equal(3UL, info.Parameters[3]);
        Assert.Contains($"MdlTests.cs:{line}", info.Detail);
    }

    [Fact]
    public void ProcessEnd_AfterUnlock_IsClean()
    {
        using var machine = Boot();
        var (app, buffer) = App(machine, 0x1000, PAGE_READWRITE);
        Completed(machine, machine.Run(() =>
        {
            KeStackAttachProcess(app, out var state);
            var mdl = IoAllocateMdl(buffer, 0x10, false, false, null)!;
            MmProbeAndLockPages(mdl, UserMode, IoReadAccess);
            KeUnstackDetachProcess(ref state);
            MmUnlockPages(mdl);
            IoFreeMdl(mdl);
            MemoryManager.CheckNoLockedPagesAtExit(KeGetCurrentThread(), app);
        }));
        Assert.Equal(0, app.AddressSpace.LockedPageCount);
    }
}
