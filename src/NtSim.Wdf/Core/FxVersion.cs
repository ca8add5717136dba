using System.Diagnostics;
using System.Reflection;

namespace NtSim;

/// <summary>A KMDF library version (major.minor): what a Windows release ships and what a driver was built for.</summary>
[DebuggerDisplay("{ToString(),nq}")]
internal readonly record struct FxVersion(uint Major, uint Minor) : IComparable<FxVersion>
{
    /// <summary>The newest KMDF the framework implements (public headers up to 1.33).</summary>
    internal static FxVersion Newest { get; } = new(1, 33);

    /// <summary>The KMDF version in the box of <paramref name="windows"/> ("KMDF version history",
    /// column "Included in"; 1909 is an enablement package over 1903, 20H2 to 22H2 over 2004).</summary>
    internal static FxVersion Of(WindowsVersion windows) => windows.Build switch
    {
        >= 22000 => new(1, 33),
        >= 19041 => new(1, 31),
        >= 18362 => new(1, 29),
        >= 17763 => new(1, 27),
        >= 17134 => new(1, 25),
        >= 16299 => new(1, 23),
        >= 15063 => new(1, 21),
        >= 14393 => new(1, 19),
        >= 10586 => new(1, 17),
        >= 10240 => new(1, 15),
        >= 9600 => new(1, 13),
        >= 9200 => new(1, 11),
        _ => new(1, 9),
    };

    /// <summary>The version <paramref name="driverType"/> was built for: its <see cref="KmdfVersionAttribute"/>,
    /// else its assembly's, else <see cref="Newest"/>.</summary>
    internal static FxVersion OfDriver(Type? driverType)
    {
        var attribute = driverType?.GetCustomAttribute<KmdfVersionAttribute>(inherit: false)
            ?? driverType?.Assembly.GetCustomAttribute<KmdfVersionAttribute>();
        return attribute is null ? Newest : new FxVersion(attribute.Major, attribute.Minor);
    }

    /// <summary>Whether a driver built for this version runs on <paramref name="library"/>: same major, minor not newer.</summary>
    internal bool RunsOn(FxVersion library) => Major == library.Major && Minor <= library.Minor;

    public int CompareTo(FxVersion other) => Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    public static bool operator <(FxVersion left, FxVersion right) => left.CompareTo(right) < 0;

    public static bool operator >(FxVersion left, FxVersion right) => left.CompareTo(right) > 0;

    public static bool operator <=(FxVersion left, FxVersion right) => left.CompareTo(right) <= 0;

    public static bool operator >=(FxVersion left, FxVersion right) => left.CompareTo(right) >= 0;

    public override string ToString() => $"{Major}.{Minor}";
}
