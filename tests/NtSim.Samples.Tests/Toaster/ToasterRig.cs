extern alias busenum;
extern alias devlower;
extern alias devupper;
extern alias statbus;

using NtSim.Samples.Toaster;
using NtSim.Samples.Toaster.Func;
using static NtSim.Wdm;

namespace NtSim.Samples.Tests.Toaster;

/// <summary>
/// A machine with the toaster family installed: the bus (busenum or statbus) as a root device
/// (root\busenum), and an installer that does for a toaster what the toaster INF does: Service
/// toaster, the Toaster class, devupper above and devlower below.
/// </summary>
internal sealed class ToasterRig : IDisposable
{
    public const string BusService = "busenum";

    private ToasterRig(Machine machine, string busPath)
    {
        Machine = machine;
        BusPath = busPath;
    }

    public Machine Machine { get; }

    /// <summary>ROOT\SYSTEM\0000.</summary>
    public string BusPath { get; }

    /// <summary>Everything the drivers printed (DbgPrint), in order.</summary>
    public string DebugLog => string.Concat(Machine.DebugOutput.Messages.Select(m => m.Text));

    public DeviceNode Bus => Machine.Pnp.Find(BusPath)!;

    /// <summary>The bus FDO (the top of the bus's stack).</summary>
    public DEVICE_OBJECT BusFdo => Bus.Stack[0];

    public static string ToasterPath(uint serialNo) => $@"{ToasterPublic.BUS_HARDWARE_IDS}\{serialNo:D2}";

    /// <summary>Boots (a machine of <paramref name="memoryMegabytes"/>) and sets it up as <see cref="On"/> does.</summary>
    public static ToasterRig Start(int seed, bool staticBus = false, uint? numberOfToasters = null, int memoryMegabytes = 4096) =>
        On(Machine.Boot(new MachineOptions { Processors = 2, Seed = seed, MemoryMegabytes = memoryMegabytes }), staticBus, numberOfToasters);

    /// <summary>Installs the services, the toaster installer and the bus on <paramref name="machine"/>
    /// (one an exploration booted); the static bus gets NumberOfToasters when given. Disposing the
    /// rig disposes the machine.</summary>
    public static ToasterRig On(Machine machine, bool staticBus = false, uint? numberOfToasters = null)
    {
        if (staticBus)
        {
            machine.Services.Install<statbus::NtSim.Samples.Toaster.Bus.BusEnumDriver>(BusService);
        }
        else
        {
            machine.Services.Install<busenum::NtSim.Samples.Toaster.Bus.BusEnumDriver>(BusService);
        }

        if (numberOfToasters is { } count)
        {
            machine.Registry.SetValue($@"\Registry\Machine\System\CurrentControlSet\Services\{BusService}\Parameters", "NumberOfToasters", count);
        }

        machine.Services.Install<ToasterDriver>("toaster");
        machine.Services.Install<devupper::NtSim.Samples.Toaster.Filter.FilterDriver>("devupper");
        machine.Services.Install<devlower::NtSim.Samples.Toaster.Filter.FilterDriver>("devlower");
        machine.Pnp.Installer = (thread, node) =>
        {
            if (!node.HardwareIds.Contains(ToasterPublic.BUS_HARDWARE_IDS, StringComparer.OrdinalIgnoreCase))
            {
                return false;
            }

            var key = DeviceRegistry.HardwareKey(node);
            machine.Registry.SetValue(key, "Service", "toaster");
            machine.Registry.SetValue(key, "ClassGUID", ToasterPublic.GUID_DEVCLASS_TOASTER.ToString("B").ToUpperInvariant());
            machine.Registry.SetValue(key, "UpperFilters", new[] { "devupper" });
            machine.Registry.SetValue(key, "LowerFilters", new[] { "devlower" });
            return true;
        };

        var busPath = machine.Pnp.CreateRootDevice("SYSTEM", [ToasterPublic.BUS_ROOT_HARDWARE_ID], service: BusService);
        Assert.True(machine.BugCheck is null, machine.BugCheck?.Account);
        Assert.Equal(DeviceNodeState.DeviceNodeStarted, machine.Pnp.Find(busPath)!.State);
        return new ToasterRig(machine, busPath);
    }

    /// <summary>An IOCTL to the bus FDO from kernel mode, then the PnP work it queued.</summary>
    public NTSTATUS BusIoctl(uint code, byte[] input)
    {
        NTSTATUS status = STATUS_UNSUCCESSFUL;
        var fdo = BusFdo;
        Machine.RunToCompletion(() =>
        {
            var buffer = KernelRequests.Allocate((uint)input.Length);
            input.CopyTo(buffer.AsSpan(input.Length));
            status = KernelRequests.Control(fdo, code, buffer, (uint)input.Length, default, 0).Status;
            KernelRequests.Free(buffer);
        });
        NtAssert.Completed(Machine, Machine.RunUntilIdle());
        Assert.True(Machine.BugCheck is null, Machine.BugCheck?.Account);
        return status;
    }

    public NTSTATUS PlugIn(uint serialNo) => BusIoctl(ToasterPublic.IOCTL_BUSENUM_PLUGIN_HARDWARE, BusEnumRequests.PluginHardware(serialNo, ToasterPublic.BUS_HARDWARE_IDS));

    public NTSTATUS Unplug(uint serialNo) => BusIoctl(ToasterPublic.IOCTL_BUSENUM_UNPLUG_HARDWARE, BusEnumRequests.UnplugHardware(serialNo));

    public NTSTATUS Eject(uint serialNo) => BusIoctl(ToasterPublic.IOCTL_BUSENUM_EJECT_HARDWARE, BusEnumRequests.EjectHardware(serialNo));

    public DeviceNode? Toaster(uint serialNo) => Machine.Pnp.Find(ToasterPath(serialNo));

    /// <summary>Names of the drivers in a stack, top down.</summary>
    public static string[] StackDrivers(DeviceNode node) => [.. node.Stack.Select(d => d.DriverObject.DriverName.ToString())];

    public void Dispose() => Machine.Dispose();
}
