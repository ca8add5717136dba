namespace NtSim.Samples.Toaster.Filter;

/// <summary>A filter device's extension: the device below it and what it has seen.</summary>
internal sealed class FILTER_DATA
{
    public DEVICE_OBJECT Self = null!;
    public DEVICE_OBJECT NextLowerDriver = null!;

    /// <summary>Requests in flight; IRP_MN_REMOVE_DEVICE waits for them.</summary>
    public readonly IO_REMOVE_LOCK RemoveLock = new();

    /// <summary>IRPs seen, by major function (IRP_MJ_CREATE .. IRP_MJ_PNP).</summary>
    public readonly int[] Counts = new int[Wdm.IRP_MJ_MAXIMUM_FUNCTION + 1];
}
