namespace NtSim;

/// <summary>
/// A framework queue (what !wdfqueue prints): its handle, dispatch type, whether it is power-managed
/// and the device's default queue, its WDF_IO_QUEUE_STATE bits, and its request counts.
/// </summary>
public sealed record WdfQueueInfo(
    ulong Handle,
    WDF_IO_QUEUE_DISPATCH_TYPE DispatchType,
    bool PowerManaged,
    bool IsDefault,
    WDF_IO_QUEUE_STATE State,
    int DriverOwnedRequests,
    int WaitingRequests)
{
    internal static WdfQueueInfo Of(FxIoQueue queue) => new(queue.Handle, queue.Config.DispatchType, queue.PowerManaged, queue.IsDefaultQueue,
        queue.QueueState, queue.DriverOwned, queue.PendingCount);
}
