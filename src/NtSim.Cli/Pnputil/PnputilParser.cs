namespace NtSim.Cli.Pnputil;

/// <summary>Parses `ntsim pnputil` arguments: pnputil's slash commands and options (a leading '-' works too; case-insensitive).</summary>
internal static class PnputilParser
{
    internal static string Usage => string.Join(Environment.NewLine,
        "Usage: ntsim pnputil [--machine DIR] [--repair] [--seed N] <command>",
        "  /add-driver <filename.inf> [/install]   add a driver package to the driver store (and install it on matching devices)",
        "  /delete-driver <oem#.inf> [/force]      delete a driver package from the driver store",
        "  /enum-drivers                           list the driver packages in the driver store",
        "  /enum-devices                           list the devices",
        "Examples:",
        "  ntsim pnputil /add-driver toastpkg.inf /install",
        "  ntsim pnputil /delete-driver oem0.inf");

    internal static (PnputilRequest? Request, string? Error) Parse(IReadOnlyList<string> tokens)
    {
        if (tokens.Count == 0)
        {
            return (null, "no command given");
        }

        var command = Switch(tokens[0]);
        var rest = tokens.Skip(1).ToList();
        var target = rest.Where(t => Switch(t) is null).ToList();
        var options = rest.Select(Switch).OfType<string>().ToList();
        switch (command)
        {
            case "add-driver":
                return Check(command, target, options, ["install"], "/add-driver <filename.inf> [/install]")
                    ?? (new PnputilRequest(command, target[0], Install: options.Contains("install")), null);
            case "delete-driver":
                return Check(command, target, options, ["force"], "/delete-driver <oem#.inf> [/force]")
                    ?? (new PnputilRequest(command, target[0], Force: options.Contains("force")), null);
            case "enum-drivers" or "enum-devices":
                return rest.Count == 0
                    ? (new PnputilRequest(command), null)
                    : (null, $"/{command} takes no arguments here (got {string.Join(" ", rest)})");
            default:
                return (null, $"unknown command '{tokens[0]}' (commands: /add-driver, /delete-driver, /enum-drivers, /enum-devices)");
        }
    }

    private static (PnputilRequest?, string?)? Check(string command, List<string> target, List<string> options, string[] allowed, string syntax)
    {
        if (options.FirstOrDefault(o => !allowed.Contains(o)) is { } unknown)
        {
            return (null, $"/{command} has no option /{unknown} ({syntax})");
        }

        return target.Count == 1 && !string.IsNullOrWhiteSpace(target[0])
            ? null
            : (null, $"/{command} takes one file name: {syntax} (got {(target.Count == 0 ? "none" : string.Join(" ", target))})");
    }

    /// <summary>"add-driver" for "/add-driver" or "-ADD-DRIVER"; null for a token that is not a switch
    /// (a path such as /tmp/x.inf has a second '/' or a '.').</summary>
    private static string? Switch(string token) =>
        token.Length > 1 && token[0] is '/' or '-' && token.Skip(1).All(c => char.IsAsciiLetter(c) || c == '-')
            ? token[1..].ToLowerInvariant()
            : null;
}
