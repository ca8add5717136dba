namespace NtSim;

/// <summary>
/// The PnP notification registrations of a machine and their delivery. Interface arrival and removal
/// events are queued and delivered in order, one at a time, by a system worker thread (Windows
/// delivers them from a PnP worker, not in the thread that enabled the interface); target device
/// events are delivered in the PnP manager's own thread, which needs the answers to a query remove.
/// "The PnP manager calls notification callback routines at IRQL = PASSIVE_LEVEL" (Guidelines for
/// Writing PnP Notification Callback Routines); each callback runs in its driver's module.
/// </summary>
internal sealed class PlugPlayNotifications
{
    private readonly Machine _machine;
    private readonly List<PlugPlayNotificationEntry> _entries = [];
    private readonly Queue<DEVICE_INTERFACE_CHANGE_NOTIFICATION> _pending = new();
    private readonly Lock _lock = new();
    private readonly WORK_QUEUE_ITEM _drain = new();
    private bool _draining;

    internal PlugPlayNotifications(Machine machine)
    {
        _machine = machine;
        _drain.WorkerRoutine = _ => Drain();
        _drain.Module = machine.Modules.Kernel;
        _drain.Address = machine.AllocateObjectAddress(0x20);
    }

    /// <summary>The registrations not yet unregistered, oldest first.</summary>
    internal IReadOnlyList<PlugPlayNotificationEntry> Entries
    {
        get
        {
            lock (_lock)
            {
                return [.. _entries];
            }
        }
    }

    internal void Add(KTHREAD thread, PlugPlayNotificationEntry entry)
    {
        Events.Initialize(_machine, entry.Idle, Wdm.NotificationEvent, true);
        lock (_lock)
        {
            _entries.Add(entry);
        }
    }

    /// <summary>IoUnregisterPlugPlayNotification(Ex): false if the entry was not registered. With
    /// <paramref name="waitForCallback"/>, a callback of the entry running on another thread is waited for.</summary>
    internal bool Remove(KTHREAD thread, PlugPlayNotificationEntry entry, bool waitForCallback)
    {
        KTHREAD? running;
        lock (_lock)
        {
            if (!_entries.Remove(entry))
            {
                return false;
            }

            entry.Unregistered = true;
            running = entry.RunningOn;
        }

        if (waitForCallback && running is not null && running != thread)
        {
            Waits.WaitFor(thread, entry.Idle);
        }

        return true;
    }

    /// <summary>Queues an interface arrival or removal for the callbacks registered for its class.</summary>
    internal void QueueInterfaceChange(KTHREAD thread, Guid eventGuid, DeviceInterfaceName name)
    {
        bool start;
        lock (_lock)
        {
            _pending.Enqueue(new DEVICE_INTERFACE_CHANGE_NOTIFICATION(eventGuid, name.ClassGuid, name.SymbolicLinkName));
            start = !_draining;
            _draining = true;
        }

        if (start)
        {
            _machine.WorkQueues.Queue(thread, _drain, Wdm.DelayedWorkQueue);
        }
    }

    /// <summary>PNPNOTIFY_DEVICE_INTERFACE_INCLUDE_EXISTING_INTERFACES: an arrival for each enabled
    /// interface of the class, delivered before IoRegisterPlugPlayNotification returns.</summary>
    internal void DeliverExisting(KTHREAD thread, PlugPlayNotificationEntry entry)
    {
        foreach (var (name, _) in DeviceInterfaces.List(_machine, entry.InterfaceClass, null, includeNonActive: false))
        {
            Deliver(thread, entry, new DEVICE_INTERFACE_CHANGE_NOTIFICATION(Wdm.GUID_DEVICE_INTERFACE_ARRIVAL, name.ClassGuid, name.SymbolicLinkName));
        }
    }

    /// <summary>
    /// For the PnP manager: tells the EventCategoryTargetDeviceChange callbacks registered on a file
    /// object of <paramref name="node"/>'s device (GUID_TARGET_DEVICE_QUERY_REMOVE,
    /// GUID_TARGET_DEVICE_REMOVE_COMPLETE or GUID_TARGET_DEVICE_REMOVE_CANCELLED), in the calling
    /// thread, at PASSIVE_LEVEL. Returns the first failure (a veto of a query remove), or STATUS_SUCCESS.
    /// </summary>
    internal static NTSTATUS NotifyTargetDevice(KTHREAD thread, DeviceNode node, Guid eventGuid) =>
        thread.Machine.PlugPlayNotifications.NotifyTarget(thread, node, eventGuid);

    private NTSTATUS NotifyTarget(KTHREAD thread, DeviceNode node, Guid eventGuid)
    {
        List<PlugPlayNotificationEntry> targets;
        lock (_lock)
        {
            targets = [.. _entries.Where(e => e.Category == Wdm.EventCategoryTargetDeviceChange && e.TargetNode == node)];
        }

        var result = Wdm.STATUS_SUCCESS;
        foreach (var entry in targets)
        {
            var status = Deliver(thread, entry, new TARGET_DEVICE_REMOVAL_NOTIFICATION(eventGuid, entry.FileObject!));
            if (!Wdm.NT_SUCCESS(status) && Wdm.NT_SUCCESS(result))
            {
                result = status;
            }
        }

        return result;
    }

    private void Drain()
    {
        var self = KTHREAD.Current!;
        while (true)
        {
            DEVICE_INTERFACE_CHANGE_NOTIFICATION notification;
            List<PlugPlayNotificationEntry> targets;
            lock (_lock)
            {
                if (!_pending.TryDequeue(out notification!))
                {
                    _draining = false;
                    return;
                }

                targets = [.. _entries.Where(e => e.Category == Wdm.EventCategoryDeviceInterfaceChange && e.InterfaceClass == notification.InterfaceClassGuid)];
            }

            foreach (var entry in targets)
            {
                Deliver(self, entry, notification);
            }
        }
    }

    private NTSTATUS Deliver(KTHREAD thread, PlugPlayNotificationEntry entry, PLUGPLAY_NOTIFICATION_HEADER notification)
    {
        lock (_lock)
        {
            if (entry.Unregistered)
            {
                return Wdm.STATUS_SUCCESS;
            }

            entry.RunningOn = thread;
            Events.Reset(_machine, entry.Idle);
        }

        NTSTATUS status;
        using (thread.EnterModule(entry.Module))
        {
            if (entry.Module.IsUnloaded)
            {
                // A registration left behind by a driver that unloaded: the call faults in the unloaded image (0xCE).
                UnloadedCode.Raise(_machine, entry.Module, entry.Callback.Method, "PnP notification callback");
            }

            status = entry.Callback(notification, entry.Context);
        }

        lock (_lock)
        {
            entry.RunningOn = null;
        }

        Events.Set(_machine, entry.Idle);
        return status;
    }
}
