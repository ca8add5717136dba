using System.Runtime.CompilerServices;

namespace NtSim;

public static partial class Wdm
{
    /// <summary>FSRTL_FSP_TOP_LEVEL_IRP: a recursive call (IoGetTopLevelIrp).</summary>
    public static readonly IRP FSRTL_FSP_TOP_LEVEL_IRP = TopLevelIrpFlags.FspTopLevel;

    /// <summary>FSRTL_CACHE_TOP_LEVEL_IRP: the cache manager is the top-level component.</summary>
    public static readonly IRP FSRTL_CACHE_TOP_LEVEL_IRP = TopLevelIrpFlags.CacheTopLevel;

    /// <summary>FSRTL_MOD_WRITE_TOP_LEVEL_IRP: the modified page writer is the top-level component.</summary>
    public static readonly IRP FSRTL_MOD_WRITE_TOP_LEVEL_IRP = TopLevelIrpFlags.ModWriteTopLevel;

    /// <summary>FSRTL_FAST_IO_TOP_LEVEL_IRP: the cache manager is on top, in a fast I/O path.</summary>
    public static readonly IRP FSRTL_FAST_IO_TOP_LEVEL_IRP = TopLevelIrpFlags.FastIoTopLevel;

    /// <summary>FSRTL_NETWORK1_TOP_LEVEL_IRP: a network redirector is the top-level component (the first of its two values).</summary>
    public static readonly IRP FSRTL_NETWORK1_TOP_LEVEL_IRP = TopLevelIrpFlags.Network1TopLevel;

    /// <summary>FSRTL_NETWORK2_TOP_LEVEL_IRP: a network redirector is the top-level component (the second of its two values).</summary>
    public static readonly IRP FSRTL_NETWORK2_TOP_LEVEL_IRP = TopLevelIrpFlags.Network2TopLevel;

    /// <summary>FSRTL_MAX_TOP_LEVEL_IRP_FLAG: a top-level value at or below this address is a flag, not an IRP.</summary>
    public const ulong FSRTL_MAX_TOP_LEVEL_IRP_FLAG = 0xFFFF;

    /// <summary>IoGetTopLevelIrp: the TopLevelIrp field of the current thread (NULL, an IRP or an FSRTL flag).</summary>
    public static IRP? IoGetTopLevelIrp() => DdiGate.Enter(DdiTable.IoGetTopLevelIrp).TopLevelIrp;

    /// <summary>IoSetTopLevelIrp: sets the current thread's TopLevelIrp field (only file systems should).</summary>
    public static void IoSetTopLevelIrp(IRP? Irp) => DdiGate.Enter(DdiTable.IoSetTopLevelIrp).TopLevelIrp = Irp;

    /// <summary>IoIsSystemThread: whether the thread is a system thread (PsIsSystemThread).</summary>
    public static bool IoIsSystemThread(KTHREAD Thread)
    {
        DdiGate.Enter(DdiTable.IoIsSystemThread);
        return PsIsSystemThread(Thread);
    }

    /// <summary>IoGetCurrentProcess: the process the current thread runs in (PsGetCurrentProcess).</summary>
    public static EPROCESS IoGetCurrentProcess()
    {
        var thread = DdiGate.Enter(DdiTable.IoGetCurrentProcess);
        return thread.Machine.CurrentProcess(thread);
    }

    /// <summary>IoGetRequestorProcess: the process of the thread that issued the IRP; NULL for an IRP
    /// no thread issued (one a driver allocated and has not queued to a thread).</summary>
    public static EPROCESS? IoGetRequestorProcess(IRP Irp)
    {
        DdiGate.Enter(DdiTable.IoGetRequestorProcess);
        return KeContext.NotNull(Irp, nameof(Irp)).Tail.Overlay.Thread?.Process;
    }

    /// <summary>IoGetRequestorProcessId: the id of that process, or 0.</summary>
    public static uint IoGetRequestorProcessId(IRP Irp)
    {
        DdiGate.Enter(DdiTable.IoGetRequestorProcessId);
        return (uint)(KeContext.NotNull(Irp, nameof(Irp)).Tail.Overlay.Thread?.Process.UniqueProcessId.Value ?? 0);
    }

    /// <summary>IoIs32bitProcess: FALSE: every application of a NtSim machine is a 64-bit process, and
    /// driver-allocated IRPs and kernel callers count as 64-bit (the documented rule).</summary>
    public static bool IoIs32bitProcess(IRP? Irp)
    {
        DdiGate.Enter(DdiTable.IoIs32bitProcess);
        return false;
    }

    /// <summary>IoGetStackLimits: the bounds of the current thread's kernel stack. NtSim's kernel
    /// stack is the host thread's: these are host addresses, and the low limit is where a deeper
    /// frame bug checks 0x7F/8 (docs/instrumentation.md).</summary>
    public static void IoGetStackLimits(out ulong LowLimit, out ulong HighLimit)
    {
        var thread = DdiGate.Enter(DdiTable.IoGetStackLimits);
        LowLimit = thread.StackLimit;
        HighLimit = thread.StackBase;
    }

    /// <summary>IoGetRemainingStackSize: the bytes of kernel stack left below the caller's frame.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static unsafe ulong IoGetRemainingStackSize()
    {
        var thread = DdiGate.Enter(DdiTable.IoGetRemainingStackSize);
        byte here;
        var current = (nuint)(&here);
        return current > thread.StackLimit ? current - thread.StackLimit : 0;
    }

    /// <summary>IoWithinStackLimits: whether the region lies inside the current thread's kernel stack.</summary>
    public static bool IoWithinStackLimits(ulong RegionStart, ulong RegionSize)
    {
        var thread = DdiGate.Enter(DdiTable.IoWithinStackLimits);
        var end = RegionStart + RegionSize;
        return end >= RegionStart && RegionStart >= thread.StackLimit && end <= thread.StackBase;
    }

    /// <summary>IoThreadToProcess: the process a thread belongs to.</summary>
    public static EPROCESS IoThreadToProcess(KTHREAD Thread)
    {
        DdiGate.Enter(DdiTable.IoThreadToProcess);
        return KeContext.NotNull(Thread, nameof(Thread)).Process;
    }

    /// <summary>PsGetThreadProcessId: the id of the process a thread belongs to.</summary>
    public static HANDLE PsGetThreadProcessId(KTHREAD Thread)
    {
        DdiGate.Enter(DdiTable.PsGetThreadProcessId);
        return KeContext.NotNull(Thread, nameof(Thread)).Process.UniqueProcessId;
    }
}
