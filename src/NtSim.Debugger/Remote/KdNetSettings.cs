using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace NtSim.Debugger.Remote;

/// <summary>
/// A network debugging connection as the target's <c>--debug</c> and the host's <c>-k</c> spell it, after WinDbg's
/// <c>-k net:port=N,key=W.X.Y.Z</c>: the port on 127.0.0.1 and the key. Only the loopback interface is used, so
/// KDNET's <c>hostip</c>/<c>target</c> settings are refused rather than ignored.
/// </summary>
internal sealed record KdNetSettings(int Port, KdNetKey Key)
{
    private const string Shape = "net:port=N,key=W.X.Y.Z";

    /// <summary>Parses <c>net:port=N,key=W.X.Y.Z</c>; the problem is one line (a bad key names its word).
    /// <paramref name="anyPort"/> lets port 0 choose a free port (tests).</summary>
    internal static bool TryParse(string text, bool anyPort, [NotNullWhen(true)] out KdNetSettings? settings, [NotNullWhen(false)] out string? problem)
    {
        settings = null;
        if (!text.StartsWith("net:", StringComparison.OrdinalIgnoreCase))
        {
            problem = $"'{text}' is not a network connection: NtSim debugs over {Shape} (on 127.0.0.1)";
            return false;
        }

        int? port = null;
        string? keyText = null;
        foreach (var part in text["net:".Length..].Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? part : part[..equals];
            var value = equals < 0 ? "" : part[(equals + 1)..];
            switch (name.ToLowerInvariant())
            {
                case "port":
                    if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number > 65535 || (number == 0 && !anyPort))
                    {
                        problem = $"port '{value}' is not a TCP port (1-65535; KDNET recommends 50000-50039)";
                        return false;
                    }

                    port = number;
                    break;
                case "key":
                    keyText = value;
                    break;
                case "hostip" or "target" or "server":
                    problem = $"'{name}' is not taken: NtSim listens and connects on the loopback interface (127.0.0.1) only";
                    return false;
                default:
                    problem = $"'{name}' is not a setting of {Shape}";
                    return false;
            }
        }

        if (port is null || keyText is null)
        {
            problem = $"'{text}' lacks its {(port is null ? "port" : "key")}: {Shape}";
            return false;
        }

        if (!KdNetKey.TryParse(keyText, out var key, out problem))
        {
            return false;
        }

        settings = new KdNetSettings(port.Value, key);
        return true;
    }
}
