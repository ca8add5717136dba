namespace NtSim;

// The MDL routines' state rules. 0xB0, 0xB3 and 0xB4 are Driver Verifier's automatic checks
// (devtest/automatic-checks, "Monitoring Memory Descriptor List (MDL) Usage"), moved in Windows 10 1709
// "into relevant standard flags" that no page names: they run under any option, as before 1709. The
// pages name no option for 0x7C, 0x7D, 0x7F and 0xB8 either: any option. Without Driver Verifier each
// call does what Windows does (MemoryManager.MdlRules.cs; docs/verifier.md).
public static partial class VerifierRules
{

    /// <summary>0xC4/0x7C: MmUnlockPages on an MDL that was never locked.</summary>
    public static readonly VerifierRule UnlockNeverLocked = new()
    {
        Code = Wdm.DRIVER_VERIFIER_DETECTED_VIOLATION, Subcode = 0x7C, Name = "MmUnlockPagesNeverLocked",
        Flag = VerifierFlags.AnyOption, P2 = "the MDL", P3 = "its flags", P4 = "0", Source = C4,
    };

    /// <summary>0xC4/0x7D: MmUnlockPages on an MDL built for nonpaged pool.</summary>
    public static readonly VerifierRule UnlockNonPagedPool = new()
    {
        Code = Wdm.DRIVER_VERIFIER_DETECTED_VIOLATION, Subcode = 0x7D, Name = "MmUnlockPagesOfNonPagedPool",
        Flag = VerifierFlags.AnyOption, P2 = "the MDL", P3 = "its flags", P4 = "0", Source = C4,
    };

    /// <summary>0xC4/0x7F: MmBuildMdlForNonPagedPool on pageable memory.</summary>
    public static readonly VerifierRule BuildForNonPagedPoolOfPagedPool = new()
    {
        Code = Wdm.DRIVER_VERIFIER_DETECTED_VIOLATION, Subcode = 0x7F, Name = "MmBuildMdlForNonPagedPoolOfPagedMemory",
        Flag = VerifierFlags.AnyOption, P2 = "current IRQL", P3 = "the MDL", P4 = "its flags", Source = C4,
    };

    /// <summary>0xC4/0xB0: MmProbeAndLockPages on an MDL with flags that forbid it.</summary>
    public static readonly VerifierRule ProbeAndLockBadFlags = new()
    {
        Code = Wdm.DRIVER_VERIFIER_DETECTED_VIOLATION, Subcode = 0xB0, Name = "MmProbeAndLockPagesWrongFlags",
        Flag = VerifierFlags.AnyOption, P2 = "the MDL", P3 = "its flags", P4 = "the wrong flags", Source = C4,
    };

    /// <summary>0xC4/0xB3: MmMapLockedPages on an MDL whose pages are not locked.</summary>
    public static readonly VerifierRule MapLockedMissingFlags = new()
    {
        Code = Wdm.DRIVER_VERIFIER_DETECTED_VIOLATION, Subcode = 0xB3, Name = "MmMapLockedPagesNotLocked",
        Flag = VerifierFlags.AnyOption, P2 = "the MDL", P3 = "its flags", P4 = "the missing flags", Source = C4,
    };

    /// <summary>0xC4/0xB4: MmUnlockPages on a partial MDL.</summary>
    public static readonly VerifierRule UnlockPartial = new()
    {
        Code = Wdm.DRIVER_VERIFIER_DETECTED_VIOLATION, Subcode = 0xB4, Name = "MmUnlockPagesOfPartialMdl",
        Flag = VerifierFlags.AnyOption, P2 = "the MDL", P3 = "its flags", P4 = "MDL_PARTIAL", Source = C4,
    };

    /// <summary>0xC4/0xB8: IoFreeMdl on an MDL whose pages are still mapped.</summary>
    public static readonly VerifierRule FreeMappedMdl = new()
    {
        Code = Wdm.DRIVER_VERIFIER_DETECTED_VIOLATION, Subcode = 0xB8, Name = "IoFreeMdlStillMapped",
        Flag = VerifierFlags.AnyOption, P2 = "the MDL", P3 = "its flags", P4 = "0", Source = C4,
    };

}
