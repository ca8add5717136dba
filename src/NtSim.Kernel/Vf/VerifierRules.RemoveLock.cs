namespace NtSim;

// The remove lock rules. The 0xC4 page lists subcodes 0xD5-0xD7 without naming the option that
// enables them; the remove lock's tag tracking is one of the I/O checks, so NtSim governs them by
// I/O verification (0x10).
public static partial class VerifierRules
{
    /// <summary>0xC4/0xD5: IoReleaseRemoveLock with a tag no IoAcquireRemoveLock used.</summary>
    public static readonly VerifierRule RemoveLockReleaseUnknownTag = new()
    {
        Code = Wdm.DRIVER_VERIFIER_DETECTED_VIOLATION, Subcode = 0xD5, Name = "IoReleaseRemoveLockUnknownTag",
        Flag = VerifierFlags.IoVerification, P2 = "the remove lock", Source = C4,
    };

    /// <summary>0xC4/0xD6: IoReleaseRemoveLockAndWait with a tag no IoAcquireRemoveLock used.</summary>
    public static readonly VerifierRule RemoveLockReleaseAndWaitUnknownTag = new()
    {
        Code = Wdm.DRIVER_VERIFIER_DETECTED_VIOLATION, Subcode = 0xD6, Name = "IoReleaseRemoveLockAndWaitUnknownTag",
        Flag = VerifierFlags.IoVerification, P2 = "the remove lock", Source = C4,
    };

    /// <summary>0xC4/0xD7: IoInitializeRemoveLock on a lock IoReleaseRemoveLockAndWait already released.</summary>
    public static readonly VerifierRule RemoveLockReinitialized = new()
    {
        Code = Wdm.DRIVER_VERIFIER_DETECTED_VIOLATION, Subcode = 0xD7, Name = "IoInitializeRemoveLockAfterRemove",
        Flag = VerifierFlags.IoVerification, P3 = "the remove lock", Source = C4,
    };
}
