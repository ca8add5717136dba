namespace NtSim;

public static partial class Wdm
{
    /// <summary>MmIsVerifierEnabled: STATUS_SUCCESS and the Driver Verifier options in force
    /// (<c>verifier /flags</c>) when any is on; STATUS_NOT_SUPPORTED and 0 when Driver Verifier is off.</summary>
    public static NTSTATUS MmIsVerifierEnabled(out uint VerifierFlags) =>
        DdiGate.Enter(DdiTable.MmIsVerifierEnabled).Machine.Verifier.QueryEnabled(out VerifierFlags);

    /// <summary>MmIsDriverVerifying: TRUE when Driver Verifier verifies the driver. NtSim verifies every
    /// driver of the machine when any option is on (as <c>verifier /all</c>).</summary>
    public static bool MmIsDriverVerifying(DRIVER_OBJECT DriverObject) =>
        DdiGate.Enter(DdiTable.MmIsDriverVerifying).Machine.Verifier.IsVerifying(KeContext.NotNull(DriverObject, nameof(DriverObject)));
}
