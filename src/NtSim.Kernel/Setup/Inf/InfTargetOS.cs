using System.Diagnostics;
using System.Globalization;

namespace NtSim.Setup;

/// <summary>
/// A TargetOSVersion decoration of a [Manufacturer] entry:
/// <c>NT[Architecture][.[OSMajorVersion][.[OSMinorVersion][.[ProductType][.[SuiteMask][.[BuildNumber]]]]]]</c>
/// ("Combining platform extensions with operating system versions"). An empty field matches any value.
/// </summary>
[DebuggerDisplay("{Text,nq}")]
public sealed class InfTargetOS
{
    private static readonly string[] s_architectures = ["amd64", "x86", "arm64", "arm", "ia64"];

    private InfTargetOS(string text, string? architecture, int[] version, int? productType, int? suiteMask)
    {
        Text = text;
        Architecture = architecture;
        Version = version;
        ProductType = productType;
        SuiteMask = suiteMask;
    }

    /// <summary>The decoration as written (NTamd64.10.0...16299).</summary>
    public string Text { get; }

    /// <summary>amd64, x86, arm64 ... or null for a plain NT decoration.</summary>
    public string? Architecture { get; }

    /// <summary>Major, minor and build (0 when absent).</summary>
    public IReadOnlyList<int> Version { get; }

    /// <summary>The product type (VER_NT_WORKSTATION 1, ...), or null for any.</summary>
    public int? ProductType { get; }

    /// <summary>The suite mask (VER_SUITE_*), or null for any.</summary>
    public int? SuiteMask { get; }

    /// <summary>The decoration <paramref name="text"/> read, or null when it does not start with NT.</summary>
    public static InfTargetOS? TryParse(string text)
    {
        var parts = text.Trim().Split('.');
        if (!parts[0].StartsWith("NT", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var platform = parts[0][2..];
        string? architecture = null;
        if (platform.Length > 0)
        {
            architecture = s_architectures.FirstOrDefault(a => a.Equals(platform, StringComparison.OrdinalIgnoreCase));
            if (architecture is null)
            {
                return null;
            }
        }

        int Field(int index) => index < parts.Length && parts[index].Length > 0 && TryNumber(parts[index], out var v) ? v : 0;
        int? Optional(int index) => index < parts.Length && parts[index].Length > 0 && TryNumber(parts[index], out var v) ? v : null;
        return new InfTargetOS(text.Trim(), architecture, [Field(1), Field(2), Field(5)], Optional(3), Optional(4));
    }

    /// <summary>Whether a machine of this architecture and version (major, minor, build) may use the section.</summary>
    public bool Matches(string architecture, Version osVersion)
    {
        if (Architecture is not null && !Architecture.Equals(architecture, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // The decoration names the oldest OS the section is for; a workstation is assumed (product type 1).
        return Compare(Version, osVersion) <= 0 && ProductType is null or 1;
    }

    internal static int Compare(IReadOnlyList<int> decoration, Version os)
    {
        int[] osParts = [os.Major, Math.Max(os.Minor, 0), Math.Max(os.Build, 0)];
        for (int i = 0; i < 3; i++)
        {
            if (decoration[i] != osParts[i])
            {
                return decoration[i].CompareTo(osParts[i]);
            }
        }

        return 0;
    }

    private static bool TryNumber(string text, out int value)
        => text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            ? int.TryParse(text.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out value)
            : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
