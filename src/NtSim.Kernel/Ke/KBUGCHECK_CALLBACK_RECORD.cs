namespace NtSim;

/// <summary>KBUGCHECK_CALLBACK_ROUTINE (wdm.h): called at HIGH_LEVEL when the machine bug checks, with
/// the buffer given at registration (a driver typically copies its state into it for the dump).</summary>
public delegate void KBUGCHECK_CALLBACK_ROUTINE(Memory<byte> Buffer, uint Length);

/// <summary>KBUGCHECK_REASON_CALLBACK_ROUTINE (wdm.h): ReasonSpecificData is the reason's structure
/// (KBUGCHECK_SECONDARY_DUMP_DATA for KbCallbackSecondaryDumpData).</summary>
public delegate void KBUGCHECK_REASON_CALLBACK_ROUTINE(KBUGCHECK_CALLBACK_REASON Reason, KBUGCHECK_REASON_CALLBACK_RECORD Record,
    object? ReasonSpecificData, uint ReasonSpecificDataLength);

/// <summary>KBUGCHECK_CALLBACK_REASON (wdm.h).</summary>
public enum KBUGCHECK_CALLBACK_REASON
{
    KbCallbackInvalid = 0,
    KbCallbackReserved1 = 1,
    KbCallbackSecondaryDumpData = 2,
    KbCallbackDumpIo = 3,
    KbCallbackAddPages = 4,
    KbCallbackSecondaryMultiPartDumpData = 5,
    KbCallbackRemovePages = 6,
    KbCallbackTriageDumpData = 7,
}

/// <summary>KBUGCHECK_BUFFER_DUMP_STATE: where a record is in its life (KeInitializeCallbackRecord sets BufferEmpty).</summary>
public enum KBUGCHECK_BUFFER_DUMP_STATE
{
    BufferEmpty = 0,
    BufferInserted = 1,
    BufferStarted = 2,
    BufferFinished = 3,
    BufferIncomplete = 4,
}

/// <summary>KBUGCHECK_CALLBACK_RECORD: initialize with KeInitializeCallbackRecord, register with KeRegisterBugCheckCallback.</summary>
public sealed class KBUGCHECK_CALLBACK_RECORD
{
    public KBUGCHECK_BUFFER_DUMP_STATE State { get; internal set; } = KBUGCHECK_BUFFER_DUMP_STATE.BufferEmpty;

    public string? Component { get; internal set; }

    internal KBUGCHECK_CALLBACK_ROUTINE? Routine { get; set; }

    internal Memory<byte> Buffer { get; set; }

    internal uint Length { get; set; }

    internal KernelModule? Module { get; set; }
}

/// <summary>KBUGCHECK_REASON_CALLBACK_RECORD: initialize with KeInitializeCallbackRecord, register with KeRegisterBugCheckReasonCallback.</summary>
public sealed class KBUGCHECK_REASON_CALLBACK_RECORD
{
    public KBUGCHECK_BUFFER_DUMP_STATE State { get; internal set; } = KBUGCHECK_BUFFER_DUMP_STATE.BufferEmpty;

    public string? Component { get; internal set; }

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
    public Memory<byte> InBuffer { get; internal init; }

    public uint InBufferLength { get; internal init; }

    public uint MaximumAllowed { get; internal init; }

    public Guid Guid { get; set; }

    public ReadOnlyMemory<byte> OutBuffer { get; set; }

    public uint OutBufferLength { get; set; }
}

/// <summary>Secondary dump data a driver gave at bug check time, kept with the machine for the debugger.</summary>
public sealed record BugCheckDumpData(string? Component, Guid Guid, byte[] Data);
