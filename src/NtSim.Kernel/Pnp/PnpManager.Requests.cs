namespace NtSim;

public sealed partial class PnpManager
{
    /// <summary>One queued device action, on the PnP worker with the engine lock held.</summary>
    private void Process(KTHREAD thread, PnpRequest request)
    {
        var node = request.Node;
        if (_machine.IsHalted || node.State == DeviceNodeState.DeviceNodeDeleted)
        {
            return;
        }

        switch (request.Kind)
        {
            case PnpRequestKind.Reenumerate:
                EnumerateSubtree(thread, node);
                break;
            case PnpRequestKind.QueryState when node.State == DeviceNodeState.DeviceNodeStarted:
                QueryDeviceState(thread, node);
                break;
            case PnpRequestKind.Eject:
                Eject(thread, node);
                break;
            case PnpRequestKind.FinishRemoval:
                FinishRemoval(thread, node);
                break;
        }
    }

    /// <summary>IoRequestDeviceEject: query-remove and remove the subtree, then IRP_MN_EJECT to what
    /// is left of the stack (the PDO), then the parent's bus is enumerated again.</summary>
    private PnpResult Eject(KTHREAD thread, DeviceNode node)
    {
        if (TakeDown(thread, node, eject: true) is { } vetoed)
        {
            return vetoed;
        }

        var iosb = PnpIrp.Send(thread, node.PhysicalDeviceObject!, Wdm.IRP_MN_EJECT);
        node.Note($"IRP_MN_EJECT: {NtNames.Format(iosb.Status)}");
        if (node.Parent is { } parent)
        {
            EnumerateSubtree(thread, parent);
        }

        return PnpResult.Done;
    }
}
