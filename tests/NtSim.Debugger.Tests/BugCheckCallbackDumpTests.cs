using System.Text;
using NtSim.Debugger.Dump;
using static NtSim.Wdm;

namespace NtSim.Debugger.Tests;

/// <summary>What the bug check reason callbacks put in a dump, per kind (added pages in a kernel dump, triage data blocks
/// in a small one, secondary data in both), the writes KbCallbackDumpIo sees, and !bugdump on the live machine.</summary>
public sealed class BugCheckCallbackDumpTests : IDisposable
{
    private static readonly byte[] Pattern = Encoding.ASCII.GetBytes("triage: 3 reads!");
    private readonly string _folder = Directory.CreateTempSubdirectory("ntsim-bcbdump-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string PathOf(string name) => Path.Combine(_folder, name);

    private static Machine Boot(string file, CrashDumpType type) => Machine.Boot(new MachineOptions
    {
        Processors = 2, Seed = 14, CrashDumpWriter = new CrashDumpWriter(), CrashDumpFile = file, CrashDumpType = type,
    });

    private static KBUGCHECK_REASON_CALLBACK_RECORD Register(KBUGCHECK_CALLBACK_REASON reason, KBUGCHECK_REASON_CALLBACK_ROUTINE routine)
    {
        var record = new KBUGCHECK_REASON_CALLBACK_RECORD();
        KeInitializeCallbackRecord(record);
        KeRegisterBugCheckReasonCallback(record, routine, reason, "Zero");
        return record;
    }

    // A driver's state in nonpaged pool, offered to the dump three ways; the bug check's parameters point at none of it.
    private static ulong CrashWithCallbacks(Machine machine)
    {
        PVOID block = default;
        var array = new KTRIAGE_DUMP_DATA_ARRAY();
        machine.Run(() =>
        {
            block = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, TAG("Zero"));
            Pattern.CopyTo(block.AsSpan(Pattern.Length));
            KeInitializeTriageDumpDataArray(array, 0x100);
            Register(KBUGCHECK_CALLBACK_REASON.KbCallbackAddPages, (_, _, data, _) =>
            {
                var pages = (KBUGCHECK_ADD_PAGES)data!;
                (pages.Flags, pages.Address, pages.Count) = (KB_ADD_PAGES_FLAG_VIRTUAL_ADDRESS, block.Address, 1);
            });
            Register(KBUGCHECK_CALLBACK_REASON.KbCallbackTriageDumpData, (_, _, data, _) =>
            {
                KeAddTriageDumpDataBlock(array, block, (ulong)Pattern.Length);
                ((KBUGCHECK_TRIAGE_DUMP_DATA)data!).DataArray = array;
            });
            Register(KBUGCHECK_CALLBACK_REASON.KbCallbackSecondaryDumpData, (_, _, data, _) =>
            {
                var dump = (KBUGCHECK_SECONDARY_DUMP_DATA)data!;
                dump.Guid = new Guid("87654321-0000-0000-0000-00000000abcd");
                dump.OutBufferLength = (uint)Pattern.Length;
                if (!dump.InBuffer.IsEmpty)
                {
                    Pattern.CopyTo(dump.InBuffer.Span);
                    dump.OutBuffer = dump.InBuffer;
                }
            });
            KeBugCheckEx(MANUALLY_INITIATED_CRASH, 0, 0, 0, 0);
        });
        return block.Address;
    }

    [Fact]
    public void KernelDump_HoldsTheAddedPages_SmallDumpTheTriageBlocks_BothTheSecondaryData()
    {
        ulong kernelBlock, smallBlock;
        string liveDb;
        using (var machine = Boot(PathOf("kernel.dmp"), CrashDumpType.Kernel))
        {
            kernelBlock = CrashWithCallbacks(machine);
        }

        using (var machine = Boot(PathOf("small.dmp"), CrashDumpType.Small))
        {
            smallBlock = CrashWithCallbacks(machine);
            liveDb = new KernelDebugger(machine).Execute($"db {smallBlock:x} L10");
        }

        var kernel = CrashDumpFile.Read(PathOf("kernel.dmp"));
        var small = CrashDumpFile.Read(PathOf("small.dmp"));
        Assert.Contains(kernelBlock & ~0xFFFUL, kernel.Memory.Pages.Keys);
        Assert.Equal([smallBlock & ~0xFFFUL], small.Memory.Pages.Keys);   // the triage block's page, nothing else
        Assert.Contains("triage: 3 reads!", liveDb, StringComparison.Ordinal);
        Assert.Equal(liveDb, KernelDebugger.OpenDump(PathOf("small.dmp")).Execute($"db {smallBlock:x} L10"));
        Assert.Equal(Pattern, Assert.Single(kernel.SecondaryData).Data);
        Assert.Equal(Pattern, Assert.Single(small.SecondaryData).Data);
    }

