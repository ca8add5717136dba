namespace NtSim;

/// <summary>Critical regions (normal kernel APCs disabled) entered and left by the kernel's combined
/// routines (ExEnterCriticalRegionAndAcquire*, ExReleaseResourceAndLeaveCriticalRegion ...).</summary>
internal static class CriticalRegions
{
    internal static void Enter(KTHREAD thread) => thread.KernelApcDisable--;

    /// <summary>Leaves the region; without a matching enter it bug checks 0xC4/0x3E, as KeLeaveCriticalRegion does.</summary>
    internal static void Leave(KTHREAD thread, string ddi)
    {
        if (thread.KernelApcDisable >= 0)
        {
            thread.Machine.RaiseBugCheck(Wdm.DRIVER_VERIFIER_DETECTED_VIOLATION, 0x3E, 0, 0, 0,
                $"{ddi} by {thread}, which is not in a critical region");
        }

        thread.KernelApcDisable++;
        Apcs.DeliverKernel(thread);
    }
}
