namespace NtSim.Tests.Headers.CHeaders;

/// <summary>
/// The constants of the mingw-w64 headers (Debian package mingw-w64-common), read as a compiler for
/// x64 Windows 10 would see them. Each group of files is read by its own <see cref="CHeaderReader"/>,
/// in include order, so that one group's include guards do not hide another's definitions.
/// </summary>
internal sealed class MingwHeaders
{
    public const string DefaultIncludeDirectory = "/usr/share/mingw-w64/include";

    // The target: x64 (wdm.h redefines PASSIVE_LEVEL..HIGH_LEVEL per architecture), GCC, NTDDI_WIN10_CO.
    private static readonly Dictionary<string, string> s_predefined = new(StringComparer.Ordinal)
    {
        ["_WIN32"] = "1",
        ["_WIN64"] = "1",
        ["_AMD64_"] = "1",
        ["_M_AMD64"] = "100",
        ["_M_X64"] = "100",
        ["__x86_64__"] = "1",
        ["__x86_64"] = "1",
        ["__GNUC__"] = "13",
        ["__MINGW32__"] = "1",
        ["__MINGW64__"] = "1",
        ["_WIN32_WINNT"] = "0x0A00",
        ["WINVER"] = "0x0A00",
        ["NTDDI_VERSION"] = "0x0A00000B",
        ["__MSABI_LONG(x)"] = "x",
        ["WINAPI_FAMILY_PARTITION(x)"] = "1",
    };

    // Kernel-mode headers in the order ntddk.h includes them; then the user-mode ones on their own.
    private static readonly string[][] s_groups =
    [
        ["sdkddkver.h", "ntdef.h", "ntstatus.h", "dpfilter.h", "ddk/wdm.h", "ddk/ntddk.h"],
        ["bugcodes.h"],
        ["sdkddkver.h", "winioctl.h"],
        ["winerror.h"],
        ["cfg.h"],
    ];

    private readonly List<(string Group, CHeaderReader Reader)> _readers = [];

    private MingwHeaders(string includeDirectory)
    {
        IncludeDirectory = includeDirectory;
        foreach (var files in s_groups)
        {
            var reader = new CHeaderReader(s_predefined);
            foreach (var file in files)
            {
                reader.ReadFile(Path.Combine(includeDirectory, file));
            }

            _readers.Add((files[^1], reader));
        }
    }

    public string IncludeDirectory { get; }

    /// <summary>Files that must exist for the headers to count as installed.</summary>
    public static IReadOnlyList<string> RequiredFiles { get; } =
        s_groups.SelectMany(g => g).Distinct().ToList();

    public IEnumerable<string> Warnings => _readers.SelectMany(r => r.Reader.Warnings);

    /// <summary>Where the headers are looked for: $NTSIM_MINGW_INCLUDE if set, else the Debian location.</summary>
    public static string SearchedDirectory =>
        Environment.GetEnvironmentVariable("NTSIM_MINGW_INCLUDE") is { Length: > 0 } overridden ? overridden : DefaultIncludeDirectory;

    /// <summary>The include directory if every required header is there, else null.</summary>
    public static string? FindIncludeDirectory()
    {
        string directory = SearchedDirectory;
        return RequiredFiles.All(f => File.Exists(Path.Combine(directory, f))) ? directory : null;
    }

    private static readonly Lazy<MingwHeaders?> s_installed = new(() =>
        FindIncludeDirectory() is { } directory ? new MingwHeaders(directory) : null);

    /// <summary>The headers of this machine, read once; null if they are not installed.</summary>
    public static MingwHeaders? Installed => s_installed.Value;

    /// <summary>What the headers say about a name: its values (one per group that defines it) and errors.</summary>
    public HeaderLookup Lookup(string name)
    {
        var values = new List<(long Value, string File)>();
        var errors = new List<string>();
        foreach (var (group, reader) in _readers)
        {
            if (!reader.IsDefined(name))
            {
                continue;
            }

            string file = reader.OriginOf(name) ?? group;
            if (reader.TryEvaluateSymbol(name, out var error) is { } value)
            {
                values.Add((value, file));
            }
            else
            {
                errors.Add($"{file}: {error}");
            }
        }

        return new HeaderLookup(name, values, errors);
    }

    /// <summary>Evaluates a C expression against one group's definitions, e.g. an IOCTL of winioctl.h.</summary>
    public long? Evaluate(string lastFileOfGroup, string expression, out string? error) =>
        _readers.First(r => r.Group == lastFileOfGroup).Reader.TryEvaluateExpression(expression, out error);
}

/// <summary>The values of a name (with the file that defines each) and the errors of those that could not be evaluated.</summary>
internal sealed record HeaderLookup(string Name, IReadOnlyList<(long Value, string File)> Values, IReadOnlyList<string> Errors)
{
    public bool Found => Values.Count > 0 || Errors.Count > 0;
}
