using NtSim.WdfTests.Drivers;
using static NtSim.Wdm;
using static NtSim.Win32;

namespace NtSim.WdfTests;

/// <summary>Starts <see cref="ObjectsDriver"/> with a test's scenario and drives it: the device's
/// context, the driver's globals (P4 of WDF_VIOLATION) and IOCTLs from a client.</summary>
internal static class ObjectsRig
{
    public const uint IoctlRun = 0x00222000;   // CTL_CODE(FILE_DEVICE_UNKNOWN, 0x800, METHOD_BUFFERED, FILE_ANY_ACCESS)

    /// <summary>Installs the driver as <paramref name="service"/> over a new root device; the device has started.</summary>
    public static OBJECTS_CONTEXT Start(Machine machine, string service, ObjectsScenario scenario)
    {
        ObjectsDriver.Register(service, scenario);
        var path = KmdfRig.InstallRootDevice<ObjectsDriver>(machine, service);
        var node = machine.Pnp.Find(path)!;
        Assert.True(node.State == DeviceNodeState.DeviceNodeStarted, $"{node.State} problem {node.Problem} {machine.BugCheck}");
        return Context(machine, service);
    }

    public static OBJECTS_CONTEXT Context(Machine machine, string service) =>
        (OBJECTS_CONTEXT)Device(machine, service).GetContext(typeof(OBJECTS_CONTEXT))!;

    public static FxDevice Device(Machine machine, string service) =>
        Globals(machine, service).Driver!.Children.OfType<FxDevice>().Single();

    public static FxDriverGlobals Globals(Machine machine, string service) =>
        FxLibrary.Of(machine).Clients.Single(c => string.Equals(c.ServiceName, service, StringComparison.OrdinalIgnoreCase));

    /// <summary>A client sends <paramref name="count"/> IOCTLs (each runs the scenario's OnIoctl) and exits.</summary>
    public static RunStatus Ioctl(Machine machine, int count = 1)
    {
        var app = machine.StartProcess("objectsapp", args =>
        {
            var name = KmdfRig.FirstInterface(ObjectsDriver.Interface)!;
            var h = CreateFile(name, GENERIC_READ | GENERIC_WRITE, 0, null, OPEN_EXISTING, 0, default);
            if (h == INVALID_HANDLE_VALUE)
            {
                return 1;
            }

            for (var i = 0; i < count; i++)
            {
                if (!DeviceIoControl(h, IoctlRun, null, 0, null, 0, out _, null))
                {
                    return 2;
                }
            }

            CloseHandle(h);
            return 0;
        });
        var status = app.WaitForExit();
        if (status == RunStatus.Completed)
        {
            Assert.Equal(0, (int)app.ExitCode);
        }

        return status;
    }
}
