using System.Globalization;
using static NtSim.Wdm;
using static NtSim.Win32;

namespace NtSim.Samples.Toaster.Apps;

/// <summary>
/// enum: plugs toasters into the toaster bus, unplugs and ejects them (the WDK's bus test application).
/// <code>
/// enum -p n    plug in a toaster with serial number n
/// enum -u n    unplug toaster n (0: all of them)
/// enum -e n    eject toaster n
/// </code>
/// The bus is found through GUID_DEVINTERFACE_BUSENUM_TOASTER.
/// </summary>
public static class EnumApp
{
    public static int Main(string[] args)
    {
        if (args.Length != 2 || args[0] is not ("-p" or "-u" or "-e")
            || !uint.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var serialNo))
        {
            Usage();
            return 2;
        }

        if (InterfacePath.First(ToasterPublic.GUID_DEVINTERFACE_BUSENUM_TOASTER) is not { } path)
        {
            puts("No toaster bus interface: is the bus driver installed?");
            return 1;
        }

        puts($"Opening {path}");
        var file = CreateFile(path, GENERIC_READ, 0, null, OPEN_EXISTING, 0, default);
        if (file == INVALID_HANDLE_VALUE)
        {
            puts($"CreateFile failed: {GetLastError()}");
            return 1;
        }

        puts("Bus interface opened!!!");
        var (code, request, what) = args[0] switch
        {
            "-p" => (ToasterPublic.IOCTL_BUSENUM_PLUGIN_HARDWARE, BusEnumRequests.PluginHardware(serialNo, ToasterPublic.BUS_HARDWARE_IDS), "plug in"),
            "-u" => (ToasterPublic.IOCTL_BUSENUM_UNPLUG_HARDWARE, BusEnumRequests.UnplugHardware(serialNo), "unplug"),
            _ => (ToasterPublic.IOCTL_BUSENUM_EJECT_HARDWARE, BusEnumRequests.EjectHardware(serialNo), "eject"),
        };
        puts($"{char.ToUpperInvariant(what[0])}{what[1..]} toaster {serialNo}");
        var ok = DeviceIoControl(file, code, request, (uint)request.Length, null, 0, out _, null);
        var error = GetLastError();
        CloseHandle(file);
        if (!ok)
        {
            puts($"Failed to {what} toaster {serialNo}: error {error}");
            return 1;
        }

        puts("Success!!!");
        return 0;
    }

    private static void Usage()
    {
        puts("usage:");
        puts("  enum [-p SerialNo]  plugs in a toaster");
        puts("  enum [-u SerialNo or 0]  unplugs a toaster (0: every toaster)");
        puts("  enum [-e SerialNo or 0]  ejects a toaster");
    }
}
