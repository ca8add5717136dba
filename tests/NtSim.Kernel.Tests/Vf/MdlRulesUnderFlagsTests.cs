using static NtSim.Wdm;

namespace NtSim.Tests.Vf;

/// <summary>MmBuildMdlForNonPagedPool given pageable memory: 0xC4/0x7F under any option; without Driver
/// Verifier the MDL describes the pages as they are.</summary>
public sealed class MdlRulesUnderFlagsTests
{
    private static readonly uint Tag = TAG("Vfmd");

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
