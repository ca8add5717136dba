using System.Globalization;
using NtSim.Cli.Machines;
using NtSim.Setup;

namespace NtSim.Cli.Devcon;

/// <summary>
/// Runs one devcon command on a booted machine and prints what devcon prints. Returns the exit code:
/// 0, or 1 when no device matched or the operation failed (the reason on the error writer).
/// </summary>
internal sealed class DevconRunner(Machine machine, DeviceSetup setup, TextWriter output, TextWriter error)
{
    internal int Run(DevconRequest request)
    {
        try
        {
            return request.Verb switch
            {
                "install" => Install(request.Arguments[0], request.Arguments[1]),
                "update" => Update(request.Arguments[0], request.Arguments[1]),
                "rescan" => Rescan(),
                "classes" => Classes(),
                "find" or "findall" => Find(request),
                "remove" or "enable" or "disable" or "restart" => Control(request),
                _ => Dump(request),
            };
        }
        catch (Exception e) when (e is DriverStoreException or DeviceSetupException or InvalidOperationException or ArgumentException or IOException)
        {
            error.WriteLine($"ntsim devcon {request.Verb}: {e.Message}");
            output.WriteLine("devcon failed.");
            return 1;
        }
    }

    private int Install(string inf, string hardwareId)
    {
        if (!CheckInf(inf, "install"))
        {
            return 1;
        }

        var instance = setup.InstallRootDevice(Path.GetFullPath(inf), hardwareId);
        output.WriteLine("Device node created. Install is complete when drivers are installed...");
        output.WriteLine($"Updating drivers for {hardwareId} from {Path.GetFullPath(inf)}.");
        output.WriteLine("Drivers installed successfully.");
        ReportProblem(machine.Pnp.Find(instance));
        return 0;
    }

    private int Update(string inf, string hardwareId)
    {
        if (!CheckInf(inf, "update"))
        {
            return 1;
        }

        output.WriteLine($"Updating drivers for {hardwareId} from {Path.GetFullPath(inf)}.");
        var updated = setup.Update(Path.GetFullPath(inf), hardwareId);
        if (updated.Count == 0)
        {
            error.WriteLine($"ntsim devcon update: no device has the hardware ID {hardwareId}.");
            output.WriteLine("devcon failed.");
            return 1;
        }

        output.WriteLine("Drivers installed successfully.");
        foreach (var node in updated)
        {
            ReportProblem(node);
        }

        return 0;
    }

    private int Rescan()
    {
        output.WriteLine("Scanning for new hardware.");
        var status = machine.Pnp.Enumerate();
        if (status != RunStatus.Completed)
        {
            return Halted(status);
        }

        output.WriteLine("Scanning completed.");
        return 0;
    }

    private int Classes()
    {
        const string classPath = @"\Registry\Machine\SYSTEM\CurrentControlSet\Control\Class";
        var registry = machine.Registry;
        var classes = registry.GetSubKeyNames(classPath)
            .Select(guid => (Key: $@"{classPath}\{guid}", Name: registry.GetValue($@"{classPath}\{guid}", "Class")?.String))
            .Where(c => !string.IsNullOrEmpty(c.Name))
            .ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Listing {classes.Count} setup classes."));
        foreach (var (key, name) in classes)
        {
            var description = registry.GetValue(key, "")?.String is { Length: > 0 } text ? text : name;
            output.WriteLine($"{name,-20}: {description}");
        }

        return 0;
    }

    private int Find(DevconRequest request)
    {
        var devices = DeviceCatalog.Find(machine, request.Arguments, includeAbsent: request.Verb == "findall");
        foreach (var device in devices)
        {
            output.WriteLine(DevconDump.WithInfo(device.InstancePath, device.Description));
        }

        return Tail(devices.Count);
    }

    /// <summary>status, hwids, stack, drivernodes: a section per matching device.</summary>
    private int Dump(DevconRequest request)
    {
        var devices = DeviceCatalog.Find(machine, request.Arguments, includeAbsent: false);
        foreach (var device in devices)
        {
            DevconDump.Header(output, device);
            switch (request.Verb)
            {
                case "status":
                    DevconDump.Status(output, device);
                    break;
                case "hwids":
                    DevconDump.HardwareIds(output, device);
                    break;
                case "stack":
                    DevconDump.Stack(output, device, machine.Registry);
                    break;
                default:
                    DevconDump.DriverNodes(output, setup.DriverNodes(device.Node!), setup.Store.Packages);
                    break;
            }
        }

        return Tail(devices.Count);
    }

