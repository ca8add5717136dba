using System.Text;

namespace NtSim;

/// <summary>
/// NtQuerySystemInformation for SystemBasicInformation, SystemProcessInformation and
/// SystemModuleInformation, in their x64 layouts. A buffer too short for the answer is
/// STATUS_INFO_LENGTH_MISMATCH with the length needed in ReturnLength (the documented two-call pattern).
/// </summary>
internal static class SystemInformation
{
    internal const uint BasicSize = 64;
    internal const uint ProcessEntrySize = 0x100;
    internal const uint ThreadEntrySize = 0x50;
    internal const uint ModulesHeaderSize = 8;
    internal const uint ModuleEntrySize = 0x128;

    internal static NTSTATUS Query(KTHREAD thread, SYSTEM_INFORMATION_CLASS informationClass, PVOID buffer, uint length, out uint returnLength)
    {
        var machine = thread.Machine;
        returnLength = 0;
        switch (informationClass)
        {
            case Wdm.SystemBasicInformation:
                returnLength = BasicSize;
                if (length != BasicSize)
                {
                    // A fixed-size structure: any other length is a mismatch.
                    return Wdm.STATUS_INFO_LENGTH_MISMATCH;
                }

                WriteBasic(machine, buffer);
                return Wdm.STATUS_SUCCESS;
            case Wdm.SystemProcessInformation:
                return WriteProcesses(machine, buffer, length, out returnLength);
            case Wdm.SystemModuleInformation:
                return WriteModules(machine, buffer, length, out returnLength);
            default:
                return Wdm.STATUS_INVALID_INFO_CLASS;
        }
    }

    private static void WriteBasic(Machine machine, PVOID buffer)
    {
        var pages = (uint)((ulong)machine.Options.MemoryMegabytes << (20 - MmLayout.PageShift));
        buffer.AsSpan((int)BasicSize).Clear();
        (buffer + 4L).Write(156_250u);                        // TimerResolution: the 15.625 ms clock tick, in 100 ns units
        (buffer + 8L).Write((uint)MmLayout.PageSize);
        (buffer + 12L).Write(pages);                          // NumberOfPhysicalPages
        (buffer + 16L).Write(1u);                             // LowestPhysicalPageNumber
        (buffer + 20L).Write(pages);                          // HighestPhysicalPageNumber
        (buffer + 24L).Write((uint)MmLayout.AllocationGranularity);
        (buffer + 32L).Write(MmLayout.LowestUserAddress);
        (buffer + 40L).Write(MmLayout.HighestUserAddress);
        (buffer + 48L).Write((1UL << machine.Processors.Count) - 1);
        (buffer + 56L).Write((byte)machine.Processors.Count);
    }

