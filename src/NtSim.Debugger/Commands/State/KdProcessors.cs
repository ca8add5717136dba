using System.Globalization;
using NtSim.Debugger.Engine;
using NtSim.Debugger.Commands.Threads;
using NtSim.Debugger.Target.Views;

namespace NtSim.Debugger.Commands.State;

/// <summary>What the processor commands share: the processor argument (a processor's view) and WinDbg's names for IRQLs;
/// the DPC queue and a DPC routine's address as the processors' views are captured.</summary>
internal static class KdProcessors
{
    /// <summary>The processor named by <paramref name="argument"/> (the current one when empty), or null
    /// with the error printed.</summary>
    internal static KdProcessorView? Parse(KdContext context, string argument)
    {
        if (argument.Length == 0)
        {
            return KdThreads.CurrentProcessor(context);
        }

        if (context.Evaluate(argument) is not { } number)
        {
            return null;
        }

        var processors = context.Target.Snapshot.Processors;
        var count = context.Target.Snapshot.System?.Processors ?? processors.Count;
        if (number >= (ulong)count)
        {
            // NtSim's words (the machine has fewer processors than the number typed).
            context.Error(string.Create(CultureInfo.InvariantCulture, $"Invalid processor number {number}: the machine has {count} processors (0 to {count - 1})"));
            return null;
        }

        if (processors.FirstOrDefault(p => p.Number == (int)number) is not { } processor)
        {
            KdThreads.NotInDump(context, string.Create(CultureInfo.InvariantCulture, $"Processor {number}"));
            return null;
        }

        return processor;
    }

    /// <summary>"2 (DISPATCH_LEVEL)", as !irql prints a level; an x64 level without a name is its number alone.</summary>
    internal static string IrqlText(int irql)
    {
        var number = irql.ToString(CultureInfo.InvariantCulture);
        // x64 levels (wdm.h): 0 PASSIVE/LOW, 1 APC, 2 DISPATCH, 12 SYNCH, 13 CLOCK, 14 IPI, 15 HIGH; !irql says LOW_LEVEL for 0.
        var name = irql switch
        {
            0 => "LOW_LEVEL",
            1 => "APC_LEVEL",
            2 => "DISPATCH_LEVEL",
            12 => "SYNCH_LEVEL",
            13 => "CLOCK_LEVEL",
            14 => "IPI_LEVEL",
            15 => "HIGH_LEVEL",
            _ => null,
        };
        return name is null ? number : $"{number} ({name})";
    }

    /// <summary>The DPCs queued on <paramref name="processor"/>, in queue order.</summary>
    internal static List<KDPC> Dpcs(Machine machine, Processor processor)
    {
        lock (machine.Scheduler.Lock)
        {
            return processor.QueuedDpcs();
        }
    }

    /// <summary>The simulated address of a DPC's routine in its module, or 0.</summary>
    internal static ulong RoutineAddress(KDPC dpc) =>
        dpc.Routine is { } routine && dpc.Module is { } module ? module.AddressOf(routine.Method) : 0;
}
