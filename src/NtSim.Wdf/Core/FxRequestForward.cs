namespace NtSim;

/// <summary>How the framework lets go of a request whose IRP goes on without it.</summary>
internal static class FxRequestForward
{
    /// <summary>A filter's request no queue takes: the IRP goes down unchanged, and the request
    /// goes back to the list without completing it (the lower driver completes the IRP).</summary>
    internal static NTSTATUS PassDownUnchanged(KTHREAD thread, FxRequest request)
    {
        var irp = request.Irp!;
        var device = request.Device!;
        request.Release(thread);
        return FxIrp.PassDown(device, irp);
    }
}
