namespace NtSim;

// The I/O manager's rules: 0xC9 DRIVER_VERIFIER_IOMANAGER_VIOLATION and the remove lock's 0xC4 subcodes,
// all under I/O verification (0x10; devtest/i-o-verification: "I/O Verification failures cause bug check 0xC9").
public static partial class VerifierRules
{
    /// <summary>0xC9/0x1: IoFreeIrp of an object whose type is not IO_TYPE_IRP.</summary>
    public static readonly VerifierRule FreedNonIrp = IoRule(0x1, "IoFreeIrpOfNonIrp", "the object", "0", "0");

    /// <summary>0xC9/0x3: IoCallDriver with something that is not an allocated IRP.</summary>
    public static readonly VerifierRule CallDriverWithNonIrp = IoRule(0x3, "IoCallDriverWithNonIrp", "the object", "0", "0");

    /// <summary>0xC9/0x5: a dispatch routine returned at another IRQL than it was called at.</summary>
    public static readonly VerifierRule DispatchChangedIrql = IoRule(0x5, "DispatchReturnedAtOtherIrql", "the device", "IRQL before", "IRQL after");

    /// <summary>0xC9/0x6: IoCompleteRequest with IoStatus.Status STATUS_PENDING or -1.</summary>
    public static readonly VerifierRule CompletedWithPendingStatus = IoRule(0x6, "CompleteWithStatusPending", "the status", "the IRP", "0");

    /// <summary>0xC9/0x7: IoCompleteRequest with a cancel routine still set.</summary>
    public static readonly VerifierRule CompletedWithCancelRoutine = IoRule(0x7, "CompleteWithCancelRoutineSet", "the cancel routine (0 here)", "the IRP", "0");

    /// <summary>0xC9/0xE: IoCompleteRequest above DISPATCH_LEVEL.</summary>
    public static readonly VerifierRule CompleteAboveDispatch = IoRule(0xE, "IoCompleteRequestAboveDispatchLevel", "current IRQL", "the IRP", "0");

    /// <summary>0xC9/0x10: IoCallDriver above DISPATCH_LEVEL.</summary>
    public static readonly VerifierRule CallDriverAboveDispatch = IoRule(0x10, "IoCallDriverAboveDispatchLevel", "current IRQL", "0", "0");

    /// <summary>0xC9/0x20E: a new IRP_MJ_PNP sent with IoStatus.Status other than STATUS_NOT_SUPPORTED.</summary>
    public static readonly VerifierRule PnpIrpNotStatusNotSupported = IoRule(0x20E, "PnpIrpSentWithoutStatusNotSupported", "the IRP", "0", "0");

    /// <summary>0xC9/0x21D: an FDO or filter still attached after IRP_MN_REMOVE_DEVICE.</summary>
    public static readonly VerifierRule StillAttachedAfterRemove = IoRule(0x21D, "StillAttachedAfterRemoveDevice", "the device", "the PDO", "0");

    /// <summary>0xC9/0x21E: an FDO or filter not deleted at IRP_MN_REMOVE_DEVICE.</summary>
    public static readonly VerifierRule NotDeletedAfterRemove = IoRule(0x21E, "NotDeletedAfterRemoveDevice", "the device", "the PDO", "0");

    /// <summary>0xC9/0x224: a dispatch routine completed the IRP with one status and returned another.</summary>
    public static readonly VerifierRule DispatchStatusMismatch = IoRule(0x224, "DispatchReturnedOtherStatus", "the routine", "the IRP", "IoStatus.Status");

    /// <summary>0xC9/0x228: a completion routine did not call IoMarkIrpPending though Irp->PendingReturned was set.</summary>
    public static readonly VerifierRule CompletionRoutineDidNotMarkPending = IoRule(0x228, "CompletionRoutineDidNotMarkPending", "0", "the IRP", "0");

    /// <summary>0xC9/0x23D: STATUS_PENDING returned without IoMarkIrpPending.</summary>
    public static readonly VerifierRule PendingWithoutMarkPending = IoRule(0x23D, "PendingReturnedWithoutMarkPending", "the IRP", "0", "0");

    /// <summary>0xC9/0x240: IoDeleteDevice called twice for one device object.</summary>
    public static readonly VerifierRule DeviceDeletedTwice = IoRule(0x240, "IoDeleteDeviceTwice", "the device", "0", "0");

    /// <summary>0xC4/0xD7: a remove lock initialized again after IoReleaseRemoveLockAndWait.</summary>
    public static readonly VerifierRule RemoveLockInitializedAgain = new()
    {
        Code = Wdm.DRIVER_VERIFIER_DETECTED_VIOLATION, Subcode = 0xD7, Name = "RemoveLockInitializedAgain",
        Flag = VerifierFlags.IoVerification, P2 = "the verifier's shadow lock (0 here)", P3 = "the remove lock", Source = C4,
    };

    /// <summary>0xC4/0xD5: IoReleaseRemoveLock with a tag no IoAcquireRemoveLock used.</summary>
    public static readonly VerifierRule RemoveLockReleaseTagMismatch = new()
    {
        Code = Wdm.DRIVER_VERIFIER_DETECTED_VIOLATION, Subcode = 0xD5, Name = "RemoveLockReleaseTagMismatch",
        Flag = VerifierFlags.IoVerification, P2 = "the remove lock", P3 = "the tag (0 here)", Source = C4,
    };

    /// <summary>0xC4/0xD6: IoReleaseRemoveLockAndWait with a tag no IoAcquireRemoveLock used.</summary>
    public static readonly VerifierRule RemoveLockReleaseAndWaitTagMismatch = new()
    {
        Code = Wdm.DRIVER_VERIFIER_DETECTED_VIOLATION, Subcode = 0xD6, Name = "RemoveLockReleaseAndWaitTagMismatch",
        Flag = VerifierFlags.IoVerification, P2 = "the remove lock", P3 = "the tag (0 here)", P4 = "the previous tag (0 here)", Source = C4,
    };

    private static VerifierRule IoRule(ulong subcode, string name, string p2, string p3, string p4) => new()
    {
        Code = Wdm.DRIVER_VERIFIER_IOMANAGER_VIOLATION, Subcode = subcode, Name = name,
        Flag = VerifierFlags.IoVerification, P2 = p2, P3 = p3, P4 = p4, Source = C9,
    };
}
