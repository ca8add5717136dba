using NtSim.Debugger.Engine;

namespace NtSim.Debugger.Commands.State;

/// <summary><c>!dpcs [processor]</c>: the DPCs queued on every processor (or one): the KDPC, its routine's address
/// and name. NtSim's DPCs are all normal ones (no threaded DPCs).</summary>
internal sealed class DpcsCommand : KdCommand
{
    public override IReadOnlyList<string> Names { get; } = ["!dpcs"];

    public override string Help => "!dpcs [processor]       the DPC queues: KDPC, routine";

    public override bool ReadsDumps => true;

    public override void Run(KdContext context, string name, string arguments)
    {
        var processors = context.Target.Snapshot.Processors;
        if (arguments.Length > 0)
        {
            if (KdProcessors.Parse(context, arguments) is not { } one)
            {
                return;
            }

            processors = [one];
        }

        context.Line("CPU Type      KDPC       Function");
        foreach (var processor in processors)
        {
            foreach (var dpc in processor.Dpcs)
            {
                context.Line($"{processor.Number,2}: Normal  : 0x{KdFormat.Hex64(dpc.Address)} 0x{KdFormat.Hex64(dpc.RoutineAddress)} {dpc.RoutineName}");
            }
        }
    }
}
