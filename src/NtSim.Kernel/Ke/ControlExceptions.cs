namespace NtSim;

/// <summary>Unwinds the simulated thread that called KeBugCheckEx (or broke a rule). Driver code
/// must not swallow it; if it does, the thread stops again at its next scheduling point.</summary>
public sealed class BugCheckException : Exception
{
    internal BugCheckException(BugCheckInfo info)
        : base(info.Account)
    {
        Info = info;
    }

    /// <summary>What the bug check recorded.</summary>
    public BugCheckInfo Info { get; }
}

/// <summary>Unwinds a simulated thread because its machine halted (bug check, deadlock, dispose).</summary>
public sealed class MachineHaltedException : Exception
{
    internal MachineHaltedException()
        : base("The simulated machine has halted.")
    {
    }
}

/// <summary>Unwinds a system thread that called PsTerminateSystemThread.</summary>
internal sealed class ThreadTerminatedException : Exception
{
    internal ThreadTerminatedException(NTSTATUS exitStatus)
        : base("PsTerminateSystemThread")
    {
        ExitStatus = exitStatus;
    }

    internal NTSTATUS ExitStatus { get; }
}

/// <summary>
/// An exception raised with ExRaiseStatus (or by a routine documented to raise, such as
/// ProbeForRead). A driver catches it as C code uses __try/__except; <see cref="Status"/> is what
/// GetExceptionCode() returns.
/// </summary>
public sealed class NtStatusException : Exception
{
    /// <summary>Raises <paramref name="status"/>, as ExRaiseStatus does.</summary>
    public NtStatusException(NTSTATUS status)
        : base(NtNames.Format(status))
    {
        Status = status;
    }

    /// <summary>An exception the kernel raises on the driver's behalf, with what caused it.</summary>
    internal NtStatusException(NTSTATUS status, string detail)
        : base($"{NtNames.Format(status)}: {detail}")
    {
        Status = status;
    }

    /// <summary>The status raised: what GetExceptionCode() returns in the handler.</summary>
    public NTSTATUS Status { get; }
}
