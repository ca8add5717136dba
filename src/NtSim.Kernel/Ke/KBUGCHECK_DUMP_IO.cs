namespace NtSim;

/// <summary>KBUGCHECK_DUMP_IO_TYPE (wdm.h): what part of the crash dump file a write holds.</summary>
public enum KBUGCHECK_DUMP_IO_TYPE
{
    /// <summary>Reserved.</summary>
    KbDumpIoInvalid = 0,
    /// <summary>The dump file's header.</summary>
    KbDumpIoHeader = 1,
    /// <summary>The main body of the dump (the memory state at the bug check).</summary>
    KbDumpIoBody = 2,
    /// <summary>Data the KbCallbackSecondaryDumpData routines gave.</summary>
    KbDumpIoSecondaryData = 3,
    /// <summary>The dump file has been completely written (Buffer empty, BufferLength 0).</summary>
    KbDumpIoComplete = 4,
}

/// <summary>
/// KBUGCHECK_DUMP_IO (wdm.h): one write to the crash dump file, given to each KbCallbackDumpIo routine as the system
/// writes it. Offset is -1 (ulong.MaxValue) when the file is written sequentially, as NtSim's writer writes it
/// ("Implementing a KbCallbackDumpIo Callback Routine", WDK).
/// </summary>
public sealed class KBUGCHECK_DUMP_IO
{
    /// <summary>The write's offset in the file, or -1 (all bits set) for a sequential write.</summary>
    public ulong Offset { get; internal init; }

    /// <summary>The data being written (empty for KbDumpIoComplete).</summary>
    public ReadOnlyMemory<byte> Buffer { get; internal init; }

    /// <summary>The length of <see cref="Buffer"/> in bytes.</summary>
    public uint BufferLength { get; internal init; }

    /// <summary>What part of the dump the data is.</summary>
    public KBUGCHECK_DUMP_IO_TYPE Type { get; internal init; }
}
