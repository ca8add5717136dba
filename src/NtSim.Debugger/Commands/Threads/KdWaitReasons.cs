using System.Globalization;

namespace NtSim.Debugger.Commands.Threads;

/// <summary>KWAIT_REASON's names as !thread prints them in <c>WAIT: (Executive) KernelMode Non-Alertable</c>
/// (the enumeration of wdm.h, values 0 to 39).</summary>
internal static class KdWaitReasons
{
    private static readonly string[] s_names =
    [
        "Executive", "FreePage", "PageIn", "PoolAllocation", "DelayExecution", "Suspended", "UserRequest",
        "WrExecutive", "WrFreePage", "WrPageIn", "WrPoolAllocation", "WrDelayExecution", "WrSuspended",
        "WrUserRequest", "WrSpare0", "WrQueue", "WrLpcReceive", "WrLpcReply", "WrVirtualMemory", "WrPageOut",
        "WrRendezvous", "WrKeyedEvent", "WrTerminated", "WrProcessInSwap", "WrCpuRateControl", "WrCalloutStack",
        "WrKernel", "WrResource", "WrPushLock", "WrMutex", "WrQuantumEnd", "WrDispatchInt", "WrPreempted",
        "WrYieldExecution", "WrFastMutex", "WrGuardedMutex", "WrRundown", "WrAlertByThreadId", "WrDeferredPreempt",
        "WrPhysicalFault",
    ];

    /// <summary>The reason's name; a value a driver passed outside the enumeration prints as its number.</summary>
    internal static string Name(KWAIT_REASON reason)
    {
        var value = (int)reason;
        return value >= 0 && value < s_names.Length ? s_names[value] : value.ToString(CultureInfo.InvariantCulture);
    }
}
