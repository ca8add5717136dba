using System.Globalization;

namespace NtSim;

/// <summary>
/// Collects what a driver left behind once its DriverUnload returned (or its DriverEntry failed):
/// device objects and symbolic links still there, and everything the tracker still charges to the
/// driver's module (pool, set timers, work items, threads, lookaside lists, MDLs), DPCs still
/// queued, and IRPs sent to its devices and not completed.
/// </summary>
internal static class UnloadLeftovers
{
    internal static UnloadReport Collect(Machine machine, DriverImage image, DRIVER_OBJECT driver)
    {
        var module = image.Module;
        var items = new List<(long Order, UnloadReportItem Item)>();
        var objects = machine.ObjectManager;
        var deviceMemory = new HashSet<ulong>();
        foreach (var header in objects.LiveObjects())
        {
            if (header.Body is DEVICE_OBJECT device && device.DriverObject == driver)
            {
                // The device object's pool block is the device, not a separate leak.
                deviceMemory.Add(device.Memory.Address);
            }
        }

        lock (machine.Scheduler.Lock)
        {
            for (var d = driver.DeviceObject; d is not null; d = d.NextDevice)
            {
                var header = d.Header!;
                items.Add((0, new UnloadReportItem(UnloadLeakKind.DeviceObject,
                    $"device object {d.Name ?? "(unnamed)"} not deleted (it holds the driver object, so the image stays loaded)",
                    new PVOID(d.Address), header.CreatorFile ?? "", header.CreatorLine)));
            }
        }

        foreach (var header in objects.LiveObjects())
        {
            if (header.Type == ObjectTypes.SymbolicLink && header.CreatorModule == module && header.Body is SymbolicLinkObject link)
            {
                if (objects.FullNameOf(header) is { } name)
                {
                    items.Add((0, new UnloadReportItem(UnloadLeakKind.SymbolicLink, $"symbolic link {name} -> {link.Target} not deleted",
                        new PVOID(header.BodyAddress), header.CreatorFile ?? "", header.CreatorLine)));
                }
            }
        }

        foreach (var r in machine.Tracking.Outstanding(module))
        {
            if (r.Kind == ResourceKind.PoolAllocation && deviceMemory.Contains(r.Address.Address))
            {
                continue;
            }

            items.Add((r.Sequence, new UnloadReportItem(KindOf(r.Kind), Describe(r), r.Address, r.File, r.Line)));
        }

        lock (machine.Scheduler.Lock)
        {
            foreach (var p in machine.Processors)
            {
                foreach (var dpc in p.QueuedDpcs().Where(d => d.Module == module))
                {
                    items.Add((long.MaxValue, new UnloadReportItem(UnloadLeakKind.Dpc, $"DPC {dpc.RoutineName} still queued on {p}",
                        new PVOID(dpc.Address), dpc.QueuedFile ?? "", dpc.QueuedLine)));
                }
            }
        }

        foreach (var irp in machine.IoManager.Irps.InUse())
        {
            var ours = irp.AllocatedBy == module;
            if (PendingOn(irp, driver) is { } location)
            {
                items.Add((long.MaxValue, new UnloadReportItem(UnloadLeakKind.PendingIrp,
                    $"IRP {MajorFunctionNames.Of(location.MajorFunction)} sent to {location.DeviceObject!.Describe()} and not completed",
                    new PVOID(irp.Address), ours ? irp.AllocatedFile : "", ours ? irp.AllocatedLine : 0)));
            }
            else if (ours)
            {
                items.Add((long.MaxValue, new UnloadReportItem(UnloadLeakKind.AllocatedIrp, DescribeAllocated(irp),
                    new PVOID(irp.Address), irp.AllocatedFile, irp.AllocatedLine)));
            }
        }

        // Devices and links first (they are what the driver object holds), then by creation order.
        var ordered = items.OrderBy(i => i.Item.Kind is UnloadLeakKind.DeviceObject or UnloadLeakKind.SymbolicLink ? 0 : 1)
            .ThenBy(i => i.Order).Select(i => i.Item).ToList();
        return new UnloadReport(image.ServiceName, ordered);
    }

    /// <summary>An IRP the driver allocated: where it is now (never sent, or in another driver).</summary>
    private static string DescribeAllocated(IRP irp)
    {
        if (irp.State == IrpState.Allocated || irp.Current is not { DeviceObject: { } device } current)
        {
            var major = irp.Next?.MajorFunction ?? 0;
            return $"IRP {MajorFunctionNames.Of(major)} allocated and never freed (not sent)";
        }

        return $"IRP {MajorFunctionNames.Of(current.MajorFunction)} allocated and not freed: still in flight at {device.Describe()}";
    }

    /// <summary>The stack location of <paramref name="irp"/> that a device of <paramref name="driver"/>
    /// still owns (the current one, or one above it waiting for completion), or null.</summary>
    private static IO_STACK_LOCATION? PendingOn(IRP irp, DRIVER_OBJECT driver)
    {
        if (irp.State == IrpState.Completed || irp.CurrentLocation < 1)
        {
            return null;
        }

        for (var i = irp.CurrentLocation; i <= irp.StackCount; i++)
        {
            var location = irp.Location(i);
            if (location.DeviceObject?.DriverObject == driver)
            {
                return location;
            }
        }

        return null;
    }

    private static UnloadLeakKind KindOf(ResourceKind kind) => kind switch
    {
        ResourceKind.PoolAllocation => UnloadLeakKind.PoolAllocation,
        ResourceKind.Timer => UnloadLeakKind.Timer,
        ResourceKind.WorkItem => UnloadLeakKind.WorkItem,
        ResourceKind.Thread => UnloadLeakKind.Thread,
        ResourceKind.LookasideList => UnloadLeakKind.LookasideList,
        ResourceKind.Mdl => UnloadLeakKind.Mdl,
        _ => UnloadLeakKind.Other,
    };

    private static string Describe(TrackedResource r) => r.Kind switch
    {
        ResourceKind.PoolAllocation => r.Description + " not freed",
        ResourceKind.Timer => r.Description + " still set",
        ResourceKind.Thread => r.Description + " still running",
        ResourceKind.WorkItem => r.Description + " not freed or still queued",
        _ => string.Create(CultureInfo.InvariantCulture, $"{r.Description} not released"),
    };
}
