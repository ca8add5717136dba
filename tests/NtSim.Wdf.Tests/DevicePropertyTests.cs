using System.Text;
using NtSim.Tests;
using NtSim.WdfTests.Drivers;
using static NtSim.Wdf;
using static NtSim.Wdm;

namespace NtSim.WdfTests;

/// <summary>WdfDeviceQueryProperty, WdfDeviceAllocAndQueryProperty and their WdfFdoInit forms: the PDO's
/// properties through IoGetDeviceProperty, with its statuses.</summary>
public sealed class DevicePropertyTests
{
    private static string Utf16(PVOID buffer, uint length) => Encoding.Unicode.GetString(buffer.AsReadOnlySpan((int)length));

    [Fact]
    public void QueryProperty_TwoCalls_TooSmallWithLengthThenTheHardwareIds()
    {
        using var machine = MachineAssert.Boot(seed: 131);
        var results = new List<(NTSTATUS, uint)>();
        var text = "";
        HardwareProbe.Create("propq", new HardwareProbe
        {
            OnAdd = d =>
            {
                results.Add((WdfDeviceQueryProperty(d, DevicePropertyHardwareID, 0, PVOID.NULL, out var needed), needed));
                WdfMemoryCreate(WDF_NO_OBJECT_ATTRIBUTES, NonPagedPoolNx, 0, needed, out var memory, out var buffer);
                results.Add((WdfDeviceQueryProperty(d, DevicePropertyHardwareID, needed, buffer, out var length), length));
                text = Utf16(buffer, length);
                WdfObjectDelete(memory);
            },
        });

        HardwareProbe.Install(machine, "propq", @"root\propq");

        Assert.True(machine.BugCheck is null, machine.BugCheck?.Account);
        var expected = "root\\propq\0\0";
        var bytes = (uint)(expected.Length * 2);
        Assert.Equal([(STATUS_BUFFER_TOO_SMALL, bytes), (STATUS_SUCCESS, bytes)], results);
        Assert.Equal(expected, text);
    }

    [Fact]
    public void AllocAndQueryProperty_Enumerator_MemoryOfTheExactLength()
    {
        using var machine = MachineAssert.Boot(seed: 132);
        NTSTATUS status = STATUS_UNSUCCESSFUL;
        var text = "";
        ulong size = 0;
        HardwareProbe.Create("propa", new HardwareProbe
        {
            OnAdd = d =>
            {
                status = WdfDeviceAllocAndQueryProperty(d, DevicePropertyEnumeratorName, NonPagedPoolNx, WDF_NO_OBJECT_ATTRIBUTES, out var memory);
                var buffer = WdfMemoryGetBuffer(memory, out size);
                text = Utf16(buffer, (uint)size);
                WdfObjectDelete(memory);
            },
        });

        var path = HardwareProbe.Install(machine, "propa", @"root\propa");

        Assert.True(machine.BugCheck is null, machine.BugCheck?.Account);
        Assert.Equal(STATUS_SUCCESS, status);
        Assert.Equal(path[..path.IndexOf('\\')] + "\0", text);
        Assert.Equal((ulong)text.Length * 2, size);
    }

    [Fact]
    public void AllocAndQueryProperty_PropertyTheDeviceLacks_ObjectNameNotFoundAndNoMemory()
    {
        using var machine = MachineAssert.Boot(seed: 133);
        NTSTATUS status = STATUS_SUCCESS;
        var memory = default(WDFMEMORY);
        HardwareProbe.Create("propnone", new HardwareProbe
        {
            OnAdd = d => status = WdfDeviceAllocAndQueryProperty(d, DevicePropertyFriendlyName, PagedPool, WDF_NO_OBJECT_ATTRIBUTES, out memory),
        });

        HardwareProbe.Install(machine, "propnone", @"root\propnone");

        Assert.True(machine.BugCheck is null, machine.BugCheck?.Account);
        Assert.Equal(STATUS_OBJECT_NAME_NOT_FOUND, status);
        Assert.Null(memory.Target);
    }

    [Fact]
    public void FdoInitQueryProperty_BeforeWdfDeviceCreate_ReadsThePdo()
    {
        using var machine = MachineAssert.Boot(seed: 134);
        var results = new List<(NTSTATUS, uint)>();
        var text = "";
        HardwareProbe.Create("propinit", new HardwareProbe
        {
            OnInit = init =>
            {
                results.Add((WdfFdoInitQueryProperty(init, DevicePropertyHardwareID, 0, PVOID.NULL, out var needed), needed));
                results.Add((WdfFdoInitAllocAndQueryProperty(init, DevicePropertyHardwareID, NonPagedPoolNx, WDF_NO_OBJECT_ATTRIBUTES, out var memory), 0));
                text = Utf16(WdfMemoryGetBuffer(memory, out var size), (uint)size);
                WdfObjectDelete(memory);
            },
        });

        HardwareProbe.Install(machine, "propinit", @"root\propinit");

        Assert.True(machine.BugCheck is null, machine.BugCheck?.Account);
        Assert.Equal([(STATUS_BUFFER_TOO_SMALL, (uint)"root\\propinit\0\0".Length * 2), (STATUS_SUCCESS, 0u)], results);
        Assert.Equal("root\\propinit\0\0", text);
    }

    [Fact]
    public void FdoInitQueryProperty_ControlDeviceInit_InvalidDeviceRequest()
    {
        using var machine = MachineAssert.Boot(seed: 135);
        var statuses = new List<NTSTATUS>();
        ScriptedKmdfDriver.Install(machine, "propctl", driver =>
        {
            var init = WdfControlDeviceInitAllocate(driver, SDDL_DEVOBJ_SYS_ALL_ADM_ALL)!;
            statuses.Add(WdfFdoInitQueryProperty(init, DevicePropertyHardwareID, 0, PVOID.NULL, out _));
            statuses.Add(WdfFdoInitAllocAndQueryProperty(init, DevicePropertyHardwareID, PagedPool, WDF_NO_OBJECT_ATTRIBUTES, out _));
            WdfDeviceInitFree(init);
            return STATUS_SUCCESS;
        });
        KmdfRig.ReportWithoutBreak(machine, "propctl");

        machine.Services.Start("propctl");

        Assert.True(machine.BugCheck is null, machine.BugCheck?.Account);
        Assert.Equal([STATUS_INVALID_DEVICE_REQUEST, STATUS_INVALID_DEVICE_REQUEST], statuses);
    }

    [Fact]
    public void QueryProperty_LengthWithNullBuffer_BugChecksRequiredParameterIsNull()
    {
        using var machine = MachineAssert.Boot(seed: 136);
        var probe = HardwareProbe.Create("propnull", new HardwareProbe());
        HardwareProbe.Install(machine, "propnull", @"root\propnull");
        var device = (FxDevice)probe.Device.Target!;

        var status = machine.Run(() => WdfDeviceQueryProperty(probe.Device, DevicePropertyHardwareID, 16, PVOID.NULL, out _));

        MachineAssert.BugCheck(machine, status, WDF_VIOLATION, WDF_REQUIRED_PARAMETER_IS_NULL, 0, 0, device.Globals.Address);
    }
}
