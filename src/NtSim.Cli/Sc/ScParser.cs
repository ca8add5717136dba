namespace NtSim.Cli.Sc;

/// <summary>
/// Parses `ntsim sc` requests: verbs in sc.exe's syntax (`create Hello binPath= Hello.dll start= demand`),
/// several chained by a standalone `then`. Option names are case-insensitive and take their value
/// in the next token (`binPath= x`), as sc.exe wants, or glued to the '=' (`binPath=x`).
/// </summary>
internal static class ScParser
{
    internal const string Separator = "then";

    internal static readonly string[] Verbs = ["create", "start", "stop", "delete", "query"];

    private static readonly Dictionary<string, uint> s_startTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["boot"] = Wdm.SERVICE_BOOT_START,
        ["system"] = Wdm.SERVICE_SYSTEM_START,
        ["auto"] = Wdm.SERVICE_AUTO_START,
        ["demand"] = Wdm.SERVICE_DEMAND_START,
        ["disabled"] = Wdm.SERVICE_DISABLED,
    };

    private static readonly Dictionary<string, uint> s_errorControls = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ignore"] = Wdm.SERVICE_ERROR_IGNORE,
        ["normal"] = Wdm.SERVICE_ERROR_NORMAL,
        ["severe"] = Wdm.SERVICE_ERROR_SEVERE,
        ["critical"] = Wdm.SERVICE_ERROR_CRITICAL,
    };

    internal static string Usage => string.Join(Environment.NewLine,
        "Usage: ntsim sc [options] <verb> [arguments] [then <verb> [arguments]]...",
        "  create <name> binPath= <driver.dll> [start= boot|system|auto|demand|disabled]",
        "                [error= ignore|normal|severe|critical] [type= kernel] [DisplayName= <text>]",
        "  start  <name>",
        "  stop   <name>     (then prints what the driver left behind)",
        "  delete <name>",
        "  query  [<name>]",
        "One machine boots per invocation; 'then' runs the next verb on it, for example:",
        "  ntsim sc create Hello binPath= Hello.dll then start Hello then query Hello then stop Hello",
        "With --machine DIR the machine persists (as devcon's): services stay created, and those running at the end",
        $"of an invocation (listed in DIR/{Machines.RunningServices.FileName}) are started again at the next, for example:",
        "  ntsim sc --machine m create Hello binPath= Hello.dll   (binPath is stored as an absolute path)",
        "  ntsim sc --machine m start Hello",
        "  ntsim run --machine m HelloClient.dll",
        "  ntsim sc --machine m stop Hello");

    /// <summary>The requests, or an error that says which token is wrong.</summary>
    internal static (List<ScRequest> Requests, string? Error) Parse(IReadOnlyList<string> tokens)
    {
        var requests = new List<ScRequest>();
        if (tokens.Count == 0)
        {
            return (requests, "no verb given");
        }

        var start = 0;
        for (var i = 0; i <= tokens.Count; i++)
        {
            if (i < tokens.Count && !string.Equals(tokens[i], Separator, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (i == start)
            {
                return (requests, $"'{Separator}' must stand between two verbs");
            }

            var (request, error) = ParseOne(tokens.Skip(start).Take(i - start).ToList());
            if (error is not null)
            {
                return (requests, error);
            }

            requests.Add(request!);
            start = i + 1;
        }

        return (requests, null);
    }

    private static (ScRequest? Request, string? Error) ParseOne(List<string> tokens)
    {
        var verb = tokens[0].ToLowerInvariant();
        var arguments = tokens.Skip(1).ToList();
        switch (verb)
        {
            case "create":
                return ParseCreate(arguments);
            case "start" or "stop" or "delete":
                return arguments.Count == 1 && !IsOption(arguments[0])
                    ? (new ScRequest(verb, arguments[0]), null)
                    : (null, $"{verb} takes one service name (got {Describe(arguments)})");
            case "query":
                return arguments.Count switch
                {
                    0 => (new ScRequest(verb, null), null),
                    1 when !IsOption(arguments[0]) => (new ScRequest(verb, arguments[0]), null),
                    _ => (null, $"query takes at most one service name (got {Describe(arguments)})"),
                };
            default:
                return (null, $"unknown verb '{tokens[0]}' (verbs: {string.Join(", ", Verbs)})");
        }
    }

    private static (ScRequest? Request, string? Error) ParseCreate(List<string> arguments)
    {
        if (arguments.Count == 0 || IsOption(arguments[0]))
        {
            return (null, "create needs a service name first: create <name> binPath= <driver.dll>");
        }

        var request = new ScRequest("create", arguments[0]);
        for (var i = 1; i < arguments.Count; i++)
        {
            var token = arguments[i];
            var equals = token.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                return (null, $"create: '{token}' is not an option (options end with '=', as in binPath= <path>)");
            }

            var option = token[..equals];
            var value = token[(equals + 1)..];
            if (value.Length == 0)
            {
                if (i + 1 >= arguments.Count)
                {
                    return (null, $"create: {option}= needs a value");
                }

                value = arguments[++i];
            }

            switch (option.ToLowerInvariant())
            {
                case "binpath":
                    request = request with { BinPath = value };
                    break;
                case "start" when s_startTypes.TryGetValue(value, out var startType):
                    request = request with { StartType = startType };
                    break;
                case "start":
                    return (null, $"create: start= {value} is not one of {string.Join("|", s_startTypes.Keys)}");
                case "error" when s_errorControls.TryGetValue(value, out var errorControl):
                    request = request with { ErrorControl = errorControl };
                    break;
                case "error":
                    return (null, $"create: error= {value} is not one of {string.Join("|", s_errorControls.Keys)}");
                case "type" when string.Equals(value, "kernel", StringComparison.OrdinalIgnoreCase):
                    break;
                case "type":
                    return (null, $"create: type= {value} is not supported (NtSim services are kernel drivers: type= kernel)");
                case "displayname":
                    request = request with { DisplayName = value };
                    break;
                default:
                    return (null, $"create: unknown option {option}= (options: binPath=, start=, error=, type=, DisplayName=)");
            }
        }

        return request.BinPath is null ? (null, "create: binPath= <driver.dll> is required") : (request, null);
    }

    private static bool IsOption(string token) => token.EndsWith('=') || token.Contains('=', StringComparison.Ordinal);

    private static string Describe(List<string> arguments) => arguments.Count == 0 ? "none" : string.Join(" ", arguments);
}
