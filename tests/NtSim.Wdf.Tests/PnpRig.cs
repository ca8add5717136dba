using NtSim.WdfTests.Drivers;

namespace NtSim.WdfTests;

/// <summary>Steps of the PnP state machine tests: a probe device, and the states its machines entered.</summary>
internal static class PnpRig
{
    /// <summary>Installs <see cref="PnpProbeDriver"/> as the probe's service with a root device; returns the instance path.
    /// The driver's in-flight recorder gets 16 pages (LogPages), so that a test can read a whole sequence from it.</summary>
    public static string Install(Machine machine, PnpProbe probe)
    {
        machine.Services.Install<PnpProbeDriver>(probe.Service);
        KmdfRig.ReportWithoutBreak(machine, probe.Service);
        machine.Registry.CreateKey(FxVerifierSettings.KeyPath(probe.Service));
        machine.Registry.SetValue(FxVerifierSettings.KeyPath(probe.Service), "LogPages", 16u);
        return machine.Pnp.CreateRootDevice(probe.Service, [$@"root\{probe.Service}"], service: probe.Service);
    }

    /// <summary>The live device's framework object.</summary>
    public static FxDevice Device(PnpProbe probe) => (FxDevice)probe.Device.Target!;

    /// <summary>The states one machine entered, in order, from "entering &lt;what&gt; X from Y" recorder lines.</summary>
    public static List<string> Entered(IEnumerable<string> log, string what)
    {
        var marker = $" entering {what} ";
        return [.. log.Select(l => l.IndexOf(marker, StringComparison.Ordinal) is var i and >= 0 ? l[(i + marker.Length)..].Split(' ')[0] : null)
            .OfType<string>()];
    }

    /// <summary>The states after the last time the machine entered <paramref name="from"/> (that one excluded).</summary>
    public static List<string> After(List<string> states, string from) => states[(states.LastIndexOf(from) + 1)..];

    /// <summary>The recorder lines of the probe's driver, while it is loaded.</summary>
    public static IReadOnlyList<string> Log(PnpProbe probe) => Device(probe).Globals.Log.Lines;
}
