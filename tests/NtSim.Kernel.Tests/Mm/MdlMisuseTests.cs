using static NtSim.Wdm;
using static NtSim.Tests.MachineAssert;
using static NtSim.Tests.Mm.ProbeTests;

namespace NtSim.Tests.Mm;

/// <summary>MDL misuse and the bug checks it gets (0xC4 subcodes from the "Bug Check 0xC4" page).</summary>
public sealed class MdlMisuseTests
{
    private static readonly uint Tag = TAG("Mdl2");

    [Fact]
    public void MmProbeAndLockPages_AboveDispatch_BugChecksC4_70()
    {
        using var machine = Boot();
        MDL? mdl = null;
        var status = machine.Run(() =>
        {
            mdl = IoAllocateMdl(ExAllocatePool2(POOL_FLAG_NON_PAGED, 16, Tag), 16, false, false, null)!;
            KeRaiseIrql(HIGH_LEVEL, out _);
            MmProbeAndLockPages(mdl, KernelMode, IoReadAccess);
        });
        BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x70, (ulong)HIGH_LEVEL, mdl!.Address, (ulong)KernelMode);
    }

    [Fact]
    public void MmProbeAndLockPages_UserPagesAtDispatch_BugChecksD1()
    {
        using var machine = Boot();
        var (app, buffer) = App(machine, 0x1000, PAGE_READWRITE);
        var status = machine.Run(() =>
        {
            KeStackAttachProcess(app, out _);
            var mdl = IoAllocateMdl(buffer, 16, false, false, null)!;
            KeRaiseIrql(DISPATCH_LEVEL, out _);
            MmProbeAndLockPages(mdl, UserMode, IoWriteAccess);
        });
        BugCheck(machine, status, DRIVER_IRQL_NOT_LESS_OR_EQUAL, buffer.Address, 2, 1, 0);
    }

    [Fact]
    public void MmProbeAndLockPages_LockedTwice_BugChecksC4_B0()
    {
        using var machine = Boot();
        MDL? mdl = null;
        var status = machine.Run(() =>
        {
            mdl = IoAllocateMdl(ExAllocatePool2(POOL_FLAG_PAGED, 16, Tag), 16, false, false, null)!;
            MmProbeAndLockPages(mdl, KernelMode, IoReadAccess);
            MmProbeAndLockPages(mdl, KernelMode, IoReadAccess);
        });
        BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0xB0, mdl!.Address, (ushort)MDL_PAGES_LOCKED, (ushort)MDL_PAGES_LOCKED);
    }

    [Fact]
    public void MmProbeAndLockPages_OfNonPagedPoolMdl_BugChecksC4_B0()
    {
        using var machine = Boot();
        MDL? mdl = null;
        var status = machine.Run(() =>
        {
            mdl = IoAllocateMdl(ExAllocatePool2(POOL_FLAG_NON_PAGED, 16, Tag), 16, false, false, null)!;
            MmBuildMdlForNonPagedPool(mdl);
            MmProbeAndLockPages(mdl, KernelMode, IoReadAccess);
        });
        BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0xB0, mdl!.Address,
            (ushort)MDL_SOURCE_IS_NONPAGED_POOL, (ushort)MDL_SOURCE_IS_NONPAGED_POOL);
    }

    [Fact]
    public void MmUnlockPages_UserMdlNeverLocked_BugChecks76_1()
    {
        using var machine = Boot();
        MDL? mdl = null;
        var status = machine.Run(() =>
        {
            mdl = IoAllocateMdl(new PVOID(0x10000), 16, false, false, null)!;
            MmUnlockPages(mdl);
        });
        BugCheck(machine, status, PROCESS_HAS_LOCKED_PAGES, 1, mdl!.Address, 0, 0);
    }

    [Fact]
    public void MmUnlockPages_Twice_BugChecks76_1()
    {
        using var machine = Boot();
        var (app, buffer) = App(machine, 0x1000, PAGE_READWRITE);
        MDL? mdl = null;
        var status = machine.Run(() =>
        {
            KeStackAttachProcess(app, out var state);
            mdl = IoAllocateMdl(buffer, 16, false, false, null)!;
            MmProbeAndLockPages(mdl, UserMode, IoReadAccess);
            MmUnlockPages(mdl);
            MmUnlockPages(mdl);
        });
        BugCheck(machine, status, PROCESS_HAS_LOCKED_PAGES, 1, mdl!.Address, 0, 0);
    }

    [Fact]
    public void MmUnlockPages_SystemMdlNeverLocked_BugChecksC4_7C()
    {
        using var machine = Boot();
        MDL? mdl = null;
        var status = machine.Run(() =>
        {
            mdl = IoAllocateMdl(ExAllocatePool2(POOL_FLAG_PAGED, 16, Tag), 16, false, false, null)!;
            MmUnlockPages(mdl);
        });
        BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x7C, mdl!.Address, 0, 0);
    }

    [Fact]
    public void MmUnlockPages_OfNonPagedPoolMdl_BugChecksC4_7D()
    {
        using var machine = Boot();
        MDL? mdl = null;
        var status = machine.Run(() =>
        {
            mdl = IoAllocateMdl(ExAllocatePool2(POOL_FLAG_NON_PAGED, 16, Tag), 16, false, false, null)!;
            MmBuildMdlForNonPagedPool(mdl);
            MmUnlockPages(mdl);
        });
        BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x7D, mdl!.Address, (ushort)MDL_SOURCE_IS_NONPAGED_POOL, 0);
    }

    [Fact]
    public void MmUnlockPages_AboveDispatch_BugChecksC4_78()
    {
        using var machine = Boot();
        MDL? mdl = null;
        var status = machine.Run(() =>
        {
            mdl = IoAllocateMdl(ExAllocatePool2(POOL_FLAG_NON_PAGED, 16, Tag), 16, false, false, null)!;
            MmProbeAndLockPages(mdl, KernelMode, IoReadAccess);
            KeRaiseIrql(HIGH_LEVEL, out _);
            MmUnlockPages(mdl);
        });
        BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x78, (ulong)HIGH_LEVEL, mdl!.Address, 0);
    }

    [Fact]
    public void MmGetSystemAddressForMdlSafe_NotLocked_BugChecksC4_B3()
    {
        using var machine = Boot();
        MDL? mdl = null;
        var status = machine.Run(() =>
        {
            mdl = IoAllocateMdl(ExAllocatePool2(POOL_FLAG_PAGED, 16, Tag), 16, false, false, null)!;
            MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority);
        });
        BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0xB3, mdl!.Address, 0, (ushort)MDL_PAGES_LOCKED);
    }

    [Fact]
    public void MmGetSystemAddressForMdlSafe_AboveDispatch_BugChecksC4_76()
    {
        using var machine = Boot();
        MDL? mdl = null;
        var status = machine.Run(() =>
        {
            mdl = IoAllocateMdl(ExAllocatePool2(POOL_FLAG_PAGED, 16, Tag), 16, false, false, null)!;
            MmProbeAndLockPages(mdl, KernelMode, IoReadAccess);
            KeRaiseIrql(HIGH_LEVEL, out _);
            MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority);
        });
        BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x76, (ulong)HIGH_LEVEL, mdl!.Address, (ulong)KernelMode);
    }

    [Fact]
    public void MmUnmapLockedPages_AboveDispatch_BugChecksC4_79()
    {
        using var machine = Boot();
        MDL? mdl = null;
        PVOID va = default;
        var status = machine.Run(() =>
        {
            mdl = IoAllocateMdl(ExAllocatePool2(POOL_FLAG_PAGED, 16, Tag), 16, false, false, null)!;
            MmProbeAndLockPages(mdl, KernelMode, IoReadAccess);
            va = MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority);
            KeRaiseIrql(HIGH_LEVEL, out _);
            MmUnmapLockedPages(va, mdl);
        });
        BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x79, (ulong)HIGH_LEVEL, va.Address, mdl!.Address);
    }

    [Fact]
    public void IoFreeMdl_StillMapped_BugChecksC4_B8()
    {
        using var machine = Boot();
        MDL? mdl = null;
        var status = machine.Run(() =>
        {
            mdl = IoAllocateMdl(ExAllocatePool2(POOL_FLAG_PAGED, 16, Tag), 16, false, false, null)!;
            MmProbeAndLockPages(mdl, KernelMode, IoWriteAccess);
            MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority);
            IoFreeMdl(mdl);
        });
        var info = BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0xB8, mdl!.Address,
            (ushort)(MDL_PAGES_LOCKED | MDL_WRITE_OPERATION | MDL_MAPPED_TO_SYSTEM_VA), 0);
        Assert.Contains("MdlMisuseTests.cs:", info.Location);
    }

    [Fact]
    public void MmBuildMdlForNonPagedPool_OfPagedPool_BugChecksC4_7F()
    {
        using var machine = Boot();
        MDL? mdl = null;
        var status = machine.Run(() =>
        {
            mdl = IoAllocateMdl(ExAllocatePool2(POOL_FLAG_PAGED, 16, Tag), 16, false, false, null)!;
            MmBuildMdlForNonPagedPool(mdl);
        });
        var info = BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x7F, 0, mdl!.Address, 0);
        Assert.Contains("paged pool", info.Detail);
    }

    [Fact]
    public void MmBuildMdlForNonPagedPool_OfUserBuffer_BugChecksC4_7F()
    {
        using var machine = Boot();
        var (app, buffer) = App(machine, 0x1000, PAGE_READWRITE);
        ulong mdlAddress = 0;
        var status = machine.Run(() =>
        {
            KeStackAttachProcess(app, out _);
            var mdl = IoAllocateMdl(buffer, 16, false, false, null)!;
            mdlAddress = mdl.Address;
            MmBuildMdlForNonPagedPool(mdl);
        });
        BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x7F, 0, mdlAddress, 0);
    }

    [Fact]
    public void IoFreeMdl_Twice_IsAClearError()
    {
        using var machine = Boot();
        string message = "";
        Completed(machine, machine.Run(() =>
        {
            var mdl = IoAllocateMdl(new PVOID(0x10000), 16, false, false, null)!;
            IoFreeMdl(mdl);
            try
            {
                IoFreeMdl(mdl);
            }
            catch (InvalidOperationException e)
            {
                message = e.Message;
            }
        }));
        Assert.Contains("already freed", message);
    }

    [Fact]
    public void MmUnmapLockedPages_WrongAddress_IsAClearError()
    {
        using var machine = Boot();
        string message = "";
        Completed(machine, machine.Run(() =>
        {
            var pool = ExAllocatePool2(POOL_FLAG_PAGED, 16, Tag);
            var mdl = IoAllocateMdl(pool, 16, false, false, null)!;
            MmProbeAndLockPages(mdl, KernelMode, IoReadAccess);
            var va = MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority);
            try
            {
                MmUnmapLockedPages(va + 1, mdl);
            }
            catch (ArgumentException e)
            {
                message = e.Message;
            }

            MmUnlockPages(mdl);
            IoFreeMdl(mdl);
        }));
        Assert.Contains("is not the address", message);
    }

    [Fact]
    public void MmGetSystemAddressForMdlSafe_BadPriority_IsAClearError()
    {
        using var machine = Boot();
        string message = "";
        Completed(machine, machine.Run(() =>
        {
            var mdl = IoAllocateMdl(ExAllocatePool2(POOL_FLAG_PAGED, 16, Tag), 16, false, false, null)!;
            MmProbeAndLockPages(mdl, KernelMode, IoReadAccess);
            try
            {
                MmGetSystemAddressForMdlSafe(mdl, 7);
            }
            catch (ArgumentOutOfRangeException e)
            {
                message = e.Message;
            }

            MmUnlockPages(mdl);
            IoFreeMdl(mdl);
        }));
        Assert.Contains("NormalPagePriority", message);
    }
}