    /// <summary>remove, enable, disable, restart: "&lt;instance&gt;: Removed" per device, then devcon's count line.</summary>
    private int Control(DevconRequest request)
    {
        var devices = DeviceCatalog.Find(machine, request.Arguments, includeAbsent: false);
        var (done, failed, tail, none) = request.Verb switch
        {
            "remove" => ("Removed", "Remove failed", "{0} device(s) were removed.", "No devices were removed."),
            "enable" => ("Enabled", "Enable failed", "{0} device(s) are enabled.", "No devices were enabled, either because the devices were not found,\nor because the devices could not be enabled."),
            "disable" => ("Disabled", "Disable failed", "{0} device(s) disabled.", "No devices were disabled, either because the devices were not found,\nor because the devices could not be disabled."),
            _ => ("Restarted", "Restart failed", "{0} device(s) restarted.", "No devices were restarted, either because the devices were not found,\nor because the devices could not be restarted."),
        };
        var succeeded = 0;
        foreach (var device in devices)
        {
            // An earlier removal may have taken this device with its parent.
            if (machine.Pnp.Find(device.InstancePath) is null)
            {
                continue;
            }

            var result = request.Verb switch
            {
                "remove" => machine.Pnp.Remove(device.InstancePath),
                "enable" => machine.Pnp.Enable(device.InstancePath),
                "disable" => machine.Pnp.Disable(device.InstancePath),
                _ => machine.Pnp.Restart(device.InstancePath),
            };
            if (result.Run != RunStatus.Completed)
            {
                return Halted(result.Run);
            }

            output.WriteLine(DevconDump.WithInfo(device.InstancePath, result.Succeeded ? done : failed));
            if (result.VetoedBy is { } veto)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"    (ntsim: {veto.InstancePath} failed IRP_MN_QUERY_REMOVE_DEVICE with 0x{unchecked((uint)result.VetoStatus):X8})"));
            }
            else
            {
                succeeded++;
            }
        }

        if (succeeded == 0)
        {
            output.WriteLine(none.Replace("\n", Environment.NewLine, StringComparison.Ordinal));
            return 1;
        }

        output.WriteLine(string.Format(CultureInfo.InvariantCulture, tail, succeeded));
        return succeeded == devices.Count ? 0 : 1;
    }

    private int Tail(int count)
    {
        if (count == 0)
        {
            output.WriteLine("No matching devices found.");
            return 1;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count} matching device(s) found."));
        return 0;
    }

    private bool CheckInf(string inf, string verb)
    {
        if (InfFile.CannotRead(inf) is not { } problem)
        {
            return true;
        }

        error.WriteLine($"ntsim devcon {verb}: cannot open '{Path.GetFullPath(inf)}': {(File.Exists(inf) || Directory.Exists(inf) ? problem : "the INF file does not exist")}.");
        output.WriteLine("devcon failed.");
        return false;
    }

    /// <summary>NtSim's note when a device came up with a problem (a failed AddDevice or START).</summary>
    private void ReportProblem(DeviceNode? node)
    {
        if (node is { Problem: not 0 and not Wdm.CM_PROB_DISABLED })
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"(ntsim: {node.InstancePath} has problem {node.Problem} (CM_PROB_{ProblemNames.Of(node.Problem)}){(node.Log.Count > 0 ? ": " + node.Log[^1] : "")})"));
        }
    }

    private int Halted(RunStatus status)
    {
        output.WriteLine();
        if (machine.BugCheck is { } bugCheck)
        {
            output.WriteLine(bugCheck.StopLine);
            output.WriteLine(bugCheck.Account);
        }
        else
        {
            output.WriteLine(machine.StopReport is { } stop && stop.Status == status ? stop.ToString() : $"The machine stopped: {status}.");
        }

        return 1;
    }
}