    /// <summary>SystemProcessInformation: one SYSTEM_PROCESS_INFORMATION per process (linked by NextEntryOffset,
    /// 0 in the last), its SYSTEM_THREAD_INFORMATION entries after it, then its image name, which ImageName
    /// points at. NtSim has no Idle process: the list starts with System. Times, counters and priorities
    /// NtSim does not keep are 0.</summary>
    private static NTSTATUS WriteProcesses(Machine machine, PVOID buffer, uint length, out uint returnLength)
    {
        var processes = new List<(EPROCESS Process, List<KTHREAD> Threads, byte[] Name)>();
        List<KTHREAD> all;
        lock (machine.Scheduler.Lock)
        {
            // Every thread that has not ended, but the idle threads (which belong to the Idle process NtSim does not list).
            all = machine.Scheduler.Threads.Where(t => t.State != ThreadState.Terminated && t.Kind != ThreadKind.Idle).ToList();
        }

        foreach (var header in machine.ObjectManager.LiveObjects())
        {
            if (header.Body is EPROCESS process)
            {
                var threads = all.Where(t => t.Process == process).OrderBy(t => t.Id).ToList();
                processes.Add((process, threads, Encoding.Unicode.GetBytes(process.UniqueProcessId.Value == EPROCESS.SystemProcessId ? "System" : process.ImageFileName)));
            }
        }

        processes.Sort((a, b) => a.Process.UniqueProcessId.Value.CompareTo(b.Process.UniqueProcessId.Value));
        var sizes = processes.Select(p => Align8(ProcessEntrySize + ((uint)p.Threads.Count * ThreadEntrySize) + (uint)p.Name.Length + sizeof(char))).ToList();
        returnLength = (uint)sizes.Sum(s => (long)s);
        if (length < returnLength)
        {
            return Wdm.STATUS_INFO_LENGTH_MISMATCH;
        }

        var entry = buffer;
        for (var i = 0; i < processes.Count; i++)
        {
            var (process, threads, name) = processes[i];
            entry.AsSpan((int)ProcessEntrySize).Clear();
            entry.Write(i == processes.Count - 1 ? 0u : sizes[i]);
            (entry + 4L).Write((uint)threads.Count);
            var text = entry + (long)(ProcessEntrySize + ((uint)threads.Count * ThreadEntrySize));
            (entry + 0x38L).Write((ushort)name.Length);
            (entry + 0x3AL).Write((ushort)(name.Length + sizeof(char)));
            (entry + 0x40L).Write(text.Address);
            (entry + 0x48L).Write(8);                                   // BasePriority: normal
            (entry + 0x50L).Write(process.UniqueProcessId.Value);
            (entry + 0x60L).Write((uint)process.ObjectTable.Count);     // HandleCount
            for (var t = 0; t < threads.Count; t++)
            {
                var info = entry + (long)(ProcessEntrySize + ((uint)t * ThreadEntrySize));
                info.AsSpan((int)ThreadEntrySize).Clear();
                (info + 40L).Write(process.UniqueProcessId.Value);      // ClientId.UniqueProcess
                (info + 48L).Write((ulong)threads[t].Id);               // ClientId.UniqueThread
            }

            name.CopyTo(text.AsSpan(name.Length));
            (text + (long)name.Length).Write((ushort)0);
            entry += (long)sizes[i];
        }

        return Wdm.STATUS_SUCCESS;
    }

    /// <summary>SystemModuleInformation: RTL_PROCESS_MODULES, the kernel then the drivers by image base, each
    /// with its full path (\SystemRoot\system32\ntoskrnl.exe, \SystemRoot\System32\drivers\NAME.sys).</summary>
    private static NTSTATUS WriteModules(Machine machine, PVOID buffer, uint length, out uint returnLength)
    {
        var modules = machine.Modules.Loaded();
        returnLength = ModulesHeaderSize + ((uint)modules.Count * ModuleEntrySize);
        if (length < returnLength)
        {
            return Wdm.STATUS_INFO_LENGTH_MISMATCH;
        }

        buffer.AsSpan((int)returnLength).Clear();
        buffer.Write((uint)modules.Count);
        for (var i = 0; i < modules.Count; i++)
        {
            var module = modules[i];
            var entry = buffer + (long)(ModulesHeaderSize + ((uint)i * ModuleEntrySize));
            var fileName = module == machine.Modules.Kernel ? "ntoskrnl.exe" : module.Name + ".sys";
            var path = (module == machine.Modules.Kernel ? @"\SystemRoot\system32\" : @"\SystemRoot\System32\drivers\") + fileName;
            (entry + 16L).Write(module.ImageBase);
            (entry + 24L).Write((uint)module.ImageSize);
            (entry + 32L).Write((ushort)i);                             // LoadOrderIndex
            (entry + 34L).Write((ushort)i);                             // InitOrderIndex
            (entry + 36L).Write((ushort)1);                             // LoadCount
            (entry + 38L).Write((ushort)(path.Length - fileName.Length)); // OffsetToFileName
            var ascii = Encoding.ASCII.GetBytes(path);
            ascii.AsSpan(0, Math.Min(ascii.Length, 255)).CopyTo((entry + 40L).AsSpan(256));
        }

        return Wdm.STATUS_SUCCESS;
    }

    private static uint Align8(uint value) => (value + 7) & ~7u;
}
