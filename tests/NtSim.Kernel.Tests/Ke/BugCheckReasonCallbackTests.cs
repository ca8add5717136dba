using static NtSim.Wdm;

namespace NtSim.Tests.Ke;

/// <summary>The bug check reason callbacks a dump writer meets: KbCallbackAddPages (kernel dump), KbCallbackTriageDumpData
/// (small dump), KbCallbackDumpIo (each write), KbCallbackSecondaryDumpData (after the primary dump), and the old-style
/// routines after the dump, all at HIGH_LEVEL ("Writing a Bug Check Reason Callback Routine", WDK).</summary>
public sealed class BugCheckReasonCallbackTests : IDisposable
{
    private static readonly Guid Tag = new("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0");
    private readonly string _folder = Directory.CreateTempSubdirectory("ntsim-bcb-").FullName;
    private readonly List<string> _log = [];

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private Machine Boot(CrashDumpType type, RecordingWriter writer) => Machine.Boot(new MachineOptions
    {
        Processors = 2, Seed = 3, CrashDumpWriter = writer, CrashDumpFile = Path.Combine(_folder, "dump.dmp"), CrashDumpType = type,
    });

    private void Log(string what) => _log.Add($"{what} @{KeGetCurrentIrql()}");

    private KBUGCHECK_REASON_CALLBACK_RECORD Register(KBUGCHECK_CALLBACK_REASON reason, KBUGCHECK_REASON_CALLBACK_ROUTINE routine)
    {
        var record = new KBUGCHECK_REASON_CALLBACK_RECORD();
        KeInitializeCallbackRecord(record);
        Assert.True(KeRegisterBugCheckReasonCallback(record, routine, reason, "Test"));
        return record;
    }

    [Fact]
    public void KernelDump_CallsAddPagesThenDumpIoPerWriteThenSecondaryDataThenTheOldStyleRoutines_AtHighLevel()
    {
        var writer = new RecordingWriter();
        using var machine = Boot(CrashDumpType.Kernel, writer);
        var ios = new List<(ulong Offset, string Data, uint Length, KBUGCHECK_DUMP_IO_TYPE Type)>();
        var status = machine.Run(() =>
        {
            var block = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, TAG("Bcb1"));
            Register(KBUGCHECK_CALLBACK_REASON.KbCallbackDumpIo, (_, _, data, _) =>
            {
                var io = (KBUGCHECK_DUMP_IO)data!;
                ios.Add((io.Offset, System.Text.Encoding.ASCII.GetString(io.Buffer.Span), io.BufferLength, io.Type));
                Log("DumpIo " + io.Type);
            });
            Register(KBUGCHECK_CALLBACK_REASON.KbCallbackSecondaryDumpData, (_, _, data, _) =>
            {
                var dump = (KBUGCHECK_SECONDARY_DUMP_DATA)data!;
                dump.Guid = Tag;
                dump.OutBufferLength = 2;
                dump.OutBuffer = dump.InBuffer;
                Log(dump.InBuffer.IsEmpty ? "SecondaryData size" : "SecondaryData data");
            });
            Register(KBUGCHECK_CALLBACK_REASON.KbCallbackAddPages, (_, _, data, _) =>
            {
                var pages = (KBUGCHECK_ADD_PAGES)data!;
                pages.Flags = KB_ADD_PAGES_FLAG_VIRTUAL_ADDRESS;
                pages.Address = block.Address;
                pages.Count = 1;
                Log("AddPages");
            });
            Register(KBUGCHECK_CALLBACK_REASON.KbCallbackTriageDumpData, (_, _, _, _) => Log("TriageDumpData"));
            var old = new KBUGCHECK_CALLBACK_RECORD();
            KeInitializeCallbackRecord(old);
            KeRegisterBugCheckCallback(old, (_, _) => Log("BugCheckCallback"), Memory<byte>.Empty, 0, "Test");
            KeBugCheckEx(MANUALLY_INITIATED_CRASH, 0, 0, 0, 0);
        });

