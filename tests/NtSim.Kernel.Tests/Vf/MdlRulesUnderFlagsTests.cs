using static NtSim.Tests.Mm.ProbeTests;
using static NtSim.Wdm;

namespace NtSim.Tests.Vf;

/// <summary>The MDL routines' state rules: 0xC4 (0x7C, 0x7D, 0x7F, 0xB0, 0xB3, 0xB4, 0xB8) under any option;
/// without Driver Verifier what Windows does: PFN_LIST_CORRUPT for pages unlocked more than locked,
/// LOCKED_PAGES_TRACKER_CORRUPTION for process pages locked twice, and otherwise the call goes on.</summary>
public sealed class MdlRulesUnderFlagsTests
{
    private static readonly uint Tag = TAG("Vfmd");

    [Fact]
    public void MmUnlockPages_SystemMdlTwice_WithoutVerifier_BugChecks4E_07()
    {
        using var machine = VerifierBoot.With(VerifierFlags.None);
        ulong frame = 0;
        var status = machine.Run(() =>
        {
            var mdl = IoAllocateMdl(ExAllocatePool2(POOL_FLAG_PAGED, 64, Tag), 64, false, false, null)!;
            MmProbeAndLockPages(mdl, KernelMode, IoReadAccess);
            frame = MmGetMdlPfnArray(mdl)[0];
            MmUnlockPages(mdl);
            MmUnlockPages(mdl);
        });
        MachineAssert.BugCheck(machine, status, PFN_LIST_CORRUPT, 0x07, frame, 1, 0);
        Assert.NotEqual(0UL, frame);
    }

    [Fact]
    public void MmUnlockPages_SystemMdlTwice_UnderAnyOption_BugChecksC4_7C()
    {
        using var machine = VerifierBoot.With(VerifierFlags.PoolTracking);
        ulong address = 0;
        var status = machine.Run(() =>
        {
            var mdl = IoAllocateMdl(ExAllocatePool2(POOL_FLAG_PAGED, 64, Tag), 64, false, false, null)!;
            address = mdl.Address;
            MmProbeAndLockPages(mdl, KernelMode, IoReadAccess);
            MmUnlockPages(mdl);
            MmUnlockPages(mdl);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x7C, address, 0, 0);
    }

    [Fact]
    public void MmUnlockPages_OfNonPagedPoolMdl_WithoutVerifier_BugChecks4E_07()
    {
        using var machine = VerifierBoot.With(VerifierFlags.None);
        ulong frame = 0;
        var status = machine.Run(() =>
        {
            var mdl = IoAllocateMdl(ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, Tag), 64, false, false, null)!;
            MmBuildMdlForNonPagedPool(mdl);
            frame = MmGetMdlPfnArray(mdl)[0];
            MmUnlockPages(mdl);
        });
        MachineAssert.BugCheck(machine, status, PFN_LIST_CORRUPT, 0x07, frame, 1, 0);
        Assert.NotEqual(0UL, frame);
    }

    [Fact]
    public void MmUnlockPages_OfNonPagedPoolMdl_UnderAnyOption_BugChecksC4_7D()
    {
        using var machine = VerifierBoot.With(VerifierFlags.IoVerification);
        ulong address = 0;
        var status = machine.Run(() =>
        {
            var mdl = IoAllocateMdl(ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, Tag), 64, false, false, null)!;
            address = mdl.Address;
            MmBuildMdlForNonPagedPool(mdl);
            MmUnlockPages(mdl);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x7D, address, (ushort)MDL_SOURCE_IS_NONPAGED_POOL, 0);
    }

    [Fact]
    public void MmUnlockPages_OfPartialMdl_WithoutVerifier_BugChecks4E_07()
    {
        using var machine = VerifierBoot.With(VerifierFlags.None);
        ulong frame = 0;
        var status = machine.Run(() =>
        {
            var pool = ExAllocatePool2(POOL_FLAG_PAGED, 64, Tag);
            var source = IoAllocateMdl(pool, 64, false, false, null)!;
            MmProbeAndLockPages(source, KernelMode, IoReadAccess);
            var partial = IoAllocateMdl(pool, 32, false, false, null)!;
            IoBuildPartialMdl(source, partial, pool, 32);
            frame = MmGetMdlPfnArray(partial)[0];
            MmUnlockPages(partial);
        });
        MachineAssert.BugCheck(machine, status, PFN_LIST_CORRUPT, 0x07, frame, 1, 0);
        Assert.NotEqual(0UL, frame);
    }

