namespace NtSim;

/// <summary>
/// IO_REMOVE_LOCK: counts the I/O in flight on a device so that IRP_MN_REMOVE_DEVICE can wait for
/// it. The count starts at 1 (the lock's own bias); IoReleaseRemoveLockAndWait marks the lock
/// removed, drops the caller's and the bias, and waits for zero. Each acquisition's tag is kept
/// (as the checked-build lock does) so a release with a tag never acquired is caught.
/// </summary>
public sealed class IO_REMOVE_LOCK
{
    internal bool Removed { get; set; }
    internal int IoCount { get; set; }
    internal KEVENT RemoveEvent { get; } = new();
    internal Dictionary<object, int> Tags { get; } = new(ReferenceEqualityComparer.Instance);
    internal uint AllocateTag { get; set; }
    internal Machine? Machine { get; set; }
    internal ulong Address { get; set; }
}
