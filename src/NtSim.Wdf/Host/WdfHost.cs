namespace NtSim;

/// <summary>
/// The framework of one machine as the host sees it: each call takes a fresh snapshot of the KMDF
/// drivers bound to it (read-only records; nothing here changes the machine or waits on it).
/// </summary>
public sealed class WdfHost
{
    private readonly FxLibrary _library;

    internal WdfHost(FxLibrary library) => _library = library;

    /// <summary>The KMDF version of the machine's Windows release ("1.33"), as !wdfldr lists the library.</summary>
    public string LibraryVersion => _library.Version.ToString();

    /// <summary>The KMDF drivers bound to the framework now, by service name.</summary>
    public IReadOnlyList<WdfDriverInfo> Drivers =>
        [.. _library.Clients.OrderBy(c => c.ServiceName, StringComparer.OrdinalIgnoreCase).Select(WdfDriverInfo.Of)];

    /// <summary>The KMDF driver of service <paramref name="serviceName"/>, or null if none is bound.</summary>
    public WdfDriverInfo? Driver(string serviceName) => Find(serviceName) is { } globals ? WdfDriverInfo.Of(globals) : null;

    /// <summary>The in-flight recorder of <paramref name="serviceName"/> as !wdflogdump prints it, or null.</summary>
    public string? LogDump(string serviceName) => Find(serviceName)?.Log.Dump();

    /// <summary>The in-flight recorder's entries of <paramref name="serviceName"/>, oldest first (empty if none).</summary>
    public IReadOnlyList<string> Log(string serviceName) => Find(serviceName)?.Log.Lines ?? [];

    private FxDriverGlobals? Find(string serviceName) =>
        _library.Clients.FirstOrDefault(c => string.Equals(c.ServiceName, serviceName, StringComparison.OrdinalIgnoreCase));
}
