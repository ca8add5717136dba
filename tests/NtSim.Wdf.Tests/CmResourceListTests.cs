using NtSim.Tests;
using NtSim.WdfTests.Drivers;
using static NtSim.Wdf;
using static NtSim.Wdm;

namespace NtSim.WdfTests;

/// <summary>WDFCMRESLIST: EvtDevicePrepareHardware and EvtDeviceReleaseHardware get the framework's copies of
/// IRP_MN_START_DEVICE's raw and translated resource lists.</summary>
public sealed class CmResourceListTests
{
    private const ulong Bar = 0xFEBF_0000;

    private static (byte Type, byte Share, ushort Flags, long Start, uint Length) Read(WDFCMRESLIST list, uint index)
    {
        var d = WdfCmResourceListGetDescriptor(list, index).Read<CM_PARTIAL_RESOURCE_DESCRIPTOR>();
        return (d.Type, d.ShareDisposition, d.Flags, d.u.Port.Start.QuadPart, d.u.Port.Length);
    }

    [Fact]
    public void PrepareHardware_DeviceWithPortAndMemory_GetsBothDescriptorsInRawAndTranslated()
    {
        using var machine = MachineAssert.Boot(seed: 121);
        machine.Hardware.AssignResources(@"root\cmres", HardwareResource.Port(0x3F8, 8), HardwareResource.Memory(Bar, 0x1000));
        var counts = new List<uint>();
        var seen = new List<(byte, byte, ushort, long, uint)>();
        var pastEnd = new List<bool>();
        HardwareProbe.Create("cmres", new HardwareProbe
        {
            OnPrepareHardware = (d, raw, translated) =>
            {
                foreach (var list in new[] { raw, translated })
                {
                    counts.Add(WdfCmResourceListGetCount(list));
                    seen.Add(Read(list, 0));
                    seen.Add(Read(list, 1));
                    pastEnd.Add(WdfCmResourceListGetDescriptor(list, 2).IsNull);
                }

                return STATUS_SUCCESS;
            },
        });

        var node = machine.Pnp.Find(HardwareProbe.Install(machine, "cmres", @"root\cmres"))!;

        Assert.True(machine.BugCheck is null, machine.BugCheck?.Account);
        Assert.Equal(DeviceNodeState.DeviceNodeStarted, node.State);
        Assert.Equal([2u, 2u], counts);
        var port = (CmResourceTypePort, CmResourceShareDeviceExclusive, CM_RESOURCE_PORT_IO, 0x3F8L, 8u);
        var memory = (CmResourceTypeMemory, CmResourceShareDeviceExclusive, CM_RESOURCE_MEMORY_READ_WRITE, (long)Bar, 0x1000u);
        Assert.Equal([port, memory, port, memory], seen);
        Assert.Equal([true, true], pastEnd);
    }

    [Fact]
    public void GetDescriptor_DriverWritesTheCopy_ListKeepsItsDescriptor()
    {
        using var machine = MachineAssert.Boot(seed: 122);
        machine.Hardware.AssignResources(@"root\cmcopy", HardwareResource.Port(0x60, 4));
        (long Before, long After) starts = default;
        HardwareProbe.Create("cmcopy", new HardwareProbe
        {
            OnPrepareHardware = (d, raw, translated) =>
            {
                var first = WdfCmResourceListGetDescriptor(translated, 0);
                first.As<CM_PARTIAL_RESOURCE_DESCRIPTOR>().u.Port.Start = new LARGE_INTEGER(0x1234);
                starts = (first.Read<CM_PARTIAL_RESOURCE_DESCRIPTOR>().u.Port.Start.QuadPart, Read(translated, 0).Start);
                return STATUS_SUCCESS;
            },
        });

        HardwareProbe.Install(machine, "cmcopy", @"root\cmcopy");

        Assert.True(machine.BugCheck is null, machine.BugCheck?.Account);
        Assert.Equal((0x1234L, 0x60L), starts);
    }