    [Fact]
    public void MmUnlockPages_OfPartialMdl_UnderAnyOption_BugChecksC4_B4()
    {
        using var machine = VerifierBoot.With(VerifierFlags.MiscellaneousChecks);
        ulong address = 0;
        var status = machine.Run(() =>
        {
            var pool = ExAllocatePool2(POOL_FLAG_PAGED, 64, Tag);
            var source = IoAllocateMdl(pool, 64, false, false, null)!;
            MmProbeAndLockPages(source, KernelMode, IoReadAccess);
            var partial = IoAllocateMdl(pool, 32, false, false, null)!;
            address = partial.Address;
            IoBuildPartialMdl(source, partial, pool, 32);
            MmUnlockPages(partial);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0xB4, address, (ushort)MDL_PARTIAL, (ushort)MDL_PARTIAL);
    }

    [Fact]
    public void MmProbeAndLockPages_OfPartialMdl_WithoutVerifier_LocksThePages()
    {
        using var machine = VerifierBoot.With(VerifierFlags.None);
        short flags = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var pool = ExAllocatePool2(POOL_FLAG_PAGED, 64, Tag);
            var source = IoAllocateMdl(pool, 64, false, false, null)!;
            MmProbeAndLockPages(source, KernelMode, IoReadAccess);
            var partial = IoAllocateMdl(pool, 32, false, false, null)!;
            IoBuildPartialMdl(source, partial, pool, 32);
            MmProbeAndLockPages(partial, KernelMode, IoReadAccess);
            flags = partial.MdlFlags;
            MmUnlockPages(partial);
            IoFreeMdl(partial);
            MmUnlockPages(source);
            IoFreeMdl(source);
            ExFreePoolWithTag(pool, Tag);
        }));
        Assert.Equal((short)(MDL_PARTIAL | MDL_PAGES_LOCKED), flags);
    }

    [Fact]
    public void MmProbeAndLockPages_OfPartialMdl_UnderAnyOption_BugChecksC4_B0()
    {
        using var machine = VerifierBoot.With(VerifierFlags.ForceIrqlChecking);
        ulong address = 0;
        var status = machine.Run(() =>
        {
            var pool = ExAllocatePool2(POOL_FLAG_PAGED, 64, Tag);
            var source = IoAllocateMdl(pool, 64, false, false, null)!;
            MmProbeAndLockPages(source, KernelMode, IoReadAccess);
            var partial = IoAllocateMdl(pool, 32, false, false, null)!;
            address = partial.Address;
            IoBuildPartialMdl(source, partial, pool, 32);
            MmProbeAndLockPages(partial, KernelMode, IoReadAccess);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0xB0, address, (ushort)MDL_PARTIAL, (ushort)MDL_PARTIAL);
    }

    [Fact]
    public void MmProbeAndLockPages_ProcessPagesTwice_WithoutVerifier_BugChecksD9_01()
    {
        using var machine = VerifierBoot.With(VerifierFlags.None);
        var (app, buffer) = App(machine, 0x1000, PAGE_READWRITE);
        ulong address = 0, tracker = 0;
        var status = machine.Run(() =>
        {
            KeStackAttachProcess(app, out _);
            var mdl = IoAllocateMdl(buffer, 16, false, false, null)!;
            address = mdl.Address;
            MmProbeAndLockPages(mdl, UserMode, IoReadAccess);
            tracker = mdl.Lock!.Address;
            MmProbeAndLockPages(mdl, UserMode, IoReadAccess);
        });
        MachineAssert.BugCheck(machine, status, LOCKED_PAGES_TRACKER_CORRUPTION, 0x01, tracker, address, 1);
    }

    [Fact]
    public void MmProbeAndLockPages_ProcessPagesTwice_UnderAnyOption_BugChecksC4_B0()
    {
        using var machine = VerifierBoot.With(VerifierFlags.DeadlockDetection);
        var (app, buffer) = App(machine, 0x1000, PAGE_READWRITE);
        ulong address = 0;
        var status = machine.Run(() =>
        {
            KeStackAttachProcess(app, out _);
            var mdl = IoAllocateMdl(buffer, 16, false, false, null)!;
            address = mdl.Address;
            MmProbeAndLockPages(mdl, UserMode, IoReadAccess);
            MmProbeAndLockPages(mdl, UserMode, IoReadAccess);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0xB0, address, (ushort)MDL_PAGES_LOCKED, (ushort)MDL_PAGES_LOCKED);
    }

    [Fact]
    public void MmProbeAndLockPages_SystemPagesTwice_WithoutVerifier_LocksAgain()
    {
        using var machine = VerifierBoot.With(VerifierFlags.None);
        short flags = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var pool = ExAllocatePool2(POOL_FLAG_PAGED, 64, Tag);
            var mdl = IoAllocateMdl(pool, 64, false, false, null)!;
            MmProbeAndLockPages(mdl, KernelMode, IoReadAccess);
            MmProbeAndLockPages(mdl, KernelMode, IoWriteAccess);
            flags = mdl.MdlFlags;
            MmUnlockPages(mdl);
            IoFreeMdl(mdl);
            ExFreePoolWithTag(pool, Tag);
        }));
        Assert.Equal((short)(MDL_PAGES_LOCKED | MDL_WRITE_OPERATION), flags);
    }

    [Fact]
    public void MmProbeAndLockPages_OfNonPagedPoolMdl_WithoutVerifier_LocksThePages()
    {
        using var machine = VerifierBoot.With(VerifierFlags.None);
        short flags = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var pool = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, Tag);
            var mdl = IoAllocateMdl(pool, 64, false, false, null)!;
            MmBuildMdlForNonPagedPool(mdl);
            MmProbeAndLockPages(mdl, KernelMode, IoReadAccess);
            flags = mdl.MdlFlags;
            MmUnlockPages(mdl);
            IoFreeMdl(mdl);
            ExFreePoolWithTag(pool, Tag);
        }));
        Assert.Equal((short)(MDL_SOURCE_IS_NONPAGED_POOL | MDL_PAGES_LOCKED), flags);
    }

    [Fact]
    public void MmProbeAndLockPages_OfNonPagedPoolMdl_UnderAnyOption_BugChecksC4_B0()
    {
        using var machine = VerifierBoot.With(VerifierFlags.DdiComplianceChecking);
        ulong address = 0;
        var status = machine.Run(() =>
        {
            var mdl = IoAllocateMdl(ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, Tag), 64, false, false, null)!;
            address = mdl.Address;
            MmBuildMdlForNonPagedPool(mdl);
            MmProbeAndLockPages(mdl, KernelMode, IoReadAccess);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0xB0, address,
            (ushort)MDL_SOURCE_IS_NONPAGED_POOL, (ushort)MDL_SOURCE_IS_NONPAGED_POOL);
    }

    [Fact]
    public void MmGetSystemAddressForMdlSafe_NotLocked_WithoutVerifier_MapsNothing_TouchBugChecks50()
    {
        using var machine = VerifierBoot.With(VerifierFlags.None);
        ulong va = 0;
        var status = machine.Run(() =>
        {
            var mdl = IoAllocateMdl(ExAllocatePool2(POOL_FLAG_PAGED, 64, Tag), 64, false, false, null)!;
            var mapped = MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority);
            va = mapped.Address;
            _ = mapped.Read<byte>();
        });
        MachineAssert.BugCheck(machine, status, PAGE_FAULT_IN_NONPAGED_AREA, va, 0, 0, 0);
        Assert.NotEqual(0UL, va);
    }

    [Fact]
    public void MmGetSystemAddressForMdlSafe_NotLocked_UnderAnyOption_BugChecksC4_B3()
    {
        using var machine = VerifierBoot.With(VerifierFlags.SecurityChecks);
        ulong address = 0;
        var status = machine.Run(() =>
        {
            var mdl = IoAllocateMdl(ExAllocatePool2(POOL_FLAG_PAGED, 64, Tag), 64, false, false, null)!;
            address = mdl.Address;
            MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0xB3, address, 0, (ushort)MDL_PAGES_LOCKED);
    }

    [Fact]
    public void IoFreeMdl_StillMapped_WithoutVerifier_FreesIt_TheMappingOutlivesIt()
    {
        using var machine = VerifierBoot.With(VerifierFlags.None);
        byte viaMapping = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var pool = ExAllocatePool2(POOL_FLAG_PAGED, 64, Tag);
            pool.Write<byte>(0x5A);
            var mdl = IoAllocateMdl(pool, 64, false, false, null)!;
            MmProbeAndLockPages(mdl, KernelMode, IoReadAccess);
            var va = MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority);
            IoFreeMdl(mdl);
            viaMapping = va.Read<byte>();
        }));
        Assert.Equal(0x5A, viaMapping);
    }

    [Fact]
    public void IoFreeMdl_StillMapped_UnderAnyOption_BugChecksC4_B8()
    {
        using var machine = VerifierBoot.With(VerifierFlags.IrpLogging);
        ulong address = 0;
        var status = machine.Run(() =>
        {
            var mdl = IoAllocateMdl(ExAllocatePool2(POOL_FLAG_PAGED, 64, Tag), 64, false, false, null)!;
            address = mdl.Address;
            MmProbeAndLockPages(mdl, KernelMode, IoReadAccess);
            MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority);
            IoFreeMdl(mdl);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0xB8, address,
            (ushort)(MDL_PAGES_LOCKED | MDL_MAPPED_TO_SYSTEM_VA), 0);
    }

    [Fact]
    public void MmBuildMdlForNonPagedPool_OfPagedPool_WithoutVerifier_DescribesThePages()
    {
        using var machine = VerifierBoot.With(VerifierFlags.None);
        PVOID mapped = default, paged = default;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            paged = ExAllocatePool2(POOL_FLAG_PAGED, 64, Tag);
            var mdl = IoAllocateMdl(paged, 64, false, false, null)!;
            MmBuildMdlForNonPagedPool(mdl);
            mapped = mdl.MappedSystemVa;
            IoFreeMdl(mdl);
            ExFreePoolWithTag(paged, Tag);
        }));
        Assert.Equal(paged, mapped);
    }

    [Fact]
    public void MmBuildMdlForNonPagedPool_OfPagedPool_UnderAnyOption_BugChecksC4_7F()
    {
        using var machine = VerifierBoot.With(VerifierFlags.MiscellaneousChecks);
        ulong address = 0, flags = 0;
        var status = machine.Run(() =>
        {
            var paged = ExAllocatePool2(POOL_FLAG_PAGED, 64, Tag);
            var mdl = IoAllocateMdl(paged, 64, false, false, null)!;
            address = mdl.Address;
            flags = mdl.FlagsParameter;
            MmBuildMdlForNonPagedPool(mdl);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x7F, 0, address, flags);
    }
}
