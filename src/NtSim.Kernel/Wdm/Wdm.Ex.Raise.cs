using System.Diagnostics.CodeAnalysis;

namespace NtSim;

public static partial class Wdm
{
    /// <summary>ExRaiseStatus: raises an exception with the status as its code. A driver catches
    /// it as C code does with __try/__except (catch NtStatusException, or any Exception and
    /// GetExceptionCode); uncaught, it bug checks as any exception in kernel mode.</summary>
    [DoesNotReturn]
    public static void ExRaiseStatus(NTSTATUS Status) => throw new NtStatusException(Status);

    /// <summary>ExRaiseAccessViolation: ExRaiseStatus(STATUS_ACCESS_VIOLATION).</summary>
    [DoesNotReturn]
    public static void ExRaiseAccessViolation() => throw new NtStatusException(STATUS_ACCESS_VIOLATION);

    /// <summary>ExRaiseDatatypeMisalignment: ExRaiseStatus(STATUS_DATATYPE_MISALIGNMENT).</summary>
    [DoesNotReturn]
    public static void ExRaiseDatatypeMisalignment() => throw new NtStatusException(STATUS_DATATYPE_MISALIGNMENT);

    /// <summary>GetExceptionCode: the NT exception code of a caught exception (the status of an
    /// ExRaiseStatus; STATUS_ACCESS_VIOLATION for a null dereference; ...).</summary>
    public static NTSTATUS GetExceptionCode(Exception Exception) => ExceptionCodes.For(KeContext.NotNull(Exception, nameof(Exception)));
}
