using NtSim.Debugger.Engine;

namespace NtSim.Debugger.Commands.State;

/// <summary>
/// <c>!pcr [processor]</c>: the processor's control region, the fields that apply: IRQL, the current and the idle
/// thread, the DPC queue. NtSim has no PCR in memory (so no address after "at"), no NtTib, IDT, GDT or TSS,
/// and no standby ("next") thread: those lines are left out.
/// </summary>
internal sealed class PcrCommand : KdCommand
{
    public override IReadOnlyList<string> Names { get; } = ["!pcr"];

    public override string Help => "!pcr [processor]        the processor: IRQL, current and idle thread, DPC queue";

    public override bool ReadsDumps => true;

    public override void Run(KdContext context, string name, string arguments)
    {
        if (KdProcessors.Parse(context, arguments) is not { } processor)
        {
            return;
        }

        context.Line($"KPCR for Processor {processor.Number}:");
        context.Line($"\t             Irql: {processor.Irql}");
        context.Line($"\t    CurrentThread: {KdFormat.Hex64(processor.CurrentThread)}");
        context.Line($"\t       IdleThread: {KdFormat.Hex64(processor.IdleThread)}");
        context.Line();
        var dpcs = processor.Dpcs;
        var label = "\t         DpcQueue:";
        foreach (var dpc in dpcs)
        {
            context.Line($"{label}  0x{KdFormat.Hex64(dpc.Address)} 0x{KdFormat.Hex64(dpc.RoutineAddress)} {dpc.RoutineName}");
            label = "\t                  ";
        }

        if (dpcs.Count == 0)
        {
            context.Line(label);
        }
    }
}
