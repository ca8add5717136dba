using static NtSim.Wdm;
using static NtSim.Tests.MachineAssert;

namespace NtSim.Tests.Hal;

/// <summary>Port and register ranges reach a driver as Windows gives them: the raw and translated CM_RESOURCE_LISTs
/// of IRP_MN_START_DEVICE, which the driver reads, maps and uses at once.</summary>
public sealed class StartResourcesTests
{
    private const ulong Bar = 0xFEBF_0000;

    [Fact]
    public void RootDevice_WithAssignedPortsAndMemory_GetsThemAtStart_AndDrivesTheDevice()
    {
        using var machine = Boot();
        var uart = new ScratchUart();
        machine.Hardware.MapPorts(0x3F8, 8, uart);
        machine.Hardware.MapRegisters(Bar, 0x1000, new RegisterBlock(0x1000));
        machine.Hardware.AssignResources(@"root\uart", HardwareResource.Port(0x3F8, 8), HardwareResource.Memory(Bar, 0x1000));
        machine.Services.Install<ResourceDriver>("ResUart");
        var start = new ResourceDriver.Seen();
        ResourceDriver.Record = start;

        var path = machine.Pnp.CreateRootDevice("UART", [@"root\uart"], service: "ResUart");

        Assert.True(machine.BugCheck is null, machine.BugCheck?.Account);
        Assert.Equal(DeviceNodeState.DeviceNodeStarted, machine.Pnp.Find(path)!.State);
        foreach (var list in new[] { start.Raw, start.Translated })
        {
            Assert.Equal(
            [
                (CmResourceTypePort, CmResourceShareDeviceExclusive, CM_RESOURCE_PORT_IO, 0x3F8L, 8u),
                (CmResourceTypeMemory, CmResourceShareDeviceExclusive, CM_RESOURCE_MEMORY_READ_WRITE, (long)Bar, 0x1000u),
            ], list);
        }

        Assert.Equal((1u, INTERFACE_TYPE.Internal, (ushort)1, (ushort)1), start.Header);
        Assert.Equal(RegisterBlock.Id, start.Id);
        Assert.Equal("U"u8.ToArray(), uart.Transmitted);
        Assert.Equal(0, machine.Pool.QueryTag(PoolTag.FromString("PnpR")).Outstanding);   // the PnP manager freed both lists
    }

    [Fact]
    public void RootDevice_WithoutResources_GetsNullLists()
    {
        using var machine = Boot();
        machine.Services.Install<ResourceDriver>("ResNone");
        var start = new ResourceDriver.Seen();
        ResourceDriver.Record = start;

        machine.Pnp.CreateRootDevice("NONE", [@"root\none"], service: "ResNone");

        Assert.True(machine.BugCheck is null, machine.BugCheck?.Account);
        Assert.True(start.Called);
        Assert.Empty(start.Raw);
        Assert.Empty(start.Translated);
    }

    [Fact]
    public void AssignResources_RejectsAnEmptyRange()
    {
        using var machine = Boot();
        Assert.Throws<ArgumentException>(() => machine.Hardware.AssignResources(@"root\x", HardwareResource.Port(0x60, 0)));
    }

    /// <summary>A function driver that reads its start resources, maps its registers, reads the id and writes a byte to its port.</summary>
    private sealed class ResourceDriver : IDriver
    {
        private static readonly Dictionary<DEVICE_OBJECT, DEVICE_OBJECT> s_lower = [];

        public static Seen Record { get; set; } = new();

        public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
        {
            DriverObject.DriverExtension.AddDevice = (driver, pdo) =>
            {
                IoCreateDevice(driver, 0, null, FILE_DEVICE_UNKNOWN, 0, false, out var device);
                lock (s_lower)
                {
                    s_lower[device!] = IoAttachDeviceToDeviceStack(device!, pdo)!;
                }

                device!.Flags &= ~DO_DEVICE_INITIALIZING;
                return STATUS_SUCCESS;
            };
            DriverObject.MajorFunction[IRP_MJ_PNP] = DispatchPnp;
            DriverObject.DriverUnload = _ => { };
            return STATUS_SUCCESS;
        }

        private static NTSTATUS DispatchPnp(DEVICE_OBJECT device, IRP irp)
        {
            var stack = IoGetCurrentIrpStackLocation(irp);
            if (stack.MinorFunction == IRP_MN_START_DEVICE)
            {
                Start(stack.Parameters.StartDevice.AllocatedResources, stack.Parameters.StartDevice.AllocatedResourcesTranslated);
            }

            DEVICE_OBJECT lower;
            lock (s_lower)
            {
                lower = s_lower[device];
            }

            if (stack.MinorFunction == IRP_MN_REMOVE_DEVICE)
            {
                irp.IoStatus.Status = STATUS_SUCCESS;
                IoSkipCurrentIrpStackLocation(irp);
                var status = IoCallDriver(lower, irp);
                IoDetachDevice(lower);
                IoDeleteDevice(device);
                return status;
            }

            IoSkipCurrentIrpStackLocation(irp);
            return IoCallDriver(lower, irp);
        }

        private static void Start(PVOID raw, PVOID translated)
        {
            var seen = Record;
            seen.Called = true;
            seen.Raw = Read(raw, seen);
            seen.Translated = Read(translated, seen);
            foreach (var (type, _, _, start, length) in seen.Translated)
            {
                if (type == CmResourceTypeMemory)
                {
                    var registers = MmMapIoSpace(new LARGE_INTEGER(start), length, MmNonCached);
                    seen.Id = READ_REGISTER_ULONG(registers);
                    MmUnmapIoSpace(registers, length);
                }
                else
                {
                    WRITE_PORT_UCHAR(new PVOID((ulong)start), (byte)'U');
                }
            }
        }

        private static List<(byte, byte, ushort, long, uint)> Read(PVOID list, Seen seen)
        {
            var result = new List<(byte, byte, ushort, long, uint)>();
            if (list.IsNull)
            {
                return result;
            }

            var full = CM_RESOURCE_LIST.FirstFullDescriptor(list);
            ref var header = ref full.As<CM_FULL_RESOURCE_DESCRIPTOR>();
            seen.Header = (list.As<CM_RESOURCE_LIST>().Count, header.InterfaceType, header.PartialResourceList.Version, header.PartialResourceList.Revision);
            for (uint i = 0; i < header.PartialResourceList.Count; i++)
            {
                ref var d = ref CM_FULL_RESOURCE_DESCRIPTOR.PartialDescriptor(full, i).As<CM_PARTIAL_RESOURCE_DESCRIPTOR>();
                result.Add((d.Type, d.ShareDisposition, d.Flags, d.u.Port.Start.QuadPart, d.u.Port.Length));
            }

            return result;
        }

        internal sealed class Seen
        {
            public bool Called { get; set; }

            public List<(byte, byte, ushort, long, uint)> Raw { get; set; } = [];

            public List<(byte, byte, ushort, long, uint)> Translated { get; set; } = [];

            public (uint, INTERFACE_TYPE, ushort, ushort) Header { get; set; }

            public uint Id { get; set; }
        }
    }
}
