namespace NtSim;

/// <summary>KBUGCHECK_CALLBACK_ROUTINE (wdm.h): called at HIGH_LEVEL when the machine bug checks, with
/// the buffer given at registration (a driver typically copies its state into it for the dump).</summary>
public delegate void KBUGCHECK_CALLBACK_ROUTINE(Memory<byte> Buffer, uint Length);

/// <summary>KBUGCHECK_REASON_CALLBACK_ROUTINE (wdm.h): ReasonSpecificData is the reason's structure
/// (KBUGCHECK_SECONDARY_DUMP_DATA, KBUGCHECK_DUMP_IO, KBUGCHECK_ADD_PAGES or KBUGCHECK_TRIAGE_DUMP_DATA).</summary>
public delegate void KBUGCHECK_REASON_CALLBACK_ROUTINE(KBUGCHECK_CALLBACK_REASON Reason, KBUGCHECK_REASON_CALLBACK_RECORD Record,
    object? ReasonSpecificData, uint ReasonSpecificDataLength);

/// <summary>KBUGCHECK_CALLBACK_REASON (wdm.h).</summary>
public enum KBUGCHECK_CALLBACK_REASON
{
    /// <summary>Not a valid reason.</summary>
    KbCallbackInvalid = 0,
    /// <summary>Reserved.</summary>
    KbCallbackReserved1 = 1,
    /// <summary>The routine writes secondary data to the crash dump (KBUGCHECK_SECONDARY_DUMP_DATA).</summary>
    KbCallbackSecondaryDumpData = 2,
    /// <summary>The routine is told each time the system writes to the dump file (KBUGCHECK_DUMP_IO).</summary>
    KbCallbackDumpIo = 3,
    /// <summary>The routine adds pages of memory to the crash dump (KBUGCHECK_ADD_PAGES).</summary>
    KbCallbackAddPages = 4,
    /// <summary>The routine writes secondary data in several parts (KBUGCHECK_SECONDARY_DUMP_DATA_EX).</summary>
    KbCallbackSecondaryMultiPartDumpData = 5,
    /// <summary>The routine removes pages from the crash dump (KBUGCHECK_REMOVE_PAGES).</summary>
    KbCallbackRemovePages = 6,
    /// <summary>The routine adds memory to a triage (minidump) crash dump (KBUGCHECK_TRIAGE_DUMP_DATA).</summary>
    KbCallbackTriageDumpData = 7,
}

/// <summary>KBUGCHECK_BUFFER_DUMP_STATE: where a record is in its life (KeInitializeCallbackRecord sets BufferEmpty).</summary>
public enum KBUGCHECK_BUFFER_DUMP_STATE
{
    /// <summary>The record is initialized but not registered.</summary>
    BufferEmpty = 0,
    /// <summary>The record is registered.</summary>
    BufferInserted = 1,
    /// <summary>The system has started calling the record's routine.</summary>
    BufferStarted = 2,
    /// <summary>The routine returned.</summary>
    BufferFinished = 3,
    /// <summary>The routine did not return (it faulted), so its data may be incomplete.</summary>
    BufferIncomplete = 4,
}

/// <summary>KBUGCHECK_CALLBACK_RECORD: initialize with KeInitializeCallbackRecord, register with KeRegisterBugCheckCallback.</summary>
public sealed class KBUGCHECK_CALLBACK_RECORD
{
    /// <summary>Where the record is: BufferEmpty, BufferInserted, then BufferStarted and BufferFinished at a bug check.</summary>
    public KBUGCHECK_BUFFER_DUMP_STATE State { get; internal set; } = KBUGCHECK_BUFFER_DUMP_STATE.BufferEmpty;

    /// <summary>The component name given at registration, which identifies the driver's data in the dump.</summary>
    public string? Component { get; internal set; }

    internal KBUGCHECK_CALLBACK_ROUTINE? Routine { get; set; }

    internal Memory<byte> Buffer { get; set; }

    internal uint Length { get; set; }

    internal KernelModule? Module { get; set; }
}

/// <summary>KBUGCHECK_REASON_CALLBACK_RECORD: initialize with KeInitializeCallbackRecord, register with KeRegisterBugCheckReasonCallback.</summary>
public sealed class KBUGCHECK_REASON_CALLBACK_RECORD
{
    /// <summary>Where the record is: BufferEmpty, BufferInserted, then BufferStarted and BufferFinished at a bug check.</summary>
    public KBUGCHECK_BUFFER_DUMP_STATE State { get; internal set; } = KBUGCHECK_BUFFER_DUMP_STATE.BufferEmpty;

    /// <summary>The component name given at registration, which identifies the driver's data in the dump.</summary>
    public string? Component { get; internal set; }

    /// <summary>The reason the routine was registered for.</summary>
    public KBUGCHECK_CALLBACK_REASON Reason { get; internal set; }

    internal KBUGCHECK_REASON_CALLBACK_ROUTINE? Routine { get; set; }

    internal KernelModule? Module { get; set; }
}

/// <summary>
/// KBUGCHECK_SECONDARY_DUMP_DATA (wdm.h). The system calls a KbCallbackSecondaryDumpData routine twice:
/// first with no buffers, to learn how much it will write (OutBufferLength, at most MaximumAllowed)
/// and its Guid; then with InBuffer of that size, where the routine writes its data (or points
/// OutBuffer at its own), and sets OutBuffer and OutBufferLength.
/// </summary>
public sealed class KBUGCHECK_SECONDARY_DUMP_DATA
{
    /// <summary>The buffer the system gives the routine on its second call (empty on the first).</summary>
    public Memory<byte> InBuffer { get; internal init; }

    /// <summary>The size of InBuffer in bytes (0 on the first call).</summary>
    public uint InBufferLength { get; internal init; }

    /// <summary>The most data, in bytes, the routine may write.</summary>
    public uint MaximumAllowed { get; internal init; }

    /// <summary>The GUID the routine sets to identify its data in the dump.</summary>
    public Guid Guid { get; set; }

    /// <summary>The data the routine wrote: InBuffer, or a buffer of its own.</summary>
    public ReadOnlyMemory<byte> OutBuffer { get; set; }

    /// <summary>The size of the data in bytes (on the first call, how much the routine will write).</summary>
    public uint OutBufferLength { get; set; }
}

/// <summary>Secondary dump data a driver gave at bug check time, kept with the machine for the debugger.</summary>
public sealed record BugCheckDumpData(string? Component, Guid Guid, byte[] Data);
