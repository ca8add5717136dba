using System.Globalization;
using NtSim.Cli.Devcon;
using NtSim.Samples.Toaster.Apps;
using NtSim.Setup;

namespace NtSim.Cli.Demo;

/// <summary>
/// The demo's Plug and Play part: the toaster family installed from its INF packages as devcon and
/// pnputil do it, three toasters plugged in with the enum application, the device tree and a
/// toaster's stack, the toast application reading, one toaster unplugged, then the bus removed and
/// every PnP driver unloaded with its leak report.
/// </summary>
internal sealed class ToasterDemo(Machine machine, TextWriter output)
{
    private static readonly string[] Drivers = ["busenum", "toaster", "devupper", "devlower"];

    internal bool Run()
    {
        output.WriteLine("== Plug and Play: the toaster (WDK general/toaster, WDM drivers)");
        string bus;
        try
        {
            output.WriteLine(@"> devcon install busenum.inf root\busenum");
            bus = machine.Setup.InstallRootDevice(Path.Combine(SampleCatalog.DriversFolder, "busenum.inf"), @"root\busenum");
            output.WriteLine($"  {bus}: {Status(machine.Pnp.Find(bus))}");
            output.WriteLine("> pnputil /add-driver toaster.inf");
            var package = machine.Setup.AddDriver(Path.Combine(SampleCatalog.DriversFolder, "toaster.inf"));
            output.WriteLine($"  Published Name: {package.PublishedName} ({package.OriginalName}, class {package.ClassName})");
        }
        catch (Exception e) when (e is DeviceSetupException or DriverStoreException)
        {
            output.WriteLine("  " + e.Message);
            return false;
        }

        var ok = true;
        foreach (var serial in new[] { "1", "2", "3" })
        {
            ok &= RunApp("enum", EnumApp.Main, ["-p", serial]) == 0;
        }

        output.WriteLine("> ntsim tree   (!devnode 0 1)");
        var tree = new StringWriter(CultureInfo.InvariantCulture);
        tree.Write(machine.DumpDeviceTree());
        Indent(tree.ToString());
        var first = machine.Pnp.Nodes.FirstOrDefault(n => n.Parent?.InstancePath == bus);
        if (first is not null)
        {
            output.WriteLine($"> devcon stack @{first.InstancePath}");
            var stack = new StringWriter(CultureInfo.InvariantCulture);
            DevconDump.Header(stack, DeviceEntry.Of(first));
            DevconDump.Stack(stack, DeviceEntry.Of(first), machine.Registry);
            Indent(stack.ToString());
        }

        ok &= RunApp("toast", ToastApp.Main, ["3"]) == 0;
        ok &= RunApp("enum", EnumApp.Main, ["-u", "2"]) == 0;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  toasters now: {string.Join(", ", machine.Pnp.Nodes.Where(n => n.Parent?.InstancePath == bus).Select(n => n.InstancePath[(n.InstancePath.LastIndexOf('\\') + 1)..]))}"));

        output.WriteLine($"> devcon remove @{bus}");
        var removed = machine.Pnp.Remove(bus);
        output.WriteLine(removed.Succeeded ? $"  {bus}: Removed" : $"  {bus}: removal vetoed by {removed.VetoedBy?.InstancePath}");
        ok &= removed.Succeeded;
        foreach (var driver in Drivers)
        {
            UnloadReport? report;
            try
            {
                report = machine.Services.Query(driver).LastUnloadReport;
            }
            catch (ServiceControlException e)
            {
                output.WriteLine($"  [PnP] {driver}: {e.Message}");
                ok = false;
                continue;
            }

            output.WriteLine(report is null ? $"  [PnP] {driver}: still loaded" : "  " + SampleSession.Describe(report).Replace("[SC]", "[PnP]", StringComparison.Ordinal));
            ok &= report is { IsClean: true, ImageUnloaded: true };
            if (report is { LoadContextCollected: false })
            {
                Indent(report.ToString());
            }
        }

        return ok && machine.BugCheck is null;
    }

    private int RunApp(string name, Func<string[], int> main, string[] args)
    {
        output.WriteLine($"> {name} {string.Join(' ', args)}");
        var app = machine.StartProcess(name, main, args);
        var status = app.WaitForExit();
        if (status == RunStatus.Completed)
        {
            // What the application set off (a bus enumeration on the PnP worker) finishes too.
            status = machine.RunUntilIdle();
        }

        Indent(app.Output);
        if (status != RunStatus.Completed)
        {
            output.WriteLine($"  the machine stopped: {status}");
            return -1;
        }

        return app.ExitCode;
    }

    private static string Status(DeviceNode? node) => node is null ? "not present"
        : node.Problem != 0 ? $"problem {node.Problem}: {node.Log.LastOrDefault()}"
        : node.State == DeviceNodeState.DeviceNodeStarted ? "Driver is running." : node.State.ToString();

    private void Indent(string text)
    {
        foreach (var line in text.TrimEnd('\n', '\r').Split('\n'))
        {
            output.WriteLine("  " + line.TrimEnd('\r'));
        }
    }
}
