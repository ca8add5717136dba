using System.Runtime.CompilerServices;
using NtSim.Debugger.Target;

namespace NtSim.Debugger.Dump;

/// <summary>
/// Writes NtSim crash dumps (docs/crash-dumps.md): set it as <see cref="MachineOptions.CrashDumpWriter"/> and a bug
/// check writes the dump CrashDumpEnabled asks for; <c>.dump</c> writes one from a debugger session. A kernel dump
/// keeps every view the debugger's commands read and every readable page of system space; a small dump keeps the
/// bug check, the system, the modules and the pages the bug check's parameters point at. Both keep the secondary
/// data the bug check callbacks gave, as Windows keeps it in both.
/// </summary>
public sealed class CrashDumpWriter : ICrashDumpWriter
{
    /// <inheritdoc/>
    public void Write(Machine machine, CrashDumpRequest request)
    {
        ArgumentNullException.ThrowIfNull(machine);
        ArgumentNullException.ThrowIfNull(request);
        Write(machine, request.Path, request.Type == CrashDumpType.Small, [.. request.SecondaryData.Select(d => new SecondaryDataBlob(d.Guid, d.Data))]);
    }

    /// <summary>Writes a dump of <paramref name="machine"/> as it stands to <paramref name="path"/>.</summary>
    internal static void Write(Machine machine, string path, bool small, IReadOnlyList<SecondaryDataBlob> secondaryData)
    {
        var snapshot = KdSnapshot.Of(machine);
        var bugCheck = snapshot.BugCheck;
        var system = snapshot.System!;
        var header = new DumpHeader(bugCheck?.Code ?? 0, bugCheck?.Parameter1 ?? 0, bugCheck?.Parameter2 ?? 0, bugCheck?.Parameter3 ?? 0,
            bugCheck?.Parameter4 ?? 0, (uint)system.Processors, system.Build, small ? DumpHeader.SmallDump : DumpHeader.KernelDump,
            system.SystemTimeAtBoot + system.InterruptTime, system.InterruptTime, 0, 0);
        var pages = small ? ParameterPages(machine, bugCheck) : SystemPages(machine);
        CrashDumpFile.Write(path, header, bugCheck?.Processor ?? 0, snapshot.Serialize(small), pages, secondaryData);
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
