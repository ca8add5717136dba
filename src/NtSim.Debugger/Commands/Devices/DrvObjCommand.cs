using System.Globalization;
using NtSim.Debugger.Engine;

namespace NtSim.Debugger.Commands.Devices;

/// <summary><c>!drvobj name|address [flags]</c>: a driver object; flag 1 its devices (the default), 2 its entry
/// points and dispatch routines by IRP_MJ name, 4 each device's stack.</summary>
internal sealed class DrvObjCommand : KdCommand
{
    public override IReadOnlyList<string> Names { get; } = ["!drvobj"];

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

        if (KdObjects.Driver(context, words[0]) is not { } driver)
        {
            return;
        }

        context.Line($"Driver object ({KdFormat.Hex64(driver.Address)}) is for:");
        context.Line($" {driver.DriverName}");
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
            foreach (var device in DevicesOf(driver))
            {
                DevStackCommand.Write(context, device);
                context.Line();
            }
        }
    }

    internal static IEnumerable<DEVICE_OBJECT> DevicesOf(DRIVER_OBJECT driver)
    {
        for (var device = driver.DeviceObject; device is not null; device = device.NextDevice)
        {
            yield return device;
        }
    }

    // NtSim keeps no driver extensions of its own (IoAllocateDriverObjectExtension's are the driver's), so the list is empty.
    private static void Devices(KdContext context, DRIVER_OBJECT driver)
    {
        context.Line();
        context.Line("Driver Extension List: (id , addr)");
        context.Line();
        context.Line("Device Object list:");
        // One address a line (WinDbg fills a line with several; one a line keeps the output free of trailing blanks).
        foreach (var device in DevicesOf(driver))
        {
            context.Line(KdFormat.Hex64(device.Address));
        }
    }

    private static void Dispatch(KdContext context, DRIVER_OBJECT driver)
    {
        var machine = context.Machine;
        context.Line();
        context.Line($"DriverEntry:   {Routine(machine, driver.DriverInit)}");
        context.Line($"DriverStartIo: {Routine(machine, driver.DriverStartIo)}");
        context.Line($"DriverUnload:  {Routine(machine, driver.DriverUnload)}");
        context.Line($"AddDevice:     {Routine(machine, driver.DriverExtension.AddDevice)}");
        context.Line();
        context.Line("Dispatch routines:");
        for (var major = 0; major < driver.MajorFunction.Length; major++)
        {
            // An entry left NULL sends the IRP to IopInvalidDeviceRequest, as on Windows.
            var routine = (Delegate?)driver.MajorFunction[major] ?? (DRIVER_DISPATCH)IoManager.InvalidDeviceRequest;
            var label = string.Create(CultureInfo.InvariantCulture, $"[{major:x2}] {MajorFunctionNames.Of((byte)major),-35}");
            context.Line($"{label}{KdFormat.Hex64(KdSymbols.AddressOf(machine, routine))}    {KdSymbols.NameOf(machine, routine)}");
        }
    }

    private static string Routine(Machine machine, Delegate? routine) =>
        routine is null ? "00000000" : $"{KdFormat.Hex64(KdSymbols.AddressOf(machine, routine))} {KdSymbols.NameOf(machine, routine)}";
}
