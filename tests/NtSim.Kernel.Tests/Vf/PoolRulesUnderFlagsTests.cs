using static NtSim.Tests.Ex.PoolTestSupport;
using static NtSim.Wdm;

namespace NtSim.Tests.Vf;

/// <summary>The pool family: 0xC4 under Driver Verifier, BAD_POOL_CALLER (0xC2) without it.</summary>
public sealed class PoolRulesUnderFlagsTests
{
    private static readonly uint Tag = TAG("Vfpl");

    [Fact]
    public void ExFreePoolWithTag_Twice_WithoutVerifier_BugChecksC2_07()
    {
        using var machine = VerifierBoot.With(VerifierFlags.None);
        ulong address = 0, contents = 0;
        var status = machine.Run(() =>
        {
            var p = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, Tag);
            address = p.Address;
            ExFreePoolWithTag(p, Tag);
            contents = Header(p).Contents;
            ExFreePoolWithTag(p, Tag);
        });
        MachineAssert.BugCheck(machine, status, BAD_POOL_CALLER, 0x07, 0, contents, address);
    }

    [Fact]
    public void ExFreePoolWithTag_Twice_UnderAnyOption_BugChecksC4_13()
    {
        // The page names no option: the check runs under any of them (here special pool alone).
        using var machine = VerifierBoot.With(VerifierFlags.SpecialPool);
        ulong address = 0, contents = 0;
        var status = machine.Run(() =>
        {
            var p = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, Tag);
            address = p.Address;
            ExFreePoolWithTag(p, Tag);
            contents = Header(p).Contents;
            ExFreePoolWithTag(p, Tag);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x13, 0, address - 16, contents);
    }

    [Fact]
    public void ExAllocatePoolWithTag_ZeroBytes_WithoutVerifier_BugChecksC2_00WithTheTag()
    {
        using var machine = VerifierBoot.With(VerifierFlags.None);
        var status = machine.Run(() => ExAllocatePoolWithTag(PagedPool, 0, Tag));
        MachineAssert.BugCheck(machine, status, BAD_POOL_CALLER, 0x00, 0, (ulong)PagedPool, Tag);
    }

    [Fact]
    public void ExAllocatePool2_PagedAtDispatch_WithoutForceIrqlChecking_BugChecksC2_08()
    {
        using var machine = VerifierBoot.Without(VerifierFlags.ForceIrqlChecking);
        var status = machine.Run(() =>
        {
            KeRaiseIrql(DISPATCH_LEVEL, out _);
            ExAllocatePool2(POOL_FLAG_PAGED, 64, Tag);
        });
        MachineAssert.BugCheck(machine, status, BAD_POOL_CALLER, 0x08, 2, (ulong)PagedPool, 64);
    }

    [Fact]
    public void ExAllocatePool2_PagedAtDispatch_UnderForceIrqlChecking_BugChecksC4_01()
    {
        using var machine = VerifierBoot.With(VerifierFlags.ForceIrqlChecking);
        var status = machine.Run(() =>
        {
            KeRaiseIrql(DISPATCH_LEVEL, out _);
            ExAllocatePool2(POOL_FLAG_PAGED, 64, Tag);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x01, 2, (ulong)PagedPool, 64);
    }

    [Fact]
    public void ExFreePoolWithTag_PagedAtDispatch_WithoutVerifier_BugChecksC2_09()
    {
        using var machine = VerifierBoot.With(VerifierFlags.None);
        ulong address = 0;
        var status = machine.Run(() =>
        {
            var p = ExAllocatePool2(POOL_FLAG_PAGED, 64, Tag);
            address = p.Address;
            KeRaiseIrql(DISPATCH_LEVEL, out _);
            ExFreePoolWithTag(p, Tag);
        });
        MachineAssert.BugCheck(machine, status, BAD_POOL_CALLER, 0x09, 2, (ulong)PagedPool, address);
    }

    [Fact]
    public void ExFreePool_InsideABlock_WithoutVerifier_BugChecksC2_46()
    {
        using var machine = VerifierBoot.With(VerifierFlags.None);
        ulong bad = 0;
        var status = machine.Run(() =>
        {
            var p = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, Tag);
            bad = (p + 8).Address;
            ExFreePool(p + 8);
        });
        MachineAssert.BugCheck(machine, status, BAD_POOL_CALLER, 0x46, bad, 0, 0);
    }

    [Fact]
    public void ExFreePool_UserAddress_WithoutVerifier_BugChecksC2_40()
    {
        using var machine = VerifierBoot.With(VerifierFlags.None);
        var status = machine.Run(() => ExFreePool(new PVOID(0x10000)));
        MachineAssert.BugCheck(machine, status, BAD_POOL_CALLER, 0x40, 0x10000, 0xFFFF_8000_0000_0000, 0);
    }

    [Fact]
    public void ExFreePool_UserAddress_UnderAnyOption_BugChecksC4_10()
    {
        using var machine = VerifierBoot.With(VerifierFlags.IoVerification);
        var status = machine.Run(() => ExFreePool(new PVOID(0x10000)));
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x10, 0x10000, 0, 0);
    }
}
