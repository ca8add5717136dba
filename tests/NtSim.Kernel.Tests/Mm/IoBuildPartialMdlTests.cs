using static NtSim.Tests.MachineAssert;
using static NtSim.Wdm;

namespace NtSim.Tests.Mm;

/// <summary>IoBuildPartialMdl: a partial MDL over part of a locked MDL's buffer (nf-wdm-iobuildpartialmdl).</summary>
public sealed class IoBuildPartialMdlTests
{
    private const uint Page = (uint)PAGE_SIZE;

    private static readonly uint Tag = TAG("Part");

    [Fact]
    public void IoBuildPartialMdl_DescribesTheSubrange_WithTheSourcesPages_AndMapsItOnDemand()
    {
        using var machine = Boot();
        PVOID va = default, partialVa = default, mapped = default;
        uint count = 0;
        short flags = 0, mappedFlags = 0;
        ulong[] sourcePfns = [], partialPfns = [];
        long ptesWhileMapped = 0, ptesAfterFree = 0;
        byte viaPartial = 0;
        Completed(machine, machine.Run(() =>
        {
            var pool = ExAllocatePool2(POOL_FLAG_NON_PAGED, 3 * PAGE_SIZE, Tag);
            (pool + PAGE_SIZE + 8).Write<byte>(0x77);
            var source = IoAllocateMdl(pool, 3 * Page, false, false, null)!;
            MmProbeAndLockPages(source, KernelMode, IoReadAccess);
            va = pool + PAGE_SIZE + 8;
            var partial = IoAllocateMdl(va, 100, false, false, null)!;
            IoBuildPartialMdl(source, partial, va, 100);
            partialVa = MmGetMdlVirtualAddress(partial);
            count = MmGetMdlByteCount(partial);
            flags = partial.MdlFlags;
            sourcePfns = MmGetMdlPfnArray(source).ToArray();
            partialPfns = MmGetMdlPfnArray(partial).ToArray();
            mapped = MmGetSystemAddressForMdlSafe(partial, NormalPagePriority);
            mappedFlags = partial.MdlFlags;
            viaPartial = mapped.Read<byte>();
            ptesWhileMapped = machine.Memory.SystemPtes.MappedPages;
            IoFreeMdl(partial);
            ptesAfterFree = machine.Memory.SystemPtes.MappedPages;
            MmUnlockPages(source);
            IoFreeMdl(source);
            ExFreePoolWithTag(pool, Tag);
        }));
        Assert.Equal(va, partialVa);
        Assert.Equal(100u, count);
        Assert.Equal(MDL_PARTIAL, flags);
        Assert.Equal(sourcePfns[1], Assert.Single(partialPfns));
        Assert.Equal((short)(MDL_PARTIAL | MDL_MAPPED_TO_SYSTEM_VA | MDL_PARTIAL_HAS_BEEN_MAPPED), mappedFlags);
        Assert.Equal(0x77, viaPartial);
        Assert.Equal(1, ptesWhileMapped - ptesAfterFree);
    }

    [Fact]
    public void IoBuildPartialMdl_OfAMappedSource_SharesItsMapping()
    {
        using var machine = Boot();
        PVOID sourceVa = default, partialVa = default;
        Completed(machine, machine.Run(() =>
        {
            var pool = ExAllocatePool2(POOL_FLAG_PAGED, 256, Tag);
            var source = IoAllocateMdl(pool, 256, false, false, null)!;
            MmProbeAndLockPages(source, KernelMode, IoReadAccess);
            sourceVa = MmGetSystemAddressForMdlSafe(source, NormalPagePriority);
            var partial = IoAllocateMdl(pool + 16, 32, false, false, null)!;
            IoBuildPartialMdl(source, partial, pool + 16, 0);
            partialVa = MmGetSystemAddressForMdlSafe(partial, NormalPagePriority);
            Assert.Equal(240u, MmGetMdlByteCount(partial));
            IoFreeMdl(partial);
            MmUnlockPages(source);
            IoFreeMdl(source);
            ExFreePoolWithTag(pool, Tag);
        }));
        Assert.Equal(sourceVa + 16, partialVa);
    }