    [Fact]
    public void SmallDump_WithoutCallbacks_HoldsNoDriverPage()
    {
        using (var machine = Boot(PathOf("plain.dmp"), CrashDumpType.Small))
        {
            machine.Run(() =>
            {
                ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, TAG("Zero"));
                KeBugCheckEx(MANUALLY_INITIATED_CRASH, 0, 0, 0, 0);
            });
        }

        Assert.Empty(CrashDumpFile.Read(PathOf("plain.dmp")).Memory.Pages);
    }

    [Theory]
    [InlineData(CrashDumpType.Kernel)]
    [InlineData(CrashDumpType.Small)]
    public void DumpIo_SeesEveryWriteInOrder_AndTheyMakeTheFile(CrashDumpType type)
    {
        var path = PathOf("io.dmp");
        var writes = new List<(ulong Offset, byte[] Data, KBUGCHECK_DUMP_IO_TYPE Type)>();
        using (var machine = Boot(path, type))
        {
            machine.Run(() =>
            {
                Register(KBUGCHECK_CALLBACK_REASON.KbCallbackDumpIo, (_, _, data, _) =>
                {
                    var io = (KBUGCHECK_DUMP_IO)data!;
                    Assert.Equal(io.BufferLength, (uint)io.Buffer.Length);
                    writes.Add((io.Offset, io.Buffer.ToArray(), io.Type));
                });
                Register(KBUGCHECK_CALLBACK_REASON.KbCallbackSecondaryDumpData, (_, _, data, _) =>
                {
                    var dump = (KBUGCHECK_SECONDARY_DUMP_DATA)data!;
                    dump.Guid = Guid.Empty;
                    dump.OutBufferLength = 8;
                    dump.OutBuffer = dump.InBuffer;
                });
                KeBugCheckEx(MANUALLY_INITIATED_CRASH, 0, 0, 0, 0);
            });
        }

        var types = writes.Select(w => w.Type).ToList();
        Assert.Equal(KBUGCHECK_DUMP_IO_TYPE.KbDumpIoHeader, types[0]);
        Assert.Equal([KBUGCHECK_DUMP_IO_TYPE.KbDumpIoSecondaryData, KBUGCHECK_DUMP_IO_TYPE.KbDumpIoComplete], types[^2..]);
        Assert.All(types[1..^2], t => Assert.Equal(KBUGCHECK_DUMP_IO_TYPE.KbDumpIoBody, t));
        Assert.All(writes, w => Assert.Equal(ulong.MaxValue, w.Offset));   // written front to back
        Assert.Equal(0x2000, writes[0].Data.Length);
        Assert.Equal(File.ReadAllBytes(path), writes.SelectMany(w => w.Data).ToArray());
    }

    private static Machine CrashWithBuffers()
    {
        var machine = CrashRig.Boot();
        var zero = new KBUGCHECK_CALLBACK_RECORD();
        var echo = new KBUGCHECK_CALLBACK_RECORD();
        var zeroBuffer = new byte[24];
        var echoBuffer = new byte[8];
        machine.Run(() =>
        {
            KeInitializeCallbackRecord(zero);
            KeInitializeCallbackRecord(echo);
            KeRegisterBugCheckCallback(zero, (b, l) => Encoding.ASCII.GetBytes("reads=3 writes=1 open=2").CopyTo(b.Span), zeroBuffer, 24, "Zero");
            KeRegisterBugCheckCallback(echo, (b, l) => b.Span.Fill(0xEC), echoBuffer, 8, "Echo");
            KeBugCheckEx(MANUALLY_INITIATED_CRASH, 0, 0, 0, 0);
        });
        return machine;
    }

    [Fact]
    public void BugDump_ShowsTheBuffersTheRoutinesFilled_AllOrOneComponent()
    {
        using var machine = CrashWithBuffers();
        var kd = new KernelDebugger(machine);

        ExpectedText.Matches("bugcheck-callbacks/bugdump", kd.Execute("!bugdump"));
        ExpectedText.Matches("bugcheck-callbacks/bugdump-zero", kd.Execute("!bugdump zero"));
        Assert.Equal("No bug check callback buffer for component 'Toaster'.\n", kd.Execute("!bugdump Toaster"));
    }

    [Fact]
    public void BugDump_NeedsABugCheck_AndALiveMachine()
    {
        using (var machine = CrashRig.Boot())
        {
            Assert.Equal("!bugdump can only be used after a bug check has occurred.\n", new KernelDebugger(machine).Execute("!bugdump"));
        }

        var path = PathOf("MEMORY.DMP");
        using (var machine = Boot(path, CrashDumpType.Kernel))
        {
            CrashRig.CrashIn<PagedAtDispatchDriver>(machine, "Crash");
        }

        Assert.Equal($"!bugdump needs a live machine: this session is on a crash dump ({path}).\n", KernelDebugger.OpenDump(path).Execute("!bugdump"));
    }
}
