using System.Diagnostics.CodeAnalysis;

namespace NtSim;

public static partial class Wdm
{
    /// <summary>KeGetCurrentIrql: the IRQL of the current processor.</summary>
    public static KIRQL KeGetCurrentIrql() => DdiGate.Enter(DdiTable.KeGetCurrentIrql).Processor!.Irql;

    /// <summary>KeRaiseIrql: raises the processor's IRQL; lowering with it bug checks (0xC4/0x30).</summary>
    public static void KeRaiseIrql(KIRQL NewIrql, out KIRQL OldIrql)
    {
        var thread = DdiGate.Enter(DdiTable.KeRaiseIrql);
        OldIrql = Irql.Raise(thread, NewIrql);
        DdiGate.Leave(thread, DdiTable.KeRaiseIrql);
    }

    /// <summary>KeLowerIrql: restores the IRQL saved by KeRaiseIrql; raising with it bug checks (0xC4/0x31).
    /// Going below DISPATCH_LEVEL runs the processor's pending DPCs.</summary>
    public static void KeLowerIrql(KIRQL NewIrql)
    {
        var thread = DdiGate.Enter(DdiTable.KeLowerIrql);
        Irql.Lower(thread, NewIrql);
        DdiGate.Leave(thread, DdiTable.KeLowerIrql);
    }

    /// <summary>KeRaiseIrqlToDpcLevel: raises to DISPATCH_LEVEL and returns the old IRQL.</summary>
    public static KIRQL KeRaiseIrqlToDpcLevel()
    {
        var thread = DdiGate.Enter(DdiTable.KeRaiseIrqlToDpcLevel);
        var old = Irql.Raise(thread, DISPATCH_LEVEL);
        DdiGate.Leave(thread, DdiTable.KeRaiseIrqlToDpcLevel);
        return old;
    }

    /// <summary>KeGetCurrentProcessorNumber: the number of the processor the caller runs on.</summary>
    public static uint KeGetCurrentProcessorNumber() => (uint)DdiGate.Enter(DdiTable.KeGetCurrentProcessorNumber).Processor!.Number;

    /// <summary>KeGetCurrentProcessorNumberEx: the processor's system-wide index and its group number.</summary>
    public static uint KeGetCurrentProcessorNumberEx(out PROCESSOR_NUMBER ProcNumber)
    {
        var number = DdiGate.Enter(DdiTable.KeGetCurrentProcessorNumberEx).Processor!.Number;
        ProcNumber = new PROCESSOR_NUMBER { Group = 0, Number = (byte)number };
        return (uint)number;
    }

    /// <summary>KeQueryActiveProcessorCount: the number of active processors.</summary>
    public static uint KeQueryActiveProcessorCount() => (uint)DdiGate.Enter(DdiTable.KeQueryActiveProcessorCount).Machine.Processors.Count;

    /// <summary>KeQueryActiveProcessorCount with the affinity mask of the active processors.</summary>
    public static uint KeQueryActiveProcessorCount(out ulong ActiveProcessors)
    {
        var count = DdiGate.Enter(DdiTable.KeQueryActiveProcessorCount).Machine.Processors.Count;
        ActiveProcessors = count == 64 ? ulong.MaxValue : (1UL << count) - 1;
        return (uint)count;
    }

    /// <summary>KeGetCurrentThread: the running thread.</summary>
    public static KTHREAD KeGetCurrentThread() => DdiGate.Enter(DdiTable.KeGetCurrentThread);

    /// <summary>PsGetCurrentThread: the running thread (KTHREAD and ETHREAD are one object here).</summary>
    public static KTHREAD PsGetCurrentThread() => DdiGate.Enter(DdiTable.PsGetCurrentThread);

    /// <summary>KeBugCheckEx: brings the machine down with the given code and parameters.</summary>
    [DoesNotReturn]
    public static void KeBugCheckEx(uint BugCheckCode, ulong BugCheckParameter1, ulong BugCheckParameter2, ulong BugCheckParameter3, ulong BugCheckParameter4)
    {
        var thread = DdiGate.Enter(DdiTable.KeBugCheckEx);
        thread.Machine.RaiseBugCheck(BugCheckCode, BugCheckParameter1, BugCheckParameter2, BugCheckParameter3, BugCheckParameter4,
            "KeBugCheckEx called by the driver");
    }

    /// <summary>KeBugCheck: KeBugCheckEx with zero parameters.</summary>
    [DoesNotReturn]
    public static void KeBugCheck(uint BugCheckCode) => KeBugCheckEx(BugCheckCode, 0, 0, 0, 0);
}
