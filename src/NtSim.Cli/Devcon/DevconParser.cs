namespace NtSim.Cli.Devcon;

/// <summary>Parses `ntsim devcon` arguments: a verb of devcon's and what it takes.</summary>
internal static class DevconParser
{
    /// <summary>The verbs that take one or more device IDs.</summary>
    private static readonly string[] s_idVerbs =
        ["find", "findall", "status", "hwids", "stack", "drivernodes", "remove", "enable", "disable", "restart"];

    internal static string Usage => string.Join(Environment.NewLine,
        "Usage: ntsim devcon [--machine DIR] [--repair] [--seed N] <command> [<arg>...]",
        "  install <inf> <hwid>     install a root-enumerated device and its driver",
        "  update <inf> <hwid>      install the INF's driver on the devices with that hardware ID",
        "  remove <id> [<id>...]    remove devices",
        "  rescan                   scan for new hardware",
        "  find <id> [<id>...]      find devices; findall also lists devices that are not present",
        "  status <id> [<id>...]    running status of devices",
        "  hwids <id> [<id>...]     hardware and compatible IDs",
        "  stack <id> [<id>...]     expected driver stack, and the device objects of the actual one",
        "  drivernodes <id> [...]   the driver nodes of the store that match each device",
        "  enable|disable|restart <id> [<id>...]",
        "  classes                  the device setup classes",
        "<id>: * (all devices), a hardware ID with * wildcards (ROOT\\WIDGET, *widget*),",
        "      @ and an instance ID (@ROOT\\WIDGET\\0000), or ' and a literal ID ('*PNP0501).");

    internal static (DevconRequest? Request, string? Error) Parse(IReadOnlyList<string> tokens)
    {
        if (tokens.Count == 0)
        {
            return (null, "no command given");
        }

        var verb = tokens[0].ToLowerInvariant();
        var arguments = tokens.Skip(1).ToList();
        if (s_idVerbs.Contains(verb))
        {
            return arguments.Count == 0 || arguments.Any(string.IsNullOrWhiteSpace)
                ? (null, $"{verb} needs at least one device ID (* for all devices)")
                : (new DevconRequest(verb, arguments), null);
        }

        switch (verb)
        {
            case "install" or "update":
                return arguments.Count == 2 && arguments.All(a => !string.IsNullOrWhiteSpace(a))
                    ? (new DevconRequest(verb, arguments), null)
                    : (null, $"{verb} takes an INF file and a hardware ID: {verb} <inf> <hwid> (got {Describe(arguments)})");
            case "rescan" or "classes":
                return arguments.Count == 0
                    ? (new DevconRequest(verb, arguments), null)
                    : (null, $"{verb} takes no arguments (got {Describe(arguments)})");
            default:
                return (null, $"unknown command '{tokens[0]}' (commands: install, update, remove, rescan, find, findall, status, hwids, stack, drivernodes, enable, disable, restart, classes)");
        }
    }

    private static string Describe(List<string> arguments) => arguments.Count == 0 ? "none" : string.Join(" ", arguments);
}