    [Fact]
    public void MmPrepareMdlForReuse_ReleasesThePartialsOwnMapping_AndTheMdlIsBuiltAgain()
    {
        using var machine = Boot();
        long mapped = 0, afterReuse = 0;
        short flagsAfterReuse = -1;
        byte second = 0;
        Completed(machine, machine.Run(() =>
        {
            var pool = ExAllocatePool2(POOL_FLAG_PAGED, 64, Tag);
            (pool + 40).Write<byte>(0x3C);
            var source = IoAllocateMdl(pool, 64, false, false, null)!;
            MmProbeAndLockPages(source, KernelMode, IoReadAccess);
            var partial = IoAllocateMdl(pool, 64, false, false, null)!;
            IoBuildPartialMdl(source, partial, pool, 32);
            MmGetSystemAddressForMdlSafe(partial, NormalPagePriority);
            mapped = machine.Memory.SystemPtes.MappedPages;
            MmPrepareMdlForReuse(partial);
            afterReuse = machine.Memory.SystemPtes.MappedPages;
            flagsAfterReuse = partial.MdlFlags;
            IoBuildPartialMdl(source, partial, pool + 32, 32);
            second = (MmGetSystemAddressForMdlSafe(partial, NormalPagePriority) + 8UL).Read<byte>();
            IoFreeMdl(partial);
            MmUnlockPages(source);
            IoFreeMdl(source);
            ExFreePoolWithTag(pool, Tag);
        }));
        Assert.Equal(1, mapped - afterReuse);
        Assert.Equal(MDL_PARTIAL, flagsAfterReuse);
        Assert.Equal(0x3C, second);
    }

    [Fact]
    public void IoBuildPartialMdl_OutsideTheSource_BugChecks12E()
    {
        using var machine = Boot();
        ulong source = 0, target = 0, va = 0;
        var status = machine.Run(() =>
        {
            var pool = ExAllocatePool2(POOL_FLAG_PAGED, 256, Tag);
            var s = IoAllocateMdl(pool, 64, false, false, null)!;
            MmProbeAndLockPages(s, KernelMode, IoReadAccess);
            var t = IoAllocateMdl(pool, 256, false, false, null)!;
            (source, target, va) = (s.Address, t.Address, (pool + 32).Address);
            IoBuildPartialMdl(s, t, pool + 32, 64);
        });
        BugCheck(machine, status, INVALID_MDL_RANGE, source, target, va, 64);
    }

    [Fact]
    public void IoBuildPartialMdl_TargetTooSmall_BugChecks40()
    {
        using var machine = Boot();
        var status = machine.Run(() =>
        {
            var pool = ExAllocatePool2(POOL_FLAG_NON_PAGED, 2 * PAGE_SIZE, Tag);
            var source = IoAllocateMdl(pool, 2 * Page, false, false, null)!;
            MmBuildMdlForNonPagedPool(source);
            var target = IoAllocateMdl(pool, 16, false, false, null)!;
            IoBuildPartialMdl(source, target, pool, 2 * Page);
        });
        BugCheck(machine, status, TARGET_MDL_TOO_SMALL, 0, 0, 0, 0);
    }

    [Fact]
    public void MmUnmapLockedPages_OfAPartialSharingItsSourcesMapping_IsAClearError()
    {
        using var machine = Boot();
        string message = "";
        Completed(machine, machine.Run(() =>
        {
            var pool = ExAllocatePool2(POOL_FLAG_PAGED, 64, Tag);
            var source = IoAllocateMdl(pool, 64, false, false, null)!;
            MmProbeAndLockPages(source, KernelMode, IoReadAccess);
            MmGetSystemAddressForMdlSafe(source, NormalPagePriority);
            var partial = IoAllocateMdl(pool, 64, false, false, null)!;
            IoBuildPartialMdl(source, partial, pool, 64);
            try
            {
                MmUnmapLockedPages(MmGetSystemAddressForMdlSafe(partial, NormalPagePriority), partial);
            }
            catch (InvalidOperationException e)
            {
                message = e.Message;
            }

            IoFreeMdl(partial);
            MmUnlockPages(source);
            IoFreeMdl(source);
            ExFreePoolWithTag(pool, Tag);
        }));
        Assert.Contains("shares the mapping of its source MDL", message);
    }
}