        MachineAssert.BugCheck(machine, status, MANUALLY_INITIATED_CRASH, 0, 0, 0, 0);
        Assert.Equal(
        [
            "AddPages @15", "DumpIo KbDumpIoHeader @15", "DumpIo KbDumpIoBody @15", "SecondaryData size @15", "SecondaryData data @15",
            "DumpIo KbDumpIoSecondaryData @15", "DumpIo KbDumpIoComplete @15", "BugCheckCallback @15",
        ], _log);
        Assert.Equal(
        [
            (ulong.MaxValue, "HEAD", 4u, KBUGCHECK_DUMP_IO_TYPE.KbDumpIoHeader), (ulong.MaxValue, "BODY", 4u, KBUGCHECK_DUMP_IO_TYPE.KbDumpIoBody),
            (ulong.MaxValue, "\0\0", 2u, KBUGCHECK_DUMP_IO_TYPE.KbDumpIoSecondaryData), (ulong.MaxValue, "", 0u, KBUGCHECK_DUMP_IO_TYPE.KbDumpIoComplete),
        ], ios);
        Assert.Single(writer.Request!.AddedPages);
        Assert.Empty(writer.Request.TriageDataBlocks);
    }

    [Fact]
    public void AddPages_ContextIsKept_FlagsAreZeroOnEntry_AndAdditionalRangesCallsAgain()
    {
        var writer = new RecordingWriter();
        using var machine = Boot(CrashDumpType.Kernel, writer);
        var entries = new List<(object? Context, uint Flags, uint Code)>();
        PVOID block = default;
        var status = machine.Run(() =>
        {
            block = ExAllocatePool2(POOL_FLAG_NON_PAGED, 3 * PAGE_SIZE, TAG("Bcb2"));
            Register(KBUGCHECK_CALLBACK_REASON.KbCallbackAddPages, (_, _, data, _) =>
            {
                var pages = (KBUGCHECK_ADD_PAGES)data!;
                entries.Add((pages.Context, pages.Flags, pages.BugCheckCode));
                var call = (int?)pages.Context ?? 0;
                pages.Context = call + 1;
                pages.Address = block.Address + ((ulong)call * 2 * PAGE_SIZE);
                pages.Count = 1;
                pages.Flags = KB_ADD_PAGES_FLAG_VIRTUAL_ADDRESS | (call == 0 ? KB_ADD_PAGES_FLAG_ADDITIONAL_RANGES_EXIST : 0);
            });
            KeBugCheckEx(MANUALLY_INITIATED_CRASH, 0, 0, 0, 0);
        });

        MachineAssert.BugCheck(machine, status, MANUALLY_INITIATED_CRASH, 0, 0, 0, 0);
        Assert.Equal([(null, 0u, MANUALLY_INITIATED_CRASH), ((object?)1, 0u, MANUALLY_INITIATED_CRASH)], entries);
        var first = block.Address & ~(PAGE_SIZE - 1);
        Assert.Equal([first, first + (2 * PAGE_SIZE)], writer.Request!.AddedPages);
    }

    [Fact]
    public void SmallDump_CallsTriageDumpDataWithTheBugCheck_NotAddPages_AndKeepsTheBlocksWithinMaxVirtMemSize()
    {
        var writer = new RecordingWriter();
        using var machine = Boot(CrashDumpType.Small, writer);
        KBUGCHECK_TRIAGE_DUMP_DATA? seen = null;
        KIRQL irql = PASSIVE_LEVEL;
        var addPagesCalled = false;
        PVOID block = default;
        var array = new KTRIAGE_DUMP_DATA_ARRAY();
        var status = machine.Run(() =>
        {
            block = ExAllocatePool2(POOL_FLAG_NON_PAGED, 32, TAG("Bcb3"));
            Assert.Equal(STATUS_SUCCESS, KeInitializeTriageDumpDataArray(array, 0x50));   // a header and two blocks
            Register(KBUGCHECK_CALLBACK_REASON.KbCallbackAddPages, (_, _, _, _) => addPagesCalled = true);
            Register(KBUGCHECK_CALLBACK_REASON.KbCallbackTriageDumpData, (_, _, data, _) =>
            {
                seen = (KBUGCHECK_TRIAGE_DUMP_DATA)data!;
                irql = KeGetCurrentIrql();
                Assert.Equal(STATUS_SUCCESS, KeAddTriageDumpDataBlock(array, block, 32));
                Assert.Equal(STATUS_SUCCESS, KeAddTriageDumpDataBlock(array, block + 16, 0x20000));   // past MaxVirtMemSize: dropped
                Assert.Equal(STATUS_BUFFER_TOO_SMALL, KeAddTriageDumpDataBlock(array, block, 8));
                seen.DataArray = array;
            });
            KeBugCheckEx(MANUALLY_INITIATED_CRASH, 1, 2, 3, 4);
        });

        MachineAssert.BugCheck(machine, status, MANUALLY_INITIATED_CRASH, 1, 2, 3, 4);
        Assert.False(addPagesCalled);
        Assert.Equal(HIGH_LEVEL, irql);
        Assert.NotNull(seen);
        Assert.Equal((KB_TRIAGE_DUMP_DATA_FLAG_BUGCHECK_ACTIVE, 0x10000u, MANUALLY_INITIATED_CRASH), (seen.Flags, seen.MaxVirtMemSize, seen.BugCheckCode));
        Assert.Equal((1ul, 2ul, 3ul, 4ul), (seen.BugCheckParameter1, seen.BugCheckParameter2, seen.BugCheckParameter3, seen.BugCheckParameter4));
        Assert.Equal([new KADDRESS_RANGE(block, 32)], writer.Request!.TriageDataBlocks);
        Assert.Empty(writer.Request.AddedPages);
    }

    [Fact]
    public void TriageDumpDataArray_RefusesATooSmallSizeAndAnArrayNotInitialized()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() =>
        {
            var array = new KTRIAGE_DUMP_DATA_ARRAY();
            Assert.Equal(STATUS_INVALID_PARAMETER, KeAddTriageDumpDataBlock(array, new PVOID(0xffffe00000001000), 8));
            Assert.Equal(STATUS_INVALID_PARAMETER, KeInitializeTriageDumpDataArray(array, 0x3F));
            Assert.Equal(STATUS_SUCCESS, KeInitializeTriageDumpDataArray(array, 0x40));
            Assert.Equal((0u, 1u), (array.NumBlocksUsed, array.NumBlocksTotal));
        });
        MachineAssert.Completed(machine, status);
    }

    /// <summary>Writes "HEAD", "BODY", then the secondary data's bytes, reporting each write as the debugger's writer does.</summary>
    private sealed class RecordingWriter : ICrashDumpWriter
    {
        public CrashDumpRequest? Request { get; private set; }

        public void Write(Machine machine, CrashDumpRequest request)
        {
            Request = request;
            request.ReportWrite("HEAD"u8, KBUGCHECK_DUMP_IO_TYPE.KbDumpIoHeader);
            request.ReportWrite("BODY"u8, KBUGCHECK_DUMP_IO_TYPE.KbDumpIoBody);
            foreach (var data in request.SecondaryData)
            {
                request.ReportWrite(data.Data, KBUGCHECK_DUMP_IO_TYPE.KbDumpIoSecondaryData);
            }
        }
    }
}
