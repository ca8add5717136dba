using System.Diagnostics;

namespace NtSim.Setup;

/// <summary>
/// An AddService directive (<c>AddService = ServiceName, [flags], service-install-section, ...</c>)
/// with its service-install section: ServiceType, StartType, ErrorControl, ServiceBinary,
/// LoadOrderGroup, Dependencies ("INF AddService Directive").
/// </summary>
[DebuggerDisplay("{ServiceName,nq} type {ServiceType} start {StartType} {ServiceBinary,nq}")]
public sealed class InfServiceInstall
{
    /// <summary>SPSVCINST_ASSOCSERVICE: the service is the device's function driver.</summary>
    public const uint SPSVCINST_ASSOCSERVICE = 0x00000002;

    internal InfServiceInstall(InfLine line, InfSection? section)
    {
        ServiceName = line[0].Trim();
        Flags = InfNumber.Parse(line[1]) ?? 0;
        InstallSectionName = line[2].Trim();
        Section = section;
        Line = line.Line;
        if (section is null)
        {
            return;
        }

        DisplayName = section.ValueOf("DisplayName");
        Description = section.ValueOf("Description");
        ServiceType = section.ValueOf("ServiceType") is { } type ? InfNumber.Parse(type) : null;
        StartType = section.ValueOf("StartType") is { } start ? InfNumber.Parse(start) : null;
        ErrorControl = section.ValueOf("ErrorControl") is { } error ? InfNumber.Parse(error) : null;
        ServiceBinary = section.ValueOf("ServiceBinary");
        LoadOrderGroup = section.ValueOf("LoadOrderGroup");
        Dependencies = [.. section.LinesWithKey("Dependencies").SelectMany(l => l.Values).Select(v => v.Trim()).Where(v => v.Length > 0)];
    }

    /// <summary>The service's name (its key under Services).</summary>
    public string ServiceName { get; }

    /// <summary>The SPSVCINST_* flags (0 when absent).</summary>
    public uint Flags { get; }

    /// <summary>SPSVCINST_ASSOCSERVICE is set: the service is the device's function driver.</summary>
    public bool IsFunctionDriver => (Flags & SPSVCINST_ASSOCSERVICE) != 0;

    /// <summary>The name of the service-install section.</summary>
    public string InstallSectionName { get; }

    /// <summary>The service-install section, or null when the INF lacks it.</summary>
    public InfSection? Section { get; }

    /// <summary>The 1-based line of the AddService directive.</summary>
    public int Line { get; }

    /// <summary>The service's DisplayName, or null.</summary>
    public string? DisplayName { get; }

    /// <summary>The service's Description, or null.</summary>
    public string? Description { get; }

    /// <summary>SERVICE_KERNEL_DRIVER (1), SERVICE_FILE_SYSTEM_DRIVER (2), SERVICE_WIN32_OWN_PROCESS (0x10) ...</summary>
    public uint? ServiceType { get; }

    /// <summary>SERVICE_BOOT_START (0) ... SERVICE_DEMAND_START (3), SERVICE_DISABLED (4).</summary>
    public uint? StartType { get; }

    /// <summary>SERVICE_ERROR_IGNORE (0), SERVICE_ERROR_NORMAL (1), SERVICE_ERROR_SEVERE (2) or SERVICE_ERROR_CRITICAL (3).</summary>
    public uint? ErrorControl { get; }

    /// <summary>The image path as written, e.g. %13%\filter.sys (see <see cref="InfDirids.Resolve"/>).</summary>
    public string? ServiceBinary { get; }

    /// <summary>The service's load order group, or null.</summary>
    public string? LoadOrderGroup { get; }

    /// <summary>The services and groups (+group) the service depends on.</summary>
    public IReadOnlyList<string> Dependencies { get; } = [];
}
