namespace NtSim;

/// <summary>KDEVICE_QUEUE's work (devqueue.c): the IRPs a busy device has waiting, in arrival
/// order or sorted by key. The caller holds whatever guards the queue (the cancel spin lock).</summary>
internal static class DeviceQueues
{
    /// <summary>Queues an IRP behind the others (KeInsertDeviceQueue) or, with a key, before the
    /// first entry with a greater key (KeInsertByKeyDeviceQueue).</summary>
    internal static void Insert(KDEVICE_QUEUE queue, IRP irp, uint? key)
    {
        if (key is { } sortKey)
        {
            for (var node = queue.Entries.First; node is not null; node = node.Next)
            {
                if (sortKey < node.Value.Key)
                {
                    queue.Entries.AddBefore(node, (irp, sortKey));
                    return;
                }
            }
        }

        queue.Entries.AddLast((irp, key ?? 0));
    }

    /// <summary>KeRemoveDeviceQueue: the first IRP waiting, or null (and the queue is no longer busy).</summary>
    internal static IRP? RemoveNext(KDEVICE_QUEUE queue)
    {
        if (queue.Entries.First is not { } first)
        {
            queue.Busy = false;
            return null;
        }

        queue.Entries.RemoveFirst();
        return first.Value.Irp;
    }

    /// <summary>KeRemoveEntryDeviceQueue: takes out one IRP; false if it is not queued.</summary>
    internal static bool RemoveEntry(KDEVICE_QUEUE queue, IRP irp)
    {
        for (var node = queue.Entries.First; node is not null; node = node.Next)
        {
            if (node.Value.Irp == irp)
            {
                queue.Entries.Remove(node);
                return true;
            }
        }

        return false;
    }
}
