using System.Globalization;
using NtSim.Setup;

namespace NtSim.Cli.Devcon;

/// <summary>
/// What devcon prints about one device (its dump.cpp): the instance line, then indented sections for
/// its name, status, IDs, driver stack and driver nodes, with NtSim's own additions marked "ntsim".
/// </summary>
internal static class DevconDump
{
    private const string Pad1 = "    ";
    private const string Pad2 = "        ";
    private const string ClassPath = @"\Registry\Machine\SYSTEM\CurrentControlSet\Control\Class";

    /// <summary>"ROOT\WIDGET\0000    : Widget Device", the instance ID padded to 60 columns as devcon prints it.</summary>
    internal static string WithInfo(string instancePath, string? info) =>
        info is null ? instancePath : $"{instancePath,-60}: {info}";

    internal static void Header(TextWriter output, DeviceEntry device)
    {
        output.WriteLine(device.InstancePath);
        if (device.Description is { Length: > 0 } description)
        {
            output.WriteLine($"{Pad1}Name: {description}");
        }
    }

    internal static void Status(TextWriter output, DeviceEntry device)
    {
        if (device.Node is not { } node)
        {
            output.WriteLine($"{Pad1}Device is not present.");
            return;
        }

        if (node.Problem == Wdm.CM_PROB_DISABLED)
        {
            output.WriteLine($"{Pad1}Device is disabled.");
            return;
        }

        if (node.Problem != 0)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Pad1}The device has the following problem: {node.Problem:D2}"));
            output.WriteLine($"{Pad1}(ntsim: {ProblemDetail(node)})");
        }

        if (node.State == DeviceNodeState.DeviceNodeStarted)
        {
            output.WriteLine($"{Pad1}Driver is running.");
        }
        else if (node.Problem == 0)
        {
            output.WriteLine($"{Pad1}Device is currently stopped.");
        }
    }

    internal static void HardwareIds(TextWriter output, DeviceEntry device)
    {
        if (device.HardwareIds.Count == 0 && device.CompatibleIds.Count == 0)
        {
            output.WriteLine($"{Pad1}No hardware/compatible IDs found for this device.");
            return;
        }

        List("Hardware IDs:", device.HardwareIds, output);
        List("Compatible IDs:", device.CompatibleIds, output);
    }

    /// <summary>devcon's expected stack (class, filters, controlling service from the registry), then the device objects the stack really has.</summary>
    internal static void Stack(TextWriter output, DeviceEntry device, MachineRegistry registry)
    {
        var key = $@"{DeviceCatalog.EnumPath}\{device.InstancePath}";
        var classGuid = registry.GetValue(key, "ClassGUID")?.String;
        string? classKey = null;
        if (Guid.TryParse(classGuid, out var guid))
        {
            classKey = $@"{ClassPath}\{guid.ToString("B")}";
            var className = registry.KeyExists(classKey) ? registry.GetValue(classKey, "Class")?.String : null;
            output.WriteLine($"{Pad1}Setup Class: {guid.ToString("B").ToUpperInvariant()} {className ?? "(?)"}");
        }
        else
        {
            output.WriteLine($"{Pad1}Device is not set up.");
        }

        List("Upper class filters:", ClassFilters(registry, classKey, "UpperFilters"), output, omitEmpty: true);
        List("Upper filters:", Strings(registry, key, "UpperFilters"), output, omitEmpty: true);
        var service = registry.GetValue(key, "Service")?.String;
        output.WriteLine($"{Pad1}Controlling service:");
        output.WriteLine($"{Pad2}{(string.IsNullOrEmpty(service) ? "(none)" : service)}");
        List("Class lower filters:", ClassFilters(registry, classKey, "LowerFilters"), output, omitEmpty: true);
        List("Lower filters:", Strings(registry, key, "LowerFilters"), output, omitEmpty: true);

        if (device.Node is { } node)
        {
            var stack = node.Stack;
            output.WriteLine($"{Pad1}Device objects (ntsim, top to bottom):");
            if (stack.Count == 0)
            {
                output.WriteLine($"{Pad2}(none)");
            }

            foreach (var deviceObject in stack)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{Pad2}0x{deviceObject.ObjectAddress:x16}  {deviceObject.DriverObject.DriverName,-22} {deviceObject.ObjectName ?? "(unnamed)"}"));
            }
        }
    }

    internal static void DriverNodes(TextWriter output, DriverSelection selection, IReadOnlyList<DriverPackage> packages)
    {
        if (selection.Nodes.Count == 0)
        {
            output.WriteLine($"{Pad1}No driver nodes found for this device.");
            return;
        }

        for (var i = 0; i < selection.Nodes.Count; i++)
        {
            var node = selection.Nodes[i];
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Pad1}Driver node #{i}:"));
            output.WriteLine($"{Pad2}Inf file is {node.InfPath}");
            output.WriteLine($"{Pad2}Inf section is {node.InstallSection}");
            output.WriteLine($"{Pad2}Driver description is {node.Description}");
            output.WriteLine($"{Pad2}Manufacturer name is {Manufacturer(node, packages) ?? "(unknown)"}");
            output.WriteLine($"{Pad2}Provider name is {node.Provider ?? "(unknown)"}");
            output.WriteLine($"{Pad2}Driver date is {node.DriverDate?.ToString("M/d/yyyy", CultureInfo.InvariantCulture) ?? "(unknown)"}");
            output.WriteLine($"{Pad2}Driver version is {node.DriverVersion?.ToString() ?? "(unknown)"}");
            output.WriteLine($"{Pad2}Driver node rank is {node.RankText}");
            output.WriteLine($"{Pad2}Driver node flags are 00000000");
            output.WriteLine($"{Pad2}(ntsim: matched {node.MatchingId})");
        }
    }

    /// <summary>The [Manufacturer] entry whose models section lists the node's install section and ID.</summary>
    private static string? Manufacturer(DriverNode node, IReadOnlyList<DriverPackage> packages)
    {
        var document = packages.Select(p => p.Document)
            .FirstOrDefault(d => string.Equals(Path.GetFullPath(d.FileName), Path.GetFullPath(node.InfPath), StringComparison.OrdinalIgnoreCase));
        return document?.Manufacturers.FirstOrDefault(m => m.Models("amd64", new Version(10, 0, 26100)).Any(model =>
            string.Equals(model.InstallSection, node.InstallSection, StringComparison.OrdinalIgnoreCase)
            && (string.Equals(model.HardwareId, node.MatchingId, StringComparison.OrdinalIgnoreCase)
                || model.CompatibleIds.Contains(node.MatchingId, StringComparer.OrdinalIgnoreCase))))?.Name;
    }

    private static void List(string title, IReadOnlyList<string> items, TextWriter output, bool omitEmpty = false)
    {
        if (items.Count == 0 && omitEmpty)
        {
            return;
        }

        output.WriteLine(Pad1 + title);
        foreach (var item in items)
        {
            output.WriteLine(Pad2 + item);
        }
    }

    private static IReadOnlyList<string> Strings(MachineRegistry registry, string key, string name) =>
        [.. (registry.GetValue(key, name)?.MultiString ?? []).Where(s => s.Length > 0)];

    private static IReadOnlyList<string> ClassFilters(MachineRegistry registry, string? classKey, string name) =>
        classKey is not null && registry.KeyExists(classKey) ? Strings(registry, classKey, name) : [];

    /// <summary>The PnP manager's note of the problem when it is the node's last ("problem 10 (CM_PROB_FAILED_START):
    /// IRP_MN_START_DEVICE failed with ..."), which already names the code and the status; else the code, the status and the last note.</summary>
    private static string ProblemDetail(DeviceNode node)
    {
        var last = node.Log.Count > 0 ? node.Log[^1] : null;
        var name = $"CM_PROB_{ProblemNames.Of(node.Problem)}";
        return last is not null && last.StartsWith(string.Create(CultureInfo.InvariantCulture, $"problem {node.Problem} ({name}):"), StringComparison.Ordinal)
            ? last
            : $"{name}, status 0x{unchecked((uint)node.ProblemStatus):X8}" + (last is null ? "" : "; " + last);
    }
}
