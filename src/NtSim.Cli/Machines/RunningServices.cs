namespace NtSim.Cli.Machines;

/// <summary>
/// What keeps a persistent machine "on" between invocations: at the end of each, the services that
/// are running are listed in the machine folder's <see cref="FileName"/> (NtSim's own file, one service
/// name a line; the registry keeps only how services are configured, as on Windows), and the next boot
/// starts them again, quietly, after the device tree is enumerated (which restarts the Plug and Play
/// drivers by itself). A machine that halted (a bug check) has nothing running: it boots clean.
/// </summary>
internal static class RunningServices
{
    /// <summary>The file in the machine folder that lists the services running when the last invocation ended.</summary>
    internal const string FileName = "RunningServices.txt";

    private const string ServicesKey = @"\Registry\Machine\SYSTEM\CurrentControlSet\Services";

    internal static string PathIn(string folder) => Path.Combine(folder, FileName);

    /// <summary>Starts the services the file lists that are not running yet; a service that no longer starts
    /// is one line on <paramref name="error"/>. Nothing is printed otherwise.</summary>
    internal static void Restore(Machine machine, TextWriter error, string tool)
    {
        var file = PathIn(machine.Options.Folder!);
        string[] names;
        try
        {
            names = File.Exists(file) ? File.ReadAllLines(file) : [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{tool}: cannot read '{file}' (the services running at the last invocation): {e.Message}");
            return;
        }

        foreach (var name in names.Select(n => n.Trim()).Where(n => n.Length > 0 && !n.StartsWith('#')))
        {
            try
            {
                if (machine.Services.Query(name).State == ServiceState.Stopped && machine.Services.Start(name) != RunStatus.Completed)
                {
                    error.WriteLine($"{tool}: the machine stopped restarting the service {name} (listed in {FileName}).");
                    return;
                }
            }
            catch (ServiceControlException e)
            {
                error.WriteLine($"{tool}: the service {name}, running at the last invocation, did not start again: {e.Detail}");
            }
        }
    }

    /// <summary>Writes the services running now to the machine folder's file (none when the machine halted).</summary>
    internal static void Record(Machine machine, TextWriter error, string tool)
    {
        var file = PathIn(machine.Options.Folder!);
        var running = machine.BugCheck is not null ? [] : All(machine).Where(s => s.State == ServiceState.Running).Select(s => s.Name).ToList();
        try
        {
            if (running.Count == 0)
            {
                File.Delete(file);
                return;
            }

            File.WriteAllLines(file, ["# NtSim: the services running when the last invocation on this machine ended; the next boot starts them again.", .. running]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{tool}: cannot write '{file}' (the services running now): {e.Message}");
        }
    }

    /// <summary>Every service of the machine, those known only from their registry keys (written by an
    /// earlier invocation) included: sc query lists them all.</summary>
    internal static IReadOnlyList<ServiceStatus> All(Machine machine)
    {
        foreach (var name in machine.Registry.GetSubKeyNames(ServicesKey))
        {
            if (machine.Registry.GetValue($@"{ServicesKey}\{name}", "ImagePath")?.String is { Length: > 0 })
            {
                // Query adopts a service known only from its key.
                machine.Services.Query(name);
            }
        }

        return machine.Services.QueryAll();
    }
}
