using System.Runtime.CompilerServices;
using NtSim.Debugger.Target;

namespace NtSim.Debugger.Dump;

/// <summary>
/// Writes NtSim crash dumps (docs/crash-dumps.md): set it as <see cref="MachineOptions.CrashDumpWriter"/> and a bug
/// check writes the dump CrashDumpEnabled asks for; <c>.dump</c> writes one from a debugger session. A kernel dump
/// keeps every view the debugger's commands read and every readable page of system space; a small dump keeps the
/// bug check, the system, the modules, the pages the bug check's parameters point at and the triage data blocks
/// (KbCallbackTriageDumpData). A kernel dump adds the pages KbCallbackAddPages routines name (readable system pages;
/// NtSim keeps no other). Both keep the secondary data the bug check callbacks gave, as Windows keeps it in both, and tell each
/// write to the KbCallbackDumpIo routines.
/// </summary>
public sealed class CrashDumpWriter : ICrashDumpWriter
{
    /// <inheritdoc/>
    public void Write(Machine machine, CrashDumpRequest request)
    {
        ArgumentNullException.ThrowIfNull(machine);
        ArgumentNullException.ThrowIfNull(request);
        var small = request.Type == CrashDumpType.Small;
        var extra = small ? TriagePages(request.TriageDataBlocks) : request.AddedPages;
        Write(machine, request.Path, small, () => [.. request.SecondaryData.Select(d => new SecondaryDataBlob(d.Guid, d.Data))],
            extra, request.ReportWrite);
    }

    /// <summary>Writes a dump of <paramref name="machine"/> as it stands to <paramref name="path"/>, with the pages the bug
    /// check callbacks added (<paramref name="extraPages"/>, page-aligned) and their secondary data.</summary>
    internal static void Write(Machine machine, string path, bool small, Func<IReadOnlyList<SecondaryDataBlob>> secondaryData,
        IReadOnlyList<ulong>? extraPages = null, Action<ReadOnlySpan<byte>, KBUGCHECK_DUMP_IO_TYPE>? written = null)
    {
        var snapshot = KdSnapshot.Of(machine);
        var bugCheck = snapshot.BugCheck;
        var system = snapshot.System!;
        var header = new DumpHeader(bugCheck?.Code ?? 0, bugCheck?.Parameter1 ?? 0, bugCheck?.Parameter2 ?? 0, bugCheck?.Parameter3 ?? 0,
            bugCheck?.Parameter4 ?? 0, (uint)system.Processors, system.Build, small ? DumpHeader.SmallDump : DumpHeader.KernelDump,
            system.SystemTimeAtBoot + system.InterruptTime, system.InterruptTime, 0, 0);
        var pages = small ? ParameterPages(machine, bugCheck) : SystemPages(machine);
        var kept = pages.Select(p => p.Item1).ToHashSet();
        pages.AddRange((extraPages ?? []).Where(kept.Add).Select(a => (a, Page(machine, a))).Where(p => p.Item2 is not null).Select(p => (p.a, p.Item2!)));
        CrashDumpFile.Write(path, header, bugCheck?.Processor ?? 0, snapshot.Serialize(small), pages, secondaryData, written);
    }

    // A small dump keeps the whole pages that hold each triage data block (NtSim's dump keeps memory by page).
    private static List<ulong> TriagePages(IReadOnlyList<KADDRESS_RANGE> blocks) =>
        [.. blocks.SelectMany(b => PagesOf(b.Address.Address, b.Size)).Distinct()];

    private static IEnumerable<ulong> PagesOf(ulong address, ulong size)
    {
        for (var page = address & ~(ulong)(DumpMemory.PageSize - 1); page < address + size; page += DumpMemory.PageSize)
        {
            yield return page;
        }
    }

    // Every committed, readable page of system space (a kernel dump holds no user memory).
    private static List<(ulong, byte[])> SystemPages(Machine machine) =>
        [.. machine.Memory.SystemMap.Pages().Select(a => (a, Page(machine, a))).Where(p => p.Item2 is not null).Select(p => (p.a, p.Item2!))];

    // A small dump keeps the data pages the bug check points at, as a minidump keeps "data pages the registers point at".
    private static List<(ulong, byte[])> ParameterPages(Machine machine, Target.Views.KdBugCheckView? bugCheck)
    {
        if (bugCheck is null)
        {
            return [];
        }

        ulong[] parameters = [bugCheck.Parameter1, bugCheck.Parameter2, bugCheck.Parameter3, bugCheck.Parameter4];
        return [.. parameters.Where(MmLayout.IsSystem).Select(p => p & ~(ulong)(DumpMemory.PageSize - 1)).Distinct()
            .Select(a => (a, Page(machine, a))).Where(p => p.Item2 is not null).Select(p => (p.a, p.Item2!))];
    }

    private static byte[]? Page(Machine machine, ulong address)
    {
        ref var pte = ref machine.Memory.SystemMap.Find(address);
        if (Unsafe.IsNullRef(ref pte) || !pte.IsCommitted || pte.Segment is null
            || (pte.Attributes & (PageAttributes.Guard | PageAttributes.NoAccess)) != 0)
        {
            return null;
        }

        var bytes = new byte[DumpMemory.PageSize];
        pte.Segment.CopyOut(address, bytes);
        return bytes;
    }
}
