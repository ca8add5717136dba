namespace NtSim;

/// <summary>Why a subtree is being taken down.</summary>
internal enum RemovalKind
{
    /// <summary>Asked for (devcon remove, disable, restart, eject): QUERY_REMOVE first; the device stays present.</summary>
    Orderly,

    /// <summary>The bus stopped reporting it: SURPRISE_REMOVAL, then REMOVE_DEVICE when its handles are closed; the node goes.</summary>
    Vanished,

    /// <summary>The stack reported itself failed: SURPRISE_REMOVAL, then REMOVE_DEVICE; the node stays with a problem.</summary>
    Failed,
}

public sealed partial class PnpManager
{
    /// <summary>
    /// IRP_MN_QUERY_REMOVE_DEVICE to the node and everything below it, children first; if one
    /// fails, IRP_MN_CANCEL_REMOVE_DEVICE goes to those that had succeeded, in reverse order, and
    /// the veto (the node and its status) is returned. Null when every stack agreed.
    /// </summary>
    internal (DeviceNode Node, NTSTATUS Status)? QueryRemoveSubtree(KTHREAD thread, DeviceNode node) =>
        QueryRemoveSubtree(thread, node, []);

    /// <summary>As <see cref="QueryRemoveSubtree(KTHREAD, DeviceNode)"/>, with the subtrees of
    /// <paramref name="related"/> (the node's removal or ejection relations) queried too.</summary>
    internal (DeviceNode Node, NTSTATUS Status)? QueryRemoveSubtree(KTHREAD thread, DeviceNode node, IReadOnlyList<DeviceNode> related)
    {
        var order = related.SelectMany(PostOrder).Concat(PostOrder(node)).Distinct().Where(n => n.State == DeviceNodeState.DeviceNodeStarted).ToList();
        var agreed = new List<DeviceNode>();
        foreach (var n in order)
        {
            // Target device notification comes first: a registered component may veto the removal.
            var notified = PlugPlayNotifications.NotifyTargetDevice(thread, n, Wdm.GUID_TARGET_DEVICE_QUERY_REMOVE);
            if (!Wdm.NT_SUCCESS(notified))
            {
                n.Note($"a target device notification vetoed the removal with {NtNames.Format(notified)}");
                PlugPlayNotifications.NotifyTargetDevice(thread, n, Wdm.GUID_TARGET_DEVICE_REMOVE_CANCELLED);
                CancelRemoval(thread, agreed);
                return (n, notified);
            }

            var iosb = PnpIrp.Send(thread, n.PhysicalDeviceObject!, Wdm.IRP_MN_QUERY_REMOVE_DEVICE);
            if (_machine.IsHalted)
            {
                return (n, iosb.Status);
            }

            if (!Wdm.NT_SUCCESS(iosb.Status))
            {
                n.Note($"vetoed IRP_MN_QUERY_REMOVE_DEVICE with {NtNames.Format(iosb.Status)}");
                PlugPlayNotifications.NotifyTargetDevice(thread, n, Wdm.GUID_TARGET_DEVICE_REMOVE_CANCELLED);
                CancelRemoval(thread, agreed);
                return (n, iosb.Status);
            }

            n.SetState(DeviceNodeState.DeviceNodeQueryRemoved);
            agreed.Add(n);
        }

        return null;
    }

    /// <summary>
    /// An orderly removal: the node's removal relations (and for an eject its ejection relations)
    /// are asked for, everything is query-removed, and if nothing vetoes, <paramref name="beforeRemoval"/>
    /// runs and the related devices and the node's subtree are removed, children first. The related
    /// devices stay in the tree, initialized, until their bus is enumerated again. Returns the veto, or null.
    /// </summary>
    internal PnpResult? TakeDown(KTHREAD thread, DeviceNode node, Action? beforeRemoval = null, bool eject = false)
    {
        var related = Relations(thread, node, Wdm.RemovalRelations);
        if (eject)
        {
            related = [.. Relations(thread, node, Wdm.EjectionRelations).Union(related)];
        }

        if (QueryRemoveSubtree(thread, node, related) is { } veto)
        {
            return PnpResult.Vetoed(veto.Node, veto.Status);
        }

        beforeRemoval?.Invoke();
        foreach (var other in related)
        {
            RemoveSubtree(thread, other, RemovalKind.Orderly);
            other.Note("removed with a device it is related to");
        }

        RemoveSubtree(thread, node, RemovalKind.Orderly);
        return null;
    }

