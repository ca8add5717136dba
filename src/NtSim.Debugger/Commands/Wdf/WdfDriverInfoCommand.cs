using NtSim.Debugger.Engine;
using NtSim.Debugger.Target.Views;

namespace NtSim.Debugger.Commands.Wdf;

/// <summary><c>!wdfkd.wdfdriverinfo driver [flags]</c>: the driver's image, library, globals, KMDF version, its
/// WDFDRIVER and devices (kmdf.md 6.4); flag 0x1 adds its KMDF verifier settings. No WdfBindInfo address,
/// build number or context lines: NtSim has none of them.</summary>
internal sealed class WdfDriverInfoCommand : KdCommand
{
    private const string Rule = "----------------------------------";

    public override IReadOnlyList<string> Names { get; } = ["!wdfkd.wdfdriverinfo", "!wdfdriverinfo"];

    public override string Help => "!wdfkd.wdfdriverinfo <drv> [flags]  a KMDF driver: globals, version, devices (0x1: verifier settings)";

    public override bool ReadsDumps => true;

    public override void Run(KdContext context, string name, string arguments)
    {
        var words = KdCommandLine.Words(arguments);
        if (words.Count is 0 or > 2)
        {
            context.Error("!wdfdriverinfo: a driver name is required (!wdfdriverinfo <driver>[.sys] [flags])");
            return;
        }

        var flags = words.Count == 2 ? context.Evaluate(words[1]) : 0;
        if (flags is null || WdfLookup.Driver(context, "!wdfdriverinfo", words[0]) is not { } info)
        {
            return;
        }

        context.Line(Rule);
        context.Line($"Default driver image name:   {info.ServiceName}");
        context.Line("WDF library image name:      Wdf01000");
        context.Line($" FxDriverGlobals  0x{info.Globals:x}");
        context.Line($"   Version        v{info.KmdfVersion}");
        context.Line(Rule);
        context.Line($"WDFDRIVER: 0x{info.Handle:x}");
        foreach (var device in info.Devices)
        {
            context.Line($"    !WDFDEVICE 0x{device:x}");
        }

        if ((flags & 0x1) != 0)
        {
            Verifier(context, info.ImageName, info.Verifier);
        }
    }

    // Layout of the settings is NtSim's: one line per registry value the framework read (kmdf-loading.md).
    private static void Verifier(KdContext context, string image, KdWdfVerifierView verifier)
    {
        context.Line();
        context.Line($"WDF Verifier settings for {image} is {OnOff(verifier.VerifierOn)}");
        context.Line($"  VerboseOn                  {OnOff(verifier.VerboseOn)}");
        context.Line($"  DbgBreakOnError            {OnOff(verifier.DbgBreakOnError)}");
        context.Line($"  VerifierAllocateFailCount  0x{verifier.VerifierAllocateFailCount:x}");
        context.Line($"  LogPages                   {verifier.LogPages}");
        context.Line($"  TrackHandles               {(verifier.TrackHandles.Count == 0 ? "(none)" : string.Join(" ", verifier.TrackHandles))}");
    }

    /// <summary>The driver as the target's view keeps it: the framework's WdfDriverInfo, its device handles and its log.</summary>
    internal static KdWdfDriverView Capture(FxDriverGlobals globals)
    {
        var info = WdfDriverInfo.Of(globals);
        var verifier = info.Verifier;
        return new KdWdfDriverView(info.ServiceName, info.ImageName, info.KmdfVersion, info.Handle, info.Globals,
            new KdWdfVerifierView(verifier.VerifierOn, verifier.VerboseOn, verifier.DbgBreakOnError, verifier.VerifierAllocateFailCount,
                verifier.LogPages, [.. verifier.TrackHandles]),
            [.. info.Devices.Select(d => d.Handle)], globals.Log.Dump());
    }

    private static string OnOff(bool on) => on ? "ON" : "OFF";
}
