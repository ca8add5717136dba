using NtSim.Debugger.Engine;
using NtSim.Debugger.Target.Views;

namespace NtSim.Debugger.Target;

internal sealed partial class KdSnapshot
{
    // A small dump keeps none of these: Windows' small memory dump holds no driver or device objects.

    /// <summary>The driver objects alive, by address (!drvobj).</summary>
    [KdSection("drivers")]
    internal IReadOnlyList<KdDriverView> Drivers => Section<IReadOnlyList<KdDriverView>>("drivers", CaptureDrivers, []);

    /// <summary>The device objects alive, by address (!devobj, !devstack, !drvobj's device lists).</summary>
    [KdSection("devices")]
    internal IReadOnlyList<KdDeviceView> Devices => Section<IReadOnlyList<KdDeviceView>>("devices", CaptureDevices, []);

    /// <summary>The device tree in preorder, the root first (!devnode, !devstack's device node).</summary>
    [KdSection("devnodes")]
    internal IReadOnlyList<KdDevNodeView> DevNodes => Section<IReadOnlyList<KdDevNodeView>>("devnodes", CaptureDevNodes, []);

    private static IEnumerable<T> LiveBodies<T>(Machine machine) =>
        machine.ObjectManager.LiveObjects().Select(h => h.Body).OfType<T>();

    private static List<KdDriverView> CaptureDrivers(Machine machine) =>
        [.. LiveBodies<DRIVER_OBJECT>(machine).Select(driver => new KdDriverView(driver.Address, driver.DriverName.ToString(),
            [.. DevicesOf(driver).Select(d => d.Address)],
            Routine(machine, driver.DriverInit), Routine(machine, driver.DriverStartIo), Routine(machine, driver.DriverUnload),
            Routine(machine, driver.DriverExtension.AddDevice),
            // An entry left NULL sends the IRP to IopInvalidDeviceRequest, as on Windows.
            [.. driver.MajorFunction.Select(f => Routine(machine, (Delegate?)f ?? (DRIVER_DISPATCH)IoManager.InvalidDeviceRequest)!)]))];

    private static IEnumerable<DEVICE_OBJECT> DevicesOf(DRIVER_OBJECT driver)
    {
        for (var device = driver.DeviceObject; device is not null; device = device.NextDevice)
        {
            yield return device;
        }
    }


    private static List<KdDeviceView> CaptureDevices(Machine machine) =>
        [.. LiveBodies<DEVICE_OBJECT>(machine).Select(d => new KdDeviceView(d.Address, d.Name, d.DriverObject.Address, d.DriverObject.DriverName.ToString(),
            d.CurrentIrp?.Address ?? 0, d.ReferenceCount, d.DeviceType, d.Flags, d.Characteristics, d.ExtensionAddress,
            d.DeviceNode is { } node ? DevnodeDump.DevNodeAddress(node) : 0, d.DeletePending, d.AttachedDevice?.Address ?? 0, d.AttachedTo?.Address ?? 0,
            d.DeviceQueue.Busy, [.. d.DeviceQueue.Entries.Select(e => e.Irp.Address)]))];

    private static List<KdDevNodeView> CaptureDevNodes(Machine machine)
    {
        var nodes = new List<KdDevNodeView>();
        Collect(machine.Pnp.Root, 0);
        return nodes;

        void Collect(DeviceNode node, int depth)
        {
            var history = node.StateHistory;
            nodes.Add(new KdDevNodeView(DevnodeDump.DevNodeAddress(node), node.PhysicalDeviceObject?.Address ?? 0, depth, node.InstancePath, node.Service,
                node.State, history.Count > 0 ? history[^1] : null, node.Problem, unchecked((uint)node.ProblemStatus)));
            foreach (var child in node.Children)
            {
                Collect(child, depth + 1);
            }
        }
    }
}
