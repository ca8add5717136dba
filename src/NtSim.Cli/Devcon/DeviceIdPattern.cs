using System.Text.RegularExpressions;

namespace NtSim.Cli.Devcon;

/// <summary>
/// A devcon &lt;id&gt;: <c>*</c> (every device), a hardware or compatible ID with <c>*</c> wildcards
/// (case-insensitive), <c>@</c> and an instance ID (wildcards allowed), or <c>'</c> and an ID matched
/// literally, asterisks included.
/// </summary>
internal sealed class DeviceIdPattern
{
    private readonly Regex _regex;
    private readonly bool _instance;

    private DeviceIdPattern(string text, Regex regex, bool instance)
    {
        Text = text;
        _regex = regex;
        _instance = instance;
    }

    internal string Text { get; }

    internal static DeviceIdPattern Parse(string text)
    {
        var instance = text.StartsWith('@');
        var body = instance ? text[1..] : text;
        string expression;
        if (body.StartsWith('\''))
        {
            expression = Regex.Escape(body[1..]);
        }
        else
        {
            expression = string.Join(".*", body.Split('*').Select(Regex.Escape));
        }

        return new DeviceIdPattern(text, new Regex("^" + expression + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), instance);
    }

    /// <summary>Whether a device matches: its instance ID for <c>@</c> patterns, else any of its hardware and compatible IDs.</summary>
    internal bool Matches(DeviceEntry device) =>
        _instance ? _regex.IsMatch(device.InstancePath) : device.HardwareIds.Concat(device.CompatibleIds).Any(_regex.IsMatch);

    /// <summary>Whether the pattern names the root device itself (only <c>@HTREE\ROOT\0</c> does; <c>*</c> does not).</summary>
    internal bool NamesRoot => _instance && _regex.IsMatch(PnpManager.RootInstancePath);
}
