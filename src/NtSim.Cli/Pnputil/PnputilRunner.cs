using System.Globalization;
using NtSim.Cli.Machines;
using NtSim.Setup;

namespace NtSim.Cli.Pnputil;

/// <summary>
/// Runs one pnputil command on a booted machine and prints what pnputil prints ("Microsoft PnP
/// Utility", then the command's fields, aligned as pnputil aligns them). Returns 0, or 1 when the
/// command failed; NtSim's detail follows pnputil's message as "(ntsim: ...)".
/// </summary>
internal sealed class PnputilRunner(Machine machine, DeviceSetup setup, TextWriter output)
{
    private const string ClassPath = @"\Registry\Machine\SYSTEM\CurrentControlSet\Control\Class";
    private const string EnumPath = @"\Registry\Machine\SYSTEM\CurrentControlSet\Enum";

    internal int Run(PnputilRequest request)
    {
        output.WriteLine("Microsoft PnP Utility");
        output.WriteLine();
        return request.Command switch
        {
            "add-driver" => AddDriver(request.Target!, request.Install),
            "delete-driver" => DeleteDriver(request.Target!, request.Force),
            "enum-drivers" => EnumDrivers(),
            _ => EnumDevices(),
        };
    }

    private int AddDriver(string inf, bool install)
    {
        output.WriteLine($"Adding driver package:  {Path.GetFileName(inf)}");
        var added = 0;
        try
        {
            if (InfFile.CannotRead(inf) is { } problem)
            {
                throw File.Exists(inf) || Directory.Exists(inf)
                    ? new IOException($"'{Path.GetFullPath(inf)}': {problem}.")
                    : new FileNotFoundException($"'{Path.GetFullPath(inf)}' does not exist.");
            }

            var package = setup.AddDriver(inf);

            // Adding the same package again finds it in the store; then it goes on the devices it matches.
            var devices = install ? setup.AddDriverAndInstall(inf) : [];

            output.WriteLine(package.AlreadyExists
                ? "Driver package added successfully. (Already exists in the system)"
                : "Driver package added successfully.");
            output.WriteLine($"Published Name:         {package.PublishedName}");
            if (install)
            {
                output.WriteLine(devices.Count > 0
                    ? "Driver package installed on matching devices."
                    : "Driver package is up-to-date on device(s).");
                foreach (var device in devices)
                {
                    output.WriteLine($"    {device.InstancePath}{ProblemNote(device)}");
                }
            }

            added = 1;
        }
        catch (FileNotFoundException e)
        {
            output.WriteLine("Failed to add driver package: The system cannot find the file specified.");
            output.WriteLine($"(ntsim: {e.Message})");
        }
        catch (DriverStoreException e)
        {
            output.WriteLine($"Failed to add driver package: {e.SystemMessage}");
            output.WriteLine($"(ntsim: {e.Detail})");
        }
        catch (Exception e) when (e is DeviceSetupException or InvalidOperationException or ArgumentException or IOException)
        {
            output.WriteLine($"Failed to add driver package: {e.Message}");
        }

        output.WriteLine();
        output.WriteLine("Total driver packages:  1");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Added driver packages:  {added}"));
        return added == 1 ? 0 : 1;
    }

    private int DeleteDriver(string publishedName, bool force)
    {
        try
        {
            setup.DeleteDriver(publishedName, force);
            output.WriteLine("Driver package deleted successfully.");
            return 0;
        }
        catch (DriverStoreException e)
        {
            output.WriteLine($"Failed to delete driver package: {e.SystemMessage}");
            output.WriteLine($"(ntsim: {e.Detail})");
            return 1;
        }
        catch (Exception e) when (e is DeviceSetupException or InvalidOperationException or ArgumentException or IOException)
        {
            output.WriteLine($"Failed to delete driver package: {e.Message}");
            return 1;
        }
    }

    private int EnumDrivers()
    {
        var packages = setup.Store.Packages;
        if (packages.Count == 0)
        {
            output.WriteLine("No driver packages found.");
        }

        foreach (var package in packages)
        {
            output.WriteLine($"Published Name:     {package.PublishedName}");
            output.WriteLine($"Original Name:      {package.OriginalName}");
            output.WriteLine($"Provider Name:      {package.Provider ?? "(unknown)"}");
            output.WriteLine($"Class Name:         {package.ClassName ?? "(unknown)"}");
            output.WriteLine($"Class GUID:         {package.ClassGuid?.ToString("B") ?? "(unknown)"}");
            output.WriteLine($"Driver Version:     {package.DriverDate?.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture) ?? "??/??/????"} {package.DriverVersion?.ToString() ?? ""}".TrimEnd());
            output.WriteLine($"Signer Name:        {package.Signer}");
            output.WriteLine();
        }

        return 0;
    }

    private int EnumDevices()
    {
        var registry = machine.Registry;
        foreach (var node in machine.Pnp.Nodes.Where(n => n != machine.Pnp.Root))
        {
            var key = $@"{EnumPath}\{node.InstancePath}";
            Field("Instance ID:", node.InstancePath);
            Field("Device Description:", node.Description);
            var classKey = node.ClassGuid is { } guid ? $@"{ClassPath}\{guid:B}" : null;
            Field("Class Name:", classKey is null ? null : registry.GetValue(classKey, "Class")?.String);
            Field("Class GUID:", node.ClassGuid?.ToString("B"));
            Field("Manufacturer Name:", registry.GetValue(key, "Mfg")?.String);
            Field("Status:", node.Problem == Wdm.CM_PROB_DISABLED ? "Disabled"
                : node.Problem != 0 ? "Problem"
                : node.State == DeviceNodeState.DeviceNodeStarted ? "Started" : "Stopped");
            if (node.Problem is not 0 and not Wdm.CM_PROB_DISABLED)
            {
                Field("Problem Code:", string.Create(CultureInfo.InvariantCulture, $"{node.Problem} (0x{node.Problem:X}) [CM_PROB_{ProblemNames.Of(node.Problem)}]"));
                Field("Problem Status:", string.Create(CultureInfo.InvariantCulture, $"0x{unchecked((uint)node.ProblemStatus):X8}"));
            }

            Field("Driver Name:", setup.InstalledPackage(node));
            output.WriteLine();
        }

        return 0;
    }

    private void Field(string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            output.WriteLine($"{name,-28}{value}");
        }
    }

    private static string ProblemNote(DeviceNode node) =>
        node.Problem == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $" (problem {node.Problem}: CM_PROB_{ProblemNames.Of(node.Problem)})");
}
