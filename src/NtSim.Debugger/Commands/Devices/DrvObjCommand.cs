using System.Globalization;
using NtSim.Debugger.Engine;
using NtSim.Debugger.Target.Views;

namespace NtSim.Debugger.Commands.Devices;

/// <summary><c>!drvobj name|address [flags]</c>: a driver object; flag 1 its devices (the default), 2 its entry
/// points and dispatch routines by IRP_MJ name, 4 each device's stack.</summary>
internal sealed class DrvObjCommand : KdCommand
{
    public override IReadOnlyList<string> Names { get; } = ["!drvobj"];

    public override bool ReadsDumps => true;

    public override string Help => "!drvobj <name|address> [flags]  a driver object (1 devices, 2 dispatch routines, 4 device stacks)";

    public override void Run(KdContext context, string name, string arguments)
    {
        var words = KdCommandLine.Words(arguments);
        if (words.Count is 0 or > 2)
        {
            context.Error("Usage: !drvobj <name|address> [flags]");
            return;
        }

        var flags = words.Count == 2 ? context.Evaluate(words[1]) : 1UL;
        if (flags is null)
        {
            return;
        }

        if (KdObjects.Missing(context, name, "drivers") || KdObjects.Driver(context, words[0]) is not { } driver)
        {
            return;
        }

        context.Line($"Driver object ({KdFormat.Hex64(driver.Address)}) is for:");
        context.Line($" {driver.Name}");
        if ((flags & 1) != 0 || flags == 0)
        {
            Devices(context, driver);
        }

        if ((flags & 2) != 0)
        {
            Dispatch(context, driver);
        }

        if ((flags & 4) != 0)
        {
            context.Line();
            context.Line("Device Object stacks:");
            foreach (var device in driver.Devices.Select(d => KdObjects.DeviceAt(context, d)).OfType<KdDeviceView>())
            {
                DevStackCommand.Write(context, device);
                context.Line();
            }
        }
    }

    // NtSim keeps no driver extensions of its own (IoAllocateDriverObjectExtension's are the driver's), so the list is empty.
    private static void Devices(KdContext context, KdDriverView driver)
    {
        context.Line();
        context.Line("Driver Extension List: (id , addr)");
        context.Line();
        context.Line("Device Object list:");
        // One address a line (WinDbg fills a line with several; one a line keeps the output free of trailing blanks).
        foreach (var device in driver.Devices)
        {
            context.Line(KdFormat.Hex64(device));
        }
    }

    private static void Dispatch(KdContext context, KdDriverView driver)
    {
        context.Line();
        context.Line($"DriverEntry:   {Routine(driver.DriverInit)}");
        context.Line($"DriverStartIo: {Routine(driver.DriverStartIo)}");
        context.Line($"DriverUnload:  {Routine(driver.DriverUnload)}");
        context.Line($"AddDevice:     {Routine(driver.AddDevice)}");
        context.Line();
        context.Line("Dispatch routines:");
        for (var major = 0; major < driver.MajorFunctions.Count; major++)
        {
            var routine = driver.MajorFunctions[major];
            var label = string.Create(CultureInfo.InvariantCulture, $"[{major:x2}] {MajorFunctionNames.Of((byte)major),-35}");
            context.Line($"{label}{KdFormat.Hex64(routine.Address)}    {routine.Name}");
        }
    }

    private static string Routine(KdRoutineView? routine) =>
        routine is null ? "00000000" : $"{KdFormat.Hex64(routine.Address)} {routine.Name}";
}
