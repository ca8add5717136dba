using System.Globalization;
using NtSim.Debugger.Engine;
using NtSim.Debugger.Target.Views;

namespace NtSim.Debugger.Commands.Threads;

/// <summary>
/// <c>!process [0 | address] [flags] [image]</c>: <c>!process 0 0</c> lists every process (System, then the user
/// processes) with its client id, handle count and image; flags 0x2 and 0x4 add its threads (their wait
/// states; with both, their stacks). Without arguments, the current thread's process and its threads.
/// SessionId, Peb, ParentCid, DirBase and the ObjectTable address are left out: NtSim's processes have none.
/// </summary>
internal sealed class ProcessCommand : KdCommand
{
    public override IReadOnlyList<string> Names { get; } = ["!process"];

    public override string Help => "!process [0|address] [flags] [image]  processes (!process 0 0: every process)";

    public override bool ReadsDumps => true;

    public override void Run(KdContext context, string name, string arguments)
    {
        var words = KdCommandLine.Words(arguments);
        if (words.Count == 0)
        {
            if (KdThreads.Current(context) is { } current)
            {
                Print(context, current.Process, ThreadBlock.DefaultFlags);
            }

            return;
        }

        if (context.Evaluate(words[0]) is not { } address)
        {
            return;
        }

        var flags = 0UL;
        if (words.Count > 1)
        {
            if (context.Evaluate(words[1]) is not { } value)
            {
                return;
            }

            flags = value;
        }

        var processes = context.Target.Snapshot.Processes;
        if (address != 0)
        {
            if (processes.FirstOrDefault(p => p.Address == address) is not { } process)
            {
                // NtSim's words for an address that holds no process.
                context.Error($"{KdFormat.Hex64(address)}: Unable to get process contents");
                return;
            }

            Print(context, process, flags);
            return;
        }

        context.Line("**** NT ACTIVE PROCESS DUMP ****");
        var image = words.Count > 2 ? words[2] : null;
        foreach (var process in processes.Where(p => image is null || string.Equals(p.Image, image, StringComparison.OrdinalIgnoreCase)))
        {
            Print(context, process, flags);
        }
    }

    private static void Print(KdContext context, KdProcessView process, ulong flags)
    {
        context.Line($"PROCESS {KdFormat.Hex64(process.Address)}");
        context.Line($"    Cid: {KdThreads.Cid(process.Cid)}    HandleCount: {process.HandleCount.ToString(CultureInfo.InvariantCulture)}.");
        context.Line($"    Image: {process.Image}");
        context.Line();
        if ((flags & 0x6) == 0)
        {
            return;
        }

        foreach (var thread in KdThreads.Of(context, process))
        {
            // !process 2 shows the threads' wait states; 4 with 2 their stacks as well.
            ThreadBlock.Print(context, thread, (flags & 0x6) == 0x6 ? 0x6UL : 0x2UL);
        }
    }
}
