namespace NtSim;

/// <summary>
/// Driver Verifier options, with the bits of <c>verifier /flags</c> (as <c>verifier /querysettings</c>
/// lists them). NtSim always makes the checks Windows always makes; these switch on the ones Windows
/// makes only under Driver Verifier. docs/verifier.md says which are simulated and which rule each governs.
/// </summary>
[Flags]
public enum VerifierFlags : uint
{
    /// <summary>No Driver Verifier option: only the checks Windows always makes.</summary>
    None = 0,

    /// <summary>0x1: special pool.</summary>
    SpecialPool = 0x1,

    /// <summary>0x2: force IRQL checking.</summary>
    ForceIrqlChecking = 0x2,

    /// <summary>0x4: randomized low resources simulation.</summary>
    LowResourcesSimulation = 0x4,

    /// <summary>0x8: pool tracking: a driver that unloads with pool still allocated gets 0xC4/0x62.</summary>
    PoolTracking = 0x8,

    /// <summary>0x10: I/O verification.</summary>
    IoVerification = 0x10,

    /// <summary>0x20: deadlock detection.</summary>
    DeadlockDetection = 0x20,

    /// <summary>0x80: DMA checking.</summary>
    DmaChecking = 0x80,

    /// <summary>0x100: security checks.</summary>
    SecurityChecks = 0x100,

    /// <summary>0x200: force pending I/O requests.</summary>
    ForcePendingIoRequests = 0x200,

    /// <summary>0x400: IRP logging.</summary>
    IrpLogging = 0x400,

    /// <summary>0x800: miscellaneous checks.</summary>
    MiscellaneousChecks = 0x800,

    /// <summary>0x20000: DDI compliance checking.</summary>
    DdiComplianceChecking = 0x20000,

    /// <summary>Every option above: a rule governed by it runs whatever option Driver Verifier has
    /// (Windows makes these checks for any verified driver).</summary>
    AnyOption = SpecialPool | ForceIrqlChecking | LowResourcesSimulation | PoolTracking | IoVerification | DeadlockDetection
        | DmaChecking | SecurityChecks | ForcePendingIoRequests | IrpLogging | MiscellaneousChecks | DdiComplianceChecking,

    /// <summary><c>verifier /standard</c>: 0x209BB.</summary>
    Standard = SpecialPool | ForceIrqlChecking | PoolTracking | IoVerification | DeadlockDetection | DmaChecking
        | SecurityChecks | MiscellaneousChecks | DdiComplianceChecking,
}
