using NtSim.Setup;

namespace NtSim.Cli.Run;

/// <summary>`ntsim run` of a user's client: the client assembly and its arguments, the driver (a service from
/// <see cref="Driver"/>, or the package <see cref="Inf"/> on a root device <see cref="HardwareId"/>) and the
/// machine (a new one, or the persistent one in <see cref="MachineFolder"/>).</summary>
internal sealed record ClientRunRequest(string Client, string[] Arguments, string? Driver, string? Service, string? Inf, string? HardwareId,
    string? MachineFolder, int Seed)
{
    /// <summary>The service name: --service, else the driver's file name without its extension (Hello.dll is Hello).</summary>
    internal string ServiceName => Service ?? Path.GetFileNameWithoutExtension(Driver!);

    /// <summary>The first problem of the arguments as one line, or null.</summary>
    internal string? Problem()
    {
        if (HardwareId is not null && Inf is null)
        {
            return "--hwid needs --inf: the package whose model the hardware ID names.";
        }

        if (Inf is not null && HardwareId is null)
        {
            return $"--inf {Inf} needs --hwid: the hardware ID of the root device to install the package on.";
        }

        if (Service is not null && (Driver is null || Inf is not null))
        {
            return "--service names the service --driver is created as; it needs --driver (and with --inf the INF names the service).";
        }

        return FileProblem("--inf", Inf, assembly: false) ?? FileProblem("--driver", Driver, assembly: true) ?? FileProblem("the client", Client, assembly: true);
    }

    private static string? FileProblem(string what, string? path, bool assembly)
    {
        if (path is null)
        {
            return null;
        }

        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return $"{what} '{path}' is not a usable path: {e.Message}";
        }

        if (!File.Exists(full))
        {
            return Directory.Exists(full) ? $"{what} '{full}' is a folder, not a file." : $"{what} '{full}' does not exist.";
        }

        if (!assembly)
        {
            return InfFile.CannotRead(full) is { } problem ? $"{what} '{full}' cannot be read: {problem}." : null;
        }

        try
        {
            System.Reflection.AssemblyName.GetAssemblyName(full);
            return null;
        }
        catch (Exception e) when (e is BadImageFormatException or FileLoadException)
        {
            return $"{what} '{full}' is not a .NET assembly.";
        }
    }
}
