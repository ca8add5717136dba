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

    public override void Run(KdContext context, string name, string arguments)
    {
        if (KdProcessors.Parse(context, arguments) is not { } processor)
        {
            return;
        }

        context.Line($"KPCR for Processor {processor.Number}:");
        context.Line($"\t             Irql: {(int)processor.Irql}");
        context.Line($"\t    CurrentThread: {KdFormat.Hex64(processor.Current.Address)}");
        context.Line($"\t       IdleThread: {KdFormat.Hex64(processor.IdleThread.Address)}");
        context.Line();
        var dpcs = KdProcessors.Dpcs(context.Machine, processor);
        var label = "\t         DpcQueue:";
        foreach (var dpc in dpcs)
        {
            context.Line($"{label}  0x{KdFormat.Hex64(dpc.Address)} 0x{KdFormat.Hex64(KdProcessors.RoutineAddress(dpc))} {dpc.RoutineName}");
            label = "\t                  ";
        }

        if (dpcs.Count == 0)
        {
            context.Line(label);
        }
    }
}
