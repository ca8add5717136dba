using NtSim.Debugger.Engine;

namespace NtSim.Debugger.Commands.Wdf;

/// <summary><c>!wdfkd.wdflogdump driver</c>: the driver's in-flight recorder, as the framework renders it (kmdf.md 6.4).</summary>
internal sealed class WdfLogDumpCommand : KdCommand
{
    public override IReadOnlyList<string> Names { get; } = ["!wdfkd.wdflogdump", "!wdflogdump"];

    public override string Help => "!wdfkd.wdflogdump <drv> the KMDF driver's in-flight recorder (echo or echo.sys)";

    public override bool ReadsDumps => true;

    public override void Run(KdContext context, string name, string arguments)
    {
        var words = KdCommandLine.Words(arguments);
        if (words.Count != 1)
        {
            context.Error("!wdflogdump: one driver name is required (!wdflogdump <driver>[.sys])");
            return;
        }

        if (WdfLookup.Driver(context, "!wdflogdump", words[0]) is { } driver)
        {
            context.Output.Write(driver.Log);
        }
    }
}
