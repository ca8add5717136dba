namespace NtSim;

/// <summary>How a PnP operation on a device ended: done, or vetoed by a stack that failed
/// IRP_MN_QUERY_REMOVE_DEVICE (as devcon prints "Removal failed" or "... vetoed").</summary>
public sealed record PnpResult(RunStatus Run, DeviceNode? VetoedBy, NTSTATUS VetoStatus)
{
    internal static PnpResult Done { get; } = new(RunStatus.Completed, null, Wdm.STATUS_SUCCESS);

    internal static PnpResult Vetoed(DeviceNode node, NTSTATUS status) => new(RunStatus.Completed, node, status);

    /// <summary>Whether the machine ran to the end and nothing vetoed.</summary>
    public bool Succeeded => Run == RunStatus.Completed && VetoedBy is null;
}
