namespace NtSim;

/// <summary>The IRQL rules of KeWaitForXxx and KeDelayExecutionThread.</summary>
internal static class Waits
{
    /// <summary>A wait that can block (no timeout, or a non-zero one) needs IRQL &lt;= APC_LEVEL;
    /// only a zero timeout (a poll) is allowed at DISPATCH_LEVEL.</summary>
    internal static void RequireWaitIrql(KTHREAD thread, DispatcherObject? firstObject, long? timeout)
    {
        var irql = thread.Processor!.Irql;
        if (irql >= Wdm.DISPATCH_LEVEL && timeout != 0)
        {
            // 0xC4/0x3B: P2 current IRQL, P3 the object waited on, P4 the timeout argument.
            thread.Machine!.RaiseBugCheck(Wdm.DRIVER_VERIFIER_DETECTED_VIOLATION, 0x3B, (ulong)irql, firstObject?.Address ?? 0,
                timeout is long t ? (ulong)t : 0,
                timeout is null
                    ? $"KeWaitForXxx with no timeout at IRQL {(int)irql}; a wait that can block needs IRQL <= APC_LEVEL"
                    : $"KeWaitForXxx with timeout {timeout} at IRQL {(int)irql}; only a zero timeout is allowed at DISPATCH_LEVEL");
        }
    }

    internal static void RequireInitialized(DispatcherObject obj, Machine machine, string ddi)
    {
        if (obj.Machine != machine)
        {
            throw new InvalidOperationException($"{ddi}: the {obj.KindName} was never initialized (call its KeInitializeXxx routine first).");
        }
    }
}