    /// <summary>IRP_MN_QUERY_DEVICE_RELATIONS for RemovalRelations or EjectionRelations: the device
    /// nodes a stack says must go with it (outside its own subtree); each listed object's reference
    /// is dropped, as the PnP manager keeps none.</summary>
    internal List<DeviceNode> Relations(KTHREAD thread, DeviceNode node, DEVICE_RELATION_TYPE type)
    {
        var related = new List<DeviceNode>();
        if (node.State != DeviceNodeState.DeviceNodeStarted)
        {
            return related;
        }

        var pointers = PnpIrp.QueryRelations(thread, node.PhysicalDeviceObject!, type, out _) ?? [];
        var subtree = PostOrder(node).ToHashSet();
        foreach (var pointer in pointers)
        {
            if (_machine.ObjectManager.FindObject(pointer)?.Body is not DEVICE_OBJECT pdo || pdo.DeviceNode is not { } other)
            {
                // 0xCA/0x2: relations must list PDOs the PnP manager knows.
                _machine.RaiseBugCheck(Wdm.PNP_DETECTED_FATAL_ERROR, 0x2, pointer, DriverOf(node)?.Address ?? 0, 0,
                    $"the stack of {node.InstancePath} reported 0x{pointer:x} in its {(type == Wdm.RemovalRelations ? "RemovalRelations" : "EjectionRelations")}, which is not a reported PDO");
                return related;
            }

            Dereference(pdo);
            if (!subtree.Contains(other) && !related.Contains(other))
            {
                related.Add(other);
                node.Note($"{(type == Wdm.RemovalRelations ? "removal" : "ejection")} relation: {other.InstancePath}");
            }
        }

        return related;
    }

    /// <summary>IRP_MN_CANCEL_REMOVE_DEVICE (and the cancel notification) to the nodes that had agreed, last first.</summary>
    private static void CancelRemoval(KTHREAD thread, List<DeviceNode> agreed)
    {
        for (var i = agreed.Count - 1; i >= 0; i--)
        {
            PnpIrp.Send(thread, agreed[i].PhysicalDeviceObject!, Wdm.IRP_MN_CANCEL_REMOVE_DEVICE);
            PlugPlayNotifications.NotifyTargetDevice(thread, agreed[i], Wdm.GUID_TARGET_DEVICE_REMOVE_CANCELLED);
            agreed[i].SetState(DeviceNodeState.DeviceNodeStarted);
        }
    }

    /// <summary>Takes the node and its subtree down, children first. The children go from the tree
    /// (their bus is going); the node goes too when it vanished, and otherwise stays as an
    /// initialized node with only its PDO.</summary>
    internal void RemoveSubtree(KTHREAD thread, DeviceNode node, RemovalKind kind)
    {
        foreach (var child in node.Children.ToArray())
        {
            RemoveSubtree(thread, child, kind == RemovalKind.Orderly ? RemovalKind.Orderly : RemovalKind.Vanished);
            if (_machine.IsHalted)
            {
                return;
            }

            DeleteIfDone(child);
        }

        if (kind == RemovalKind.Orderly || !WasRunning(node))
        {
            var alreadyRemoved = node.State == DeviceNodeState.DeviceNodeRemoved;
            var removeSent = TearDown(thread, node);
            if (kind == RemovalKind.Vanished)
            {
                if (!removeSent && !alreadyRemoved)
                {
                    // "The PnP manager then sends remove IRPs for any devices that have disappeared"
                    // (IRP_MN_REMOVE_DEVICE): also to a PDO whose stack was already removed (an
                    // ejected or driverless child), so that its bus driver can delete it.
                    PnpIrp.Send(thread, node.PhysicalDeviceObject!, Wdm.IRP_MN_REMOVE_DEVICE);
                    node.Note("IRP_MN_REMOVE_DEVICE (reported missing)");
                }

                node.SetState(DeviceNodeState.DeviceNodeRemoved);
            }

            return;
        }

        // Surprise removal: the device is gone (or failed) while drivers had it running.
        DeviceInterfaces.DisableAll(thread, node);
        PnpIrp.Send(thread, node.PhysicalDeviceObject!, Wdm.IRP_MN_SURPRISE_REMOVAL);
        node.Note("IRP_MN_SURPRISE_REMOVAL");
        PlugPlayNotifications.NotifyTargetDevice(thread, node, Wdm.GUID_TARGET_DEVICE_REMOVE_COMPLETE);
        node.SetState(DeviceNodeState.DeviceNodeRemovePendingCloses);
        node.RemovalKind = kind;
        if (OpenHandles(node) == 0)
        {
            FinishRemoval(thread, node);
        }
    }

    /// <summary>IRP_MN_REMOVE_DEVICE for a surprise-removed node once its handles are closed.</summary>
    internal void FinishRemoval(KTHREAD thread, DeviceNode node)
    {
        if (node.State != DeviceNodeState.DeviceNodeRemovePendingCloses)
        {
            return;
        }

        TearDown(thread, node);
        if (node.RemovalKind == RemovalKind.Vanished)
        {
            node.SetState(DeviceNodeState.DeviceNodeRemoved);
            DeleteIfDone(node);
        }
    }

    /// <summary>The bus no longer reports the node: it is surprise-removed (or just removed if it
    /// was not running) and leaves the tree once its REMOVE_DEVICE is sent.</summary>
    internal void RemoveVanished(KTHREAD thread, DeviceNode node)
    {
        RemoveSubtree(thread, node, RemovalKind.Vanished);
        DeleteIfDone(node);
    }

