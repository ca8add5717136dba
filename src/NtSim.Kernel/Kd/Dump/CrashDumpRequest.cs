using System.Diagnostics;

namespace NtSim;

/// <summary>
/// One dump to write: its kind, its file, and the drivers' bug check reason callbacks as the writer meets them
/// ("Writing a Bug Check Reason Callback Routine", WDK). The machine has already called the KbCallbackAddPages routines
/// (a kernel dump: <see cref="AddedPages"/>) and the KbCallbackTriageDumpData routines (a small dump:
/// <see cref="TriageDataBlocks"/>). The writer reports each write with <see cref="ReportWrite"/> (the KbCallbackDumpIo
/// routines see it) and reads <see cref="SecondaryData"/> once the primary dump is written: the first read calls the
/// KbCallbackSecondaryDumpData routines, as Windows calls them after the primary dump.
/// </summary>
[DebuggerDisplay("{Type} {Path,nq}")]
public sealed class CrashDumpRequest
{
    private readonly Func<IReadOnlyList<BugCheckDumpData>> _secondaryData;
    private readonly Action<ReadOnlySpan<byte>, KBUGCHECK_DUMP_IO_TYPE> _reportWrite;

    internal CrashDumpRequest(CrashDumpType type, string path, IReadOnlyList<ulong> addedPages, IReadOnlyList<KADDRESS_RANGE> triageDataBlocks,
        Func<IReadOnlyList<BugCheckDumpData>> secondaryData, Action<ReadOnlySpan<byte>, KBUGCHECK_DUMP_IO_TYPE> reportWrite)
    {
        Type = type;
        Path = path;
        AddedPages = addedPages;
        TriageDataBlocks = triageDataBlocks;
        _secondaryData = secondaryData;
        _reportWrite = reportWrite;
    }

    /// <summary>Kernel (kernel, complete and automatic) or small.</summary>
    public CrashDumpType Type { get; }

    /// <summary>The file to write (its folder exists).</summary>
    public string Path { get; }

    /// <summary>The pages (virtual, page-aligned) the KbCallbackAddPages routines added to a kernel dump; none for a small one.</summary>
    public IReadOnlyList<ulong> AddedPages { get; }

    /// <summary>The blocks the KbCallbackTriageDumpData routines added to a small dump; none for a kernel one.</summary>
    public IReadOnlyList<KADDRESS_RANGE> TriageDataBlocks { get; }

    /// <summary>The KbCallbackSecondaryDumpData blocks, in the order the routines gave them (the first read calls them).</summary>
    public IReadOnlyList<BugCheckDumpData> SecondaryData => _secondaryData();

    /// <summary>Reports a write of <paramref name="data"/> to the file, front to back, to the KbCallbackDumpIo routines
    /// (KbDumpIoHeader, then KbDumpIoBody, then KbDumpIoSecondaryData; the machine reports KbDumpIoComplete).</summary>
    public void ReportWrite(ReadOnlySpan<byte> data, KBUGCHECK_DUMP_IO_TYPE type) => _reportWrite(data, type);
}
