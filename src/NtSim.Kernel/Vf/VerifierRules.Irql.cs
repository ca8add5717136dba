namespace NtSim;

// The IRQL rules: a DDI called at an IRQL its documentation forbids. The DDI gate checks them
// from the DDI table (docs/ddi-entry.md); since Windows 10 1709 Driver Verifier's automatic IRQL
// checks belong to the standard option Force IRQL checking (devtest/automatic-checks).
public static partial class VerifierRules
{
    /// <summary>0xC4/0x30: KeRaiseIrql to a lower IRQL.</summary>
    public static readonly VerifierRule RaiseToLowerIrql = new()
    {
        Code = Wdm.DRIVER_VERIFIER_DETECTED_VIOLATION, Subcode = 0x30, Name = "KeRaiseIrqlToLower",
        Flag = VerifierFlags.ForceIrqlChecking, P2 = "current IRQL", P3 = "requested IRQL", Source = C4,
    };

    /// <summary>0xC4/0x31: KeLowerIrql to a higher IRQL.</summary>
    public static readonly VerifierRule LowerToHigherIrql = new()
    {
        Code = Wdm.DRIVER_VERIFIER_DETECTED_VIOLATION, Subcode = 0x31, Name = "KeLowerIrqlToHigher",
        Flag = VerifierFlags.ForceIrqlChecking, P2 = "current IRQL", P3 = "requested IRQL", Source = C4,
    };

    /// <summary>0xC4/0x32: KeReleaseSpinLock not at DISPATCH_LEVEL.</summary>
    public static readonly VerifierRule ReleaseSpinLockNotAtDispatch = new()
    {
        Code = Wdm.DRIVER_VERIFIER_DETECTED_VIOLATION, Subcode = 0x32, Name = "KeReleaseSpinLockNotAtDispatch",
        Flag = VerifierFlags.ForceIrqlChecking, P2 = "current IRQL", P3 = "the spin lock", Source = C4,
    };

    /// <summary>0xC4/0x40: KeAcquireSpinLockAtDpcLevel below DISPATCH_LEVEL.</summary>
    public static readonly VerifierRule AcquireAtDpcLevelBelowDispatch = new()
    {
        Code = Wdm.DRIVER_VERIFIER_DETECTED_VIOLATION, Subcode = 0x40, Name = "KeAcquireSpinLockAtDpcLevelBelowDispatch",
        Flag = VerifierFlags.ForceIrqlChecking, P2 = "current IRQL", P3 = "the spin lock", Source = C4,
    };

    /// <summary>0xC4/0x41: KeReleaseSpinLockFromDpcLevel below DISPATCH_LEVEL.</summary>
    public static readonly VerifierRule ReleaseFromDpcLevelBelowDispatch = new()
    {
        Code = Wdm.DRIVER_VERIFIER_DETECTED_VIOLATION, Subcode = 0x41, Name = "KeReleaseSpinLockFromDpcLevelBelowDispatch",
        Flag = VerifierFlags.ForceIrqlChecking, P2 = "current IRQL", P3 = "the spin lock", Source = C4,
    };

    /// <summary>0xC4/0x42: KeAcquireSpinLock above DISPATCH_LEVEL.</summary>
    public static readonly VerifierRule AcquireSpinLockAboveDispatch = new()
    {
        Code = Wdm.DRIVER_VERIFIER_DETECTED_VIOLATION, Subcode = 0x42, Name = "KeAcquireSpinLockAboveDispatch",
        Flag = VerifierFlags.ForceIrqlChecking, P2 = "current IRQL", P3 = "the spin lock", Source = C4,
    };

    /// <summary>0xC4/0x80: KeSetEvent above DISPATCH_LEVEL.</summary>
    public static readonly VerifierRule SetEventAboveDispatch = new()
    {
        Code = Wdm.DRIVER_VERIFIER_DETECTED_VIOLATION, Subcode = 0x80, Name = "KeSetEventAboveDispatch",
        Flag = VerifierFlags.ForceIrqlChecking, P2 = "current IRQL", P3 = "the event", Source = C4,
    };

    /// <summary>0xC4/0xE5: a kernel API called at an IRQL its documentation forbids (no subcode of its own).</summary>
    public static readonly VerifierRule ApiAtWrongIrql = new()
    {
        Code = Wdm.DRIVER_VERIFIER_DETECTED_VIOLATION, Subcode = 0xE5, Name = "ApiAtWrongIrql",
        Flag = VerifierFlags.ForceIrqlChecking, P2 = "current IRQL", Source = C4,
    };

    /// <summary>0xC4/0xE6: a Zw routine called above PASSIVE_LEVEL.</summary>
    public static readonly VerifierRule ZwAbovePassive = new()
    {
        Code = Wdm.DRIVER_VERIFIER_DETECTED_VIOLATION, Subcode = 0xE6, Name = "ZwAbovePassive",
        Flag = VerifierFlags.ForceIrqlChecking, P2 = "the calling address (0 here)", P3 = "current IRQL",
        P4 = "the thread's special-APC disable count", Source = C4,
    };

