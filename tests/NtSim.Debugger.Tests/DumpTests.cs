using System.Buffers.Binary;
using System.Text;
using NtSim.Debugger.Dump;
using static NtSim.Wdm;

namespace NtSim.Debugger.Tests;

/// <summary>Crash dumps: written at a bug check as the settings say, read by <c>kd -z</c> (KernelDebugger.OpenDump) with the
/// same output as the live machine for every command that reads dumps, secondary data with .enumtag, and bad files refused.</summary>
public sealed class DumpTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ntsim-dump-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string PathOf(string name) => Path.Combine(_folder, name);

    private static Machine Boot(string? file, CrashDumpType? type = null, string? folder = null) => Machine.Boot(new MachineOptions
    {
        Processors = 2, Seed = 14, CrashDumpWriter = new CrashDumpWriter(), CrashDumpFile = file, CrashDumpType = type, Folder = folder,
    });

    [Theory]
    [InlineData(".bugcheck")]
    [InlineData("!analyze -v")]
    [InlineData("!analyze")]
    [InlineData("lm")]
    [InlineData("lm v m nt")]
    [InlineData("x Crash!*")]
    [InlineData("ln Crash!DriverEntry")]
    [InlineData("? Crash!DriverEntry + 8")]
    [InlineData("vertarget")]
    public void KernelDump_ReadsAsTheLiveMachineDid(string command)
    {
        var path = PathOf("MEMORY.DMP");
        using var machine = Boot(path);
        CrashRig.CrashIn<PagedAtDispatchDriver>(machine, "Crash");
        Assert.Equal(path, machine.CrashDumps.LastDump);

        var live = new KernelDebugger(machine).Execute(command);
        var dump = KernelDebugger.OpenDump(path);

        Assert.Null(dump.Machine);
        Assert.Equal(path, dump.DumpPath);
        Assert.Equal(live, dump.Execute(command));
        // Equal error lines would pass the comparison: each command has something to show on this crash.
        Assert.False(string.IsNullOrWhiteSpace(live));
        Assert.DoesNotContain("needs a live machine", live, StringComparison.Ordinal);
        Assert.DoesNotContain("Couldn't resolve", live, StringComparison.Ordinal);
    }

    [Fact]
    public void KernelDump_AnalyzeNamesTheDriverRoutineAndLine()
    {
        var path = PathOf("MEMORY.DMP");
        using (var machine = Boot(path))
        {
            CrashRig.CrashIn<PagedAtDispatchDriver>(machine, "Crash");
        }

        var analysis = KernelDebugger.OpenDump(path).Execute("!analyze -v");

        Assert.Contains("DRIVER_IRQL_NOT_LESS_OR_EQUAL (d1)", analysis, StringComparison.Ordinal);
        Assert.Contains("SYMBOL_NAME:  Crash!DriverEntry", analysis, StringComparison.Ordinal);
        Assert.Contains("FAULTING_SOURCE_LINE:  CrashRig.cs", analysis, StringComparison.Ordinal);
        Assert.Contains("MODULE_NAME: Crash", analysis, StringComparison.Ordinal);
    }

    [Fact]
    public void Header_CarriesDumpHeader64sFields()
    {
        var path = PathOf("MEMORY.DMP");
        using var machine = Boot(path);
        var bugCheck = CrashRig.CrashIn<PagedAtDispatchDriver>(machine, "Crash");

        var bytes = File.ReadAllBytes(path);

        Assert.Equal("PAGEDU64", Encoding.ASCII.GetString(bytes, 0, 8));
        Assert.Equal(0x8664u, BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(0x30)));
        Assert.Equal(2u, BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(0x34)));
        Assert.Equal(bugCheck.Code, BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(0x38)));
        Assert.Equal(bugCheck.Parameter1, BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(0x40)));
        Assert.Equal(bugCheck.Parameter4, BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(0x58)));
        Assert.Equal(2u, BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(0xF98)));   // DUMP_TYPE_SUMMARY
        Assert.Equal("NTSIMDMP", Encoding.ASCII.GetString(bytes, 0x2000, 8));
    }

    [Fact]
    public void KernelDump_KeepsPoolMemory_SmallDumpOnlyThePagesTheParametersPointAt()
    {
        var kernelPath = PathOf("MEMORY.DMP");
        var smallPath = PathOf("small.dmp");
        using (var machine = Boot(kernelPath))
        {
            CrashRig.CrashIn<PagedAtDispatchDriver>(machine, "Crash");
        }

        using (var machine = Boot(smallPath, CrashDumpType.Small))
        {
            CrashRig.CrashIn<PagedAtDispatchDriver>(machine, "Crash");
        }

        // 0xD1's first parameter is the paged block the driver touched: both dumps can show it.
        var kernel = KernelDebugger.OpenDump(kernelPath);
        var small = KernelDebugger.OpenDump(smallPath);
        var block = kernel.Execute(".bugcheck").Split('\n')[1].Split(' ')[1];
        Assert.Equal(kernel.Execute(".bugcheck"), small.Execute(".bugcheck"));
        Assert.Equal(kernel.Execute("db " + block + " L10"), small.Execute("db " + block + " L10"));
        Assert.DoesNotContain("?", small.Execute("db " + block + " L10"), StringComparison.Ordinal);
        Assert.Equal(4u, BinaryPrimitives.ReadUInt32LittleEndian(File.ReadAllBytes(smallPath).AsSpan(0xF98)));   // DUMP_TYPE_TRIAGE
        var page = Convert.ToUInt64(block.Replace("`", "", StringComparison.Ordinal), 16) & ~0xFFFUL;
        Assert.Equal([page], CrashDumpFile.Read(smallPath).Memory.Pages.Keys);
        Assert.True(CrashDumpFile.Read(kernelPath).Memory.Pages.Count > 1);
    }

    [Fact]
    public void CommandThatNeedsTheMachine_SaysSoOnADump()
    {
        var path = PathOf("MEMORY.DMP");
        using (var machine = Boot(path))
        {
            CrashRig.CrashIn<PagedAtDispatchDriver>(machine, "Crash");
        }

        Assert.Equal($"g needs a live machine: this session is on a crash dump ({path}).\n", KernelDebugger.OpenDump(path).Execute("g"));
    }

    [Fact]
    public void SecondaryData_IsInBothKindsOfDump_AndEnumTagPrintsIt_ButNotLive()
    {
        var payload = Encoding.ASCII.GetBytes("Zero driver state: 3 reads pending");
        foreach (var (type, name) in new[] { (CrashDumpType.Kernel, "kernel.dmp"), (CrashDumpType.Small, "small.dmp") })
        {
            using var machine = Boot(PathOf(name), type);
            var record = new KBUGCHECK_REASON_CALLBACK_RECORD();
            machine.Run(() =>
            {
                KeInitializeCallbackRecord(record);
                KeRegisterBugCheckReasonCallback(record, (_, _, data, _) =>
                {
                    var dump = (KBUGCHECK_SECONDARY_DUMP_DATA)data!;
                    dump.Guid = new Guid("87654321-0000-0000-0000-00000000abcd");
                    dump.OutBufferLength = (uint)payload.Length;
                    if (!dump.InBuffer.IsEmpty)
                    {
                        payload.CopyTo(dump.InBuffer.Span);
                        dump.OutBuffer = dump.InBuffer;
                    }
                }, KBUGCHECK_CALLBACK_REASON.KbCallbackSecondaryDumpData, "Zero");
                KeBugCheckEx(MANUALLY_INITIATED_CRASH, 0, 0, 0, 0);
            });

            Assert.StartsWith("Secondary callback data is only in crash dumps", new KernelDebugger(machine).Execute(".enumtag"), StringComparison.Ordinal);
            ExpectedText.Matches("dumps/enumtag", KernelDebugger.OpenDump(PathOf(name)).Execute(".enumtag"));
        }
    }

    [Fact]
    public void NoDump_WhenDisabled_OrWithNoPlaceForIt()
    {
        var path = PathOf("none.dmp");
        using (var machine = Boot(path, CrashDumpType.None))
        {
            CrashRig.CrashIn<PagedAtDispatchDriver>(machine, "Crash");
            Assert.Null(machine.CrashDumps.LastDump);
        }

        Assert.False(File.Exists(path));
        using var inMemory = Boot(file: null);
        CrashRig.CrashIn<PagedAtDispatchDriver>(inMemory, "Crash");
        Assert.Null(inMemory.CrashDumps.LastDump);
        Assert.Equal("the machine lives in memory and MachineOptions.CrashDumpFile names no file", inMemory.CrashDumps.Problem);
    }

    [Fact]
    public void MachineFolder_KernelDumpIsMemoryDmp_SmallDumpsAreKeptPerCrashInMinidump()
    {
        var folder = PathOf("machine");
        using (var machine = Boot(file: null, folder: folder))
        {
            CrashRig.CrashIn<PagedAtDispatchDriver>(machine, "Crash");
            Assert.Equal(Path.Combine(folder, "Windows", "MEMORY.DMP"), machine.CrashDumps.LastDump);
        }

        for (var crash = 1; crash <= 2; crash++)
        {
            using var machine = Machine.Boot(new MachineOptions { Seed = 14, Folder = folder, CrashDumpWriter = new CrashDumpWriter() });
            machine.Registry.SetValue(@"\Registry\Machine\SYSTEM\CurrentControlSet\Control\CrashControl", "CrashDumpEnabled", 3u);
            Assert.Equal(crash == 1 ? CrashDumpType.Automatic : CrashDumpType.Small, machine.CrashDumps.Type);   // read at boot
            CrashRig.CrashIn<PagedAtDispatchDriver>(machine, "Crash" + crash);
            if (crash == 2)
            {
                // The deterministic machine's clock starts on 1 January 2026: the first small dump of that day.
                Assert.Equal(Path.Combine(folder, "Windows", "Minidump", "010126-01.dmp"), machine.CrashDumps.LastDump);
            }
        }
    }

    [Fact]
    public void DotDump_WritesADumpOfTheLiveMachine_AndWillNotOverwriteWithoutO()
    {
        using var machine = CrashRig.Boot();
        var kd = new KernelDebugger(machine);
        var path = PathOf("live.dmp");

        Assert.Equal($"Creating {path} - mini kernel dump\nDump successfully written\n", kd.Execute(".dump " + path));
        Assert.Equal($"Dump file '{path}' already exists\n  Please specify /o to overwrite it\n", kd.Execute(".dump /f " + path));
        Assert.Equal($"Creating {path} - kernel summary dump\nDump successfully written\n", kd.Execute(".dump /f /o " + path));
        Assert.Equal(kd.Execute("lm"), KernelDebugger.OpenDump(path).Execute("lm"));
        Assert.Equal("Bugcheck code 00000000\nArguments 00000000`00000000 00000000`00000000 00000000`00000000 00000000`00000000\n",
            KernelDebugger.OpenDump(path).Execute(".bugcheck"));
    }

    [Fact]
    public void BadFiles_AreRefusedNamingWhatIsWrong()
    {
        var notADump = PathOf("text.dmp");
        File.WriteAllText(notADump, "hello");
        var windowsDump = PathOf("windows.dmp");
        var header = new byte[0x3000];
        Encoding.ASCII.GetBytes("PAGEDU64", header);
        File.WriteAllBytes(windowsDump, header);

        Assert.Equal($"{notADump}: not a crash dump (it has 5 bytes, fewer than a dump header's 0x2000).",
            Assert.Throws<InvalidDataException>(() => KernelDebugger.OpenDump(notADump)).Message);
        Assert.Equal($"{windowsDump}: a Windows dump header, but not an NtSim dump (no 'NTSIMDMP' at 0x2000): NtSim reads only the dumps it writes.",
            Assert.Throws<InvalidDataException>(() => KernelDebugger.OpenDump(windowsDump)).Message);

        var truncated = PathOf("truncated.dmp");
        using (var machine = Boot(truncated))
        {
            CrashRig.CrashIn<PagedAtDispatchDriver>(machine, "Crash");
        }

        var bytes = File.ReadAllBytes(truncated);
        File.WriteAllBytes(truncated, bytes[..(bytes.Length / 2)]);
        Assert.Contains("past the end of the file", Assert.Throws<InvalidDataException>(() => KernelDebugger.OpenDump(truncated)).Message, StringComparison.Ordinal);
    }
}
