using NtSim.Debugger.Engine;
using NtSim.Debugger.Target.Views;

namespace NtSim.Debugger.Commands.Threads;

/// <summary><c>!thread [address [flags]]</c>: a thread (the current one by default, or -1): its state, what it
/// waits on, its IRPs, its process and its stack (<see cref="ThreadBlock"/>).</summary>
internal sealed class ThreadCommand : KdCommand
{
    public override IReadOnlyList<string> Names { get; } = ["!thread"];

    public override string Help => "!thread [address [flags]]  a thread: state, wait objects, IRP list, process, stack";

    public override bool ReadsDumps => true;

    public override void Run(KdContext context, string name, string arguments)
    {
        var words = KdCommandLine.Words(arguments);
        KdThreadView? thread = null;
        if (words.Count > 0 && words[0] != "-1")
        {
            if (context.Evaluate(words[0]) is not { } address)
            {
                return;
            }

            if (KdThreads.At(context, address) is not { } found)
            {
                // NtSim's words for an address that holds no thread (WinDbg reads whatever is there).
                context.Error($"{KdFormat.Hex64(address)}: Unable to get thread contents");
                return;
            }

            thread = found;
        }

        thread ??= KdThreads.Current(context);
        if (thread is null)
        {
            return;
        }

        var flags = ThreadBlock.DefaultFlags;
        if (words.Count > 1)
        {
            if (context.Evaluate(words[1]) is not { } value)
            {
                return;
            }

            flags = value;
        }

        ThreadBlock.Print(context, thread, flags);
    }
}