    /// <summary>0xC4/0x70: MmProbeAndLockPages above DISPATCH_LEVEL.</summary>
    public static readonly VerifierRule ProbeAndLockAboveDispatch = new()
    {
        Code = Wdm.DRIVER_VERIFIER_DETECTED_VIOLATION, Subcode = 0x70, Name = "MmProbeAndLockPagesAboveDispatch",
        Flag = VerifierFlags.ForceIrqlChecking, P2 = "current IRQL", P3 = "the MDL", P4 = "the access mode", Source = C4,
    };

    /// <summary>0xC4/0x76: MmMapLockedPages (MmGetSystemAddressForMdlSafe) above DISPATCH_LEVEL.</summary>
    public static readonly VerifierRule MapLockedAboveDispatch = new()
    {
        Code = Wdm.DRIVER_VERIFIER_DETECTED_VIOLATION, Subcode = 0x76, Name = "MmMapLockedPagesAboveDispatch",
        Flag = VerifierFlags.ForceIrqlChecking, P2 = "current IRQL", P3 = "the MDL", P4 = "the access mode", Source = C4,
    };

    /// <summary>0xC4/0x78: MmUnlockPages above DISPATCH_LEVEL.</summary>
    public static readonly VerifierRule UnlockAboveDispatch = new()
    {
        Code = Wdm.DRIVER_VERIFIER_DETECTED_VIOLATION, Subcode = 0x78, Name = "MmUnlockPagesAboveDispatch",
        Flag = VerifierFlags.ForceIrqlChecking, P2 = "current IRQL", P3 = "the MDL", Source = C4,
    };

    /// <summary>0xC4/0x79: MmUnmapLockedPages above DISPATCH_LEVEL.</summary>
    public static readonly VerifierRule UnmapLockedAboveDispatch = new()
    {
        Code = Wdm.DRIVER_VERIFIER_DETECTED_VIOLATION, Subcode = 0x79, Name = "MmUnmapLockedPagesAboveDispatch",
        Flag = VerifierFlags.ForceIrqlChecking, P2 = "current IRQL", P3 = "the virtual address", P4 = "the MDL", Source = C4,
    };

    /// <summary>DDI compliance rule IrqlExApcLte2 (0x20006): ProbeForRead/ProbeForWrite ... at IRQL &lt;= APC_LEVEL.</summary>
    public static readonly VerifierRule IrqlExApcLte2 = DdiRule(0x20006, "IrqlExApcLte2", "devtest/wdm-irqlexapclte2");

    /// <summary>DDI compliance rule IrqlObPassive (0x2001B): Ob routines at PASSIVE_LEVEL.</summary>
    public static readonly VerifierRule IrqlObPassive = DdiRule(0x2001B, "IrqlObPassive", "devtest/wdm-irqlobpassive");

    /// <summary>DDI compliance rule IrqlPsPassive (0x2001C): Ps routines at PASSIVE_LEVEL.</summary>
    public static readonly VerifierRule IrqlPsPassive = DdiRule(0x2001C, "IrqlPsPassive", "devtest/wdm-irqlpspassive");

    /// <summary>DDI compliance rule IrqlRtlPassive (0x2001E): RtlDeleteRegistryValue and friends at PASSIVE_LEVEL.</summary>
    public static readonly VerifierRule IrqlRtlPassive = DdiRule(0x2001E, "IrqlRtlPassive", "devtest/wdm-irqlrtlpassive");

    /// <summary>DDI compliance rule IrqlZwPassive (0x2001F): ZwClose and the Zw*Key routines at PASSIVE_LEVEL.</summary>
    public static readonly VerifierRule IrqlZwPassive = DdiRule(0x2001F, "IrqlZwPassive", "devtest/wdm-irqlzwpassive");

    /// <summary>DDI compliance rule IrqlIoRtlZwPassive (0x20023): RtlCreateRegistryKey, RtlWriteRegistryValue ... at PASSIVE_LEVEL.</summary>
    public static readonly VerifierRule IrqlIoRtlZwPassive = DdiRule(0x20023, "IrqlIoRtlZwPassive", "devtest/wdm-irqliortlzwpassive");

    /// <summary>A DDI compliance rule: 0xC4 with the rule id in P1; P2 points to the violated
    /// condition's text and P3 to the rule's state (0 here: NtSim has no such memory to point at).</summary>
    private static VerifierRule DdiRule(ulong id, string name, string source) => new()
    {
        Code = Wdm.DRIVER_VERIFIER_DETECTED_VIOLATION, Subcode = id, Name = name,
        Flag = VerifierFlags.DdiComplianceChecking, P2 = "the violated condition (0 here)", P3 = "the rule's state (0 here)", Source = source,
    };
}