    [Fact]
    public void ReleaseHardware_AtRemoval_SeesTheTranslatedListOfTheStart()
    {
        using var machine = MachineAssert.Boot(seed: 123);
        machine.Hardware.AssignResources(@"root\cmrel", HardwareResource.Memory(Bar, 0x2000));
        var released = new List<(uint, long)>();
        HardwareProbe.Create("cmrel", new HardwareProbe
        {
            OnReleaseHardware = (d, translated) => released.Add((WdfCmResourceListGetCount(translated), Read(translated, 0).Start)),
        });
        var path = HardwareProbe.Install(machine, "cmrel", @"root\cmrel");

        var result = machine.Pnp.Remove(path);

        Assert.True(machine.BugCheck is null, machine.BugCheck?.Account);
        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal([(1u, (long)Bar)], released);
    }

    [Fact]
    public void PrepareHardware_RootDeviceWithoutResources_GetsEmptyLists()
    {
        using var machine = MachineAssert.Boot(seed: 124);
        var seen = new List<(uint, bool)>();
        HardwareProbe.Create("cmnone", new HardwareProbe
        {
            OnPrepareHardware = (d, raw, translated) =>
            {
                Assert.NotEqual(raw, translated);
                seen.Add((WdfCmResourceListGetCount(raw), WdfCmResourceListGetDescriptor(raw, 0).IsNull));
                seen.Add((WdfCmResourceListGetCount(translated), WdfCmResourceListGetDescriptor(translated, 0).IsNull));
                return STATUS_SUCCESS;
            },
        });

        HardwareProbe.Install(machine, "cmnone", @"root\cmnone");

        Assert.True(machine.BugCheck is null, machine.BugCheck?.Account);
        Assert.Equal([(0u, true), (0u, true)], seen);
    }

    [Fact]
    public void GetCount_DeviceHandle_BugChecksInvalidHandleWithExpectedType()
    {
        using var machine = MachineAssert.Boot(seed: 125);
        var probe = HardwareProbe.Create("cmbad", new HardwareProbe());
        HardwareProbe.Install(machine, "cmbad", @"root\cmbad");
        var device = (FxDevice)probe.Device.Target!;

        var status = machine.Run(() => WdfCmResourceListGetCount((WDFCMRESLIST)(WDFOBJECT)probe.Device));

        MachineAssert.BugCheck(machine, status, WDF_VIOLATION, Wdf.WDF_INVALID_HANDLE, device.Handle, (ulong)FxObjectType.CmResList, device.Globals.Address);
    }

    [Fact]
    public void AppendInsertRemove_PrepareHardwareLists_AccessDeniedReportedAndUnchanged()
    {
        using var machine = MachineAssert.Boot(seed: 126);
        machine.Hardware.AssignResources(@"root\cmro", HardwareResource.Port(0x2F8, 8));
        var statuses = new List<NTSTATUS>();
        var counts = new List<uint>();
        HardwareProbe.Create("cmro", new HardwareProbe
        {
            OnPrepareHardware = (d, raw, translated) =>
            {
                var descriptor = WdfCmResourceListGetDescriptor(translated, 0);
                statuses.Add(WdfCmResourceListAppendDescriptor(translated, descriptor));
                statuses.Add(WdfCmResourceListInsertDescriptor(raw, descriptor, 0));
                WdfCmResourceListRemove(translated, 0);
                counts.Add(WdfCmResourceListGetCount(raw));
                counts.Add(WdfCmResourceListGetCount(translated));
                return STATUS_SUCCESS;
            },
        });

        HardwareProbe.Install(machine, "cmro", @"root\cmro");

        Assert.True(machine.BugCheck is null, machine.BugCheck?.Account);
        Assert.Equal([STATUS_ACCESS_DENIED, STATUS_ACCESS_DENIED], statuses);
        Assert.Equal([1u, 1u], counts);
        var log = FxLibrary.Of(machine).Clients.Single().Log.Lines;
        Assert.Equal(2, log.Count(l => l.Contains("Adds not allowed on handle", StringComparison.Ordinal)));
        Assert.Contains(log, l => l.Contains("Removes not allowed on handle", StringComparison.Ordinal));
        Assert.Contains(machine.DebugOutput.Messages, m => m.Text.StartsWith("WDF detected potentially invalid operation by cmro.sys", StringComparison.Ordinal));
    }
}
