using NtSim.Debugger.Engine;

namespace NtSim.Debugger.Commands.State;

/// <summary>
/// <c>!prcb [processor]</c>: the processor's control block, the lines that apply: IRQL, the current and idle
/// threads, the processor's index and number. No PRCB address, standby thread, interrupt counts or times
/// (NtSim keeps none).
/// </summary>
internal sealed class PrcbCommand : KdCommand
{
    public override IReadOnlyList<string> Names { get; } = ["!prcb"];

    public override string Help => "!prcb [processor]       the processor: IRQL, current and idle thread, number";

    public override bool ReadsDumps => true;

    public override void Run(KdContext context, string name, string arguments)
    {
        if (KdProcessors.Parse(context, arguments) is not { } processor)
        {
            return;
        }

        context.Line($"PRCB for Processor {processor.Number}:");
        context.Line($"Current IRQL -- {processor.Irql}");
        context.Line($"Threads--  Current {KdFormat.Hex64(processor.CurrentThread)} Idle {KdFormat.Hex64(processor.IdleThread)}");
        // One processor group: the number within the group is the index.
        context.Line($"Processor Index {processor.Number} Number (0, {processor.Number})");
        context.Line($"DPC Queue Depth -- {processor.DpcQueueDepth}");
    }
}