    /// <summary>Deletes a node taken down, unless it still waits for its handles to close.</summary>
    private void DeleteIfDone(DeviceNode node)
    {
        if (node.Parent is not null && node.State is not (DeviceNodeState.DeviceNodeRemovePendingCloses or DeviceNodeState.DeviceNodeDeleted))
        {
            DeleteNode(node);
        }
    }

    /// <summary>The close of a file on a device: a surprise-removed node whose last handle this was
    /// gets its IRP_MN_REMOVE_DEVICE from the PnP worker.</summary>
    internal void DeviceReferenceReleased(KTHREAD thread, DEVICE_OBJECT device)
    {
        var pdo = device;
        while (pdo.AttachedTo is { } lower)
        {
            pdo = lower;
        }

        if (pdo.DeviceNode is { State: DeviceNodeState.DeviceNodeRemovePendingCloses } node && OpenHandles(node) == 0)
        {
            Request(thread, new PnpRequest(node, PnpRequestKind.FinishRemoval));
        }
    }

    /// <summary>IRP_MN_REMOVE_DEVICE to the node's stack when drivers were added (the PDO's bus
    /// driver decides whether the PDO goes); then every FDO and filter must have detached and
    /// deleted its device object (0xC9/0x21D, 0x21E). The node is left initialized. Returns whether
    /// IRP_MN_REMOVE_DEVICE was sent.</summary>
    internal bool TearDown(KTHREAD thread, DeviceNode node)
    {
        var pdo = node.PhysicalDeviceObject!;
        var upper = node.Stack.Where(d => d != pdo).ToList();
        var hadDrivers = upper.Count > 0 || node.State >= DeviceNodeState.DeviceNodeDriversAdded;
        if (node.State == DeviceNodeState.DeviceNodeStarted || node.State == DeviceNodeState.DeviceNodeQueryRemoved)
        {
            DeviceInterfaces.DisableAll(thread, node);
        }

        var queried = node.State == DeviceNodeState.DeviceNodeQueryRemoved;
        var removeSent = hadDrivers && node.State != DeviceNodeState.DeviceNodeRemoved;
        if (removeSent)
        {
            PnpIrp.Send(thread, pdo, Wdm.IRP_MN_REMOVE_DEVICE);
            if (queried)
            {
                PlugPlayNotifications.NotifyTargetDevice(thread, node, Wdm.GUID_TARGET_DEVICE_REMOVE_COMPLETE);
            }

            node.Note("IRP_MN_REMOVE_DEVICE");
            if (_machine.IsHalted)
            {
                return removeSent;
            }

            foreach (var device in upper)
            {
                if (device.AttachedTo is not null)
                {
                    // 0xC9/0x21D: after IRP_MN_REMOVE_DEVICE an FDO or filter is still attached (P2 the device).
                    // Free build: the node goes; the device stays attached to a PDO that is gone.
                    _machine.Verifier.Violation(VerifierRules.StillAttachedAfterRemove, device.Address, pdo.Address, 0,
                        $"{device.Describe()} is still attached to the stack of {node.InstancePath} after IRP_MN_REMOVE_DEVICE: its driver must call IoDetachDevice");
                    continue;
                }

                if (!device.DeletePending)
                {
                    // 0xC9/0x21E: after IRP_MN_REMOVE_DEVICE an FDO or filter was not deleted. Free build: the
                    // device object lives on (the unload report lists it).
                    _machine.Verifier.Violation(VerifierRules.NotDeletedAfterRemove, device.Address, pdo.Address, 0,
                        $"{device.Describe()} of the stack of {node.InstancePath} was not deleted at IRP_MN_REMOVE_DEVICE: its driver must call IoDeleteDevice");
                }
            }
        }

        node.SetState(DeviceNodeState.DeviceNodeInitialized);
        return removeSent;
    }

    /// <summary>Takes a removed node out of the tree and lets go of its PDO.</summary>
    private void DeleteNode(DeviceNode node)
    {
        foreach (var child in node.Children.ToArray())
        {
            DeleteNode(child);
        }

        Unlink(node);
        node.SetState(DeviceNodeState.DeviceNodeDeleted);
        _machine.DeviceInterfaces.Forget(node);
        if (node.PhysicalDeviceObject is { } pdo)
        {
            // The deleted node keeps no device: a driver's image must be free to go.
            pdo.DeviceNode = null;
            node.PhysicalDeviceObject = null;
            Dereference(pdo);
        }
    }

    private static bool WasRunning(DeviceNode node) =>
        node.State is DeviceNodeState.DeviceNodeStarted or DeviceNodeState.DeviceNodeQueryRemoved or DeviceNodeState.DeviceNodeStopped;

    /// <summary>Open file objects on any device of the node's stack.</summary>
    private static int OpenHandles(DeviceNode node) => node.Stack.Sum(d => Volatile.Read(ref d.ReferenceCount));

    private static List<DeviceNode> PostOrder(DeviceNode node)
    {
        var order = new List<DeviceNode>();
        Visit(node);
        return order;

        void Visit(DeviceNode n)
        {
            foreach (var child in n.Children)
            {
                Visit(child);
            }

            order.Add(n);
        }
    }
}
