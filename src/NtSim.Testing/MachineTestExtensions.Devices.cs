using NtSim.Setup;
using Xunit;

namespace NtSim.Testing;

public static partial class MachineTestExtensions
{
    /// <summary>devcon install: adds the package of <paramref name="infPath"/> to the driver store (the
    /// INF and the files it names, from its folder), creates a root-enumerated device with
    /// <paramref name="hardwareId"/> and installs the package on it, then runs the machine until it is
    /// idle. Asserts the device started (else fails with its problem and log, the bug check's account,
    /// or what was wrong with the package). Returns its device node.</summary>
    public static DeviceNode InstallDevice(this Machine machine, string infPath, string hardwareId)
    {
        ArgumentNullException.ThrowIfNull(machine);
        ArgumentException.ThrowIfNullOrWhiteSpace(infPath);
        ArgumentException.ThrowIfNullOrWhiteSpace(hardwareId);
        var inf = Path.GetFullPath(infPath);
        if (!File.Exists(inf))
        {
            Assert.Fail($"InstallDevice: there is no INF file at {inf}.");
        }

        string instance;
        try
        {
            instance = machine.Setup.InstallRootDevice(inf, hardwareId);
        }
        catch (Exception e) when (e is DriverStoreException or DeviceSetupException)
        {
            Assert.Fail($"devcon install {inf} {hardwareId} failed: {e.Message}");
            throw;
        }

        NtAssert.Completed(machine, machine.RunUntilIdle());
        var node = machine.Pnp.Find(instance);
        if (node is null)
        {
            Assert.Fail($"devcon install {inf} {hardwareId}: the device {instance} is gone.");
        }

        if (node!.State != DeviceNodeState.DeviceNodeStarted)
        {
            Assert.Fail($"devcon install {inf} {hardwareId}: the device {instance} did not start: it is {node.State}"
                + (node.Problem != 0 ? $", problem {node.Problem}" : "")
                + (node.Log.Count > 0 ? Environment.NewLine + string.Join(Environment.NewLine, node.Log) : ""));
        }

        return node;
    }

    /// <summary>devcon remove: removes every device with <paramref name="hardwareId"/> among its hardware
    /// IDs (and so the devices a bus among them enumerated), then runs the machine until it is idle. A
    /// driver of their stacks that no device uses any more unloads; its unload report is asserted clean
    /// (<see cref="NtAssert.CleanUnload"/>) and returned.
    /// Fails when no device has the ID, a removal is vetoed, or the machine halts.</summary>
    public static IReadOnlyList<UnloadReport> RemoveDevice(this Machine machine, string hardwareId)
    {
        ArgumentNullException.ThrowIfNull(machine);
        ArgumentException.ThrowIfNullOrWhiteSpace(hardwareId);
        var nodes = machine.Pnp.Nodes.Where(n => n.HardwareIds.Contains(hardwareId, StringComparer.OrdinalIgnoreCase)).ToList();
        if (nodes.Count == 0)
        {
            Assert.Fail($"devcon remove {hardwareId}: no device has that hardware ID.");
        }

        // The services of the drivers of every stack that goes (a bus's children go with it), to see
        // which of them unload with the devices.
        var services = nodes.SelectMany(WithDescendants).SelectMany(n => n.Stack).Select(d => ServiceOf(d.DriverObject))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        foreach (var node in nodes)
        {
            // An earlier removal may have taken this device with its parent.
            if (machine.Pnp.Find(node.InstancePath) is null)
            {
                continue;
            }

            var removed = machine.Pnp.Remove(node.InstancePath);
            NtAssert.Completed(machine, removed.Run);
            if (removed.VetoedBy is { } veto)
            {
                Assert.Fail($"devcon remove {hardwareId}: the removal of {node.InstancePath} was vetoed by {veto.InstancePath} (status 0x{unchecked((uint)removed.VetoStatus):X8}).");
            }
        }

        NtAssert.Completed(machine, machine.RunUntilIdle());
        var reports = new List<UnloadReport>();
        foreach (var service in services.Where(s => DriverObject(machine, s) is null))
        {
            if (LastUnloadReport(machine, service) is { } report)
            {
                NtAssert.CleanUnload(report);
                reports.Add(report);
            }
        }

        return reports;
    }

    private static IEnumerable<DeviceNode> WithDescendants(DeviceNode node) => node.Children.SelectMany(WithDescendants).Prepend(node);

    /// <summary>The service's last unload report; null for a driver that is no service (the PnP manager's root).</summary>
    private static UnloadReport? LastUnloadReport(Machine machine, string service)
    {
        try
        {
            return machine.Services.Query(service).LastUnloadReport;
        }
        catch (ServiceControlException)
        {
            return null;
        }
    }
}
