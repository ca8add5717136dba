using NtSim.Tests;
using NtSim.WdfTests.Drivers;
using static NtSim.Wdf;
using static NtSim.Wdm;

namespace NtSim.WdfTests;

/// <summary>WdfDeviceRetrieveDeviceName, WdfDeviceRetrieveDeviceInterfaceString and the alignment requirement.</summary>
public sealed class DeviceNamesTests
{
    private static readonly Guid Interface = new("6a1f0c3e-2b4d-4e8f-9a70-1c2d3e4f5a6b");

    private static (NTSTATUS Status, string Text) Retrieve(Func<WDFSTRING, NTSTATUS> retrieve)
    {
        WdfStringCreate(null, WDF_NO_OBJECT_ATTRIBUTES, out var text);
        var status = retrieve(text);
        WdfStringGetUnicodeString(text, out var value);
        WdfObjectDelete(text);
        return (status, value.ToString());
    }

    [Fact]
    public void RetrieveDeviceName_NamedControlDevice_TheName()
    {
        using var machine = MachineAssert.Boot(seed: 161);
        (NTSTATUS, string) result = default;
        ScriptedKmdfDriver.Install(machine, "namectl", driver =>
        {
            var init = WdfControlDeviceInitAllocate(driver, SDDL_DEVOBJ_SYS_ALL_ADM_ALL);
            WdfDeviceInitAssignName(init!, new UNICODE_STRING(@"\Device\NameCtl"));
            var status = WdfDeviceCreate(ref init, WDF_NO_OBJECT_ATTRIBUTES, out var device);
            result = Retrieve(s => WdfDeviceRetrieveDeviceName(device, s));
            WdfControlFinishInitializing(device);
            return status;
        });

        MachineAssert.Completed(machine, machine.Services.Start("namectl"));

        Assert.Equal((STATUS_SUCCESS, @"\Device\NameCtl"), result);
    }

    [Fact]
    public void RetrieveDeviceName_UnnamedFdo_InvalidParameterAndStringUnchanged()
    {
        using var machine = MachineAssert.Boot(seed: 162);
        (NTSTATUS, string) result = default;
        HardwareProbe.Create("nameless", new HardwareProbe { OnAdd = d => result = Retrieve(s => WdfDeviceRetrieveDeviceName(d, s)) });

        HardwareProbe.Install(machine, "nameless", @"root\nameless");

        Assert.True(machine.BugCheck is null, machine.BugCheck?.Account);
        Assert.Equal((STATUS_INVALID_PARAMETER, ""), result);
    }

    [Fact]
    public void RetrieveDeviceInterfaceString_ByClassAndReference_TheSymbolicLinkOrNotFound()
    {
        using var machine = MachineAssert.Boot(seed: 163);
        var results = new List<(NTSTATUS Status, string Text)>();
        HardwareProbe.Create("ifstring", new HardwareProbe
        {
            OnAdd = d =>
            {
                WdfDeviceCreateDeviceInterface(d, Interface, new UNICODE_STRING("Port1"));
                results.Add(Retrieve(s => WdfDeviceRetrieveDeviceInterfaceString(d, Interface, new UNICODE_STRING("Port1"), s)));
                results.Add(Retrieve(s => WdfDeviceRetrieveDeviceInterfaceString(d, Interface, null, s)));
                results.Add(Retrieve(s => WdfDeviceRetrieveDeviceInterfaceString(d, Interface, new UNICODE_STRING("port1"), s)));
                results.Add(Retrieve(s => WdfDeviceRetrieveDeviceInterfaceString(d, Guid.NewGuid(), null, s)));
            },
        });

        HardwareProbe.Install(machine, "ifstring", @"root\ifstring");

        Assert.True(machine.BugCheck is null, machine.BugCheck?.Account);
        Assert.Equal([STATUS_SUCCESS, STATUS_SUCCESS, STATUS_OBJECT_NAME_NOT_FOUND, STATUS_OBJECT_NAME_NOT_FOUND], results.Select(r => r.Status));
        Assert.EndsWith("{" + Interface + @"}\Port1", results[0].Text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(results[0].Text, results[1].Text);
        string? listed = null;
        var app = machine.StartProcess("ifclient", _ =>
        {
            listed = KmdfRig.FirstInterface(Interface);
            return 0;
        });
        MachineAssert.Completed(machine, app.WaitForExit());
        // The client sees the same link in its \\?\ form.
        Assert.Equal(results[0].Text[4..], listed?[4..], StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void AlignmentRequirement_Set_ReadBackAndOnTheDeviceObject()
    {
        using var machine = MachineAssert.Boot(seed: 164);
        var read = new List<uint>();
        var probe = HardwareProbe.Create("align", new HardwareProbe
        {
            OnAdd = d =>
            {
                read.Add(WdfDeviceGetAlignmentRequirement(d));
                WdfDeviceSetAlignmentRequirement(d, FILE_QUAD_ALIGNMENT);
                read.Add(WdfDeviceGetAlignmentRequirement(d));
            },
        });

        HardwareProbe.Install(machine, "align", @"root\align");

        Assert.True(machine.BugCheck is null, machine.BugCheck?.Account);
        Assert.Equal(FILE_QUAD_ALIGNMENT, read[1]);
        Assert.NotEqual(FILE_QUAD_ALIGNMENT, read[0]);
        Assert.Equal(FILE_QUAD_ALIGNMENT, ((FxDevice)probe.Device.Target!).DeviceObject.AlignmentRequirement);
    }

    [Fact]
    public void OpenDevicemapKey_CreatesTheKeyUnderDevicemap_EmptyNameInvalid()
    {
        using var machine = MachineAssert.Boot(seed: 165);
        var statuses = new List<NTSTATUS>();
        HardwareProbe.Create("devmap", new HardwareProbe
        {
            OnAdd = d =>
            {
                statuses.Add(WdfDeviceOpenDevicemapKey(d, new UNICODE_STRING("SERIALCOMM"), KEY_ALL_ACCESS, WDF_NO_OBJECT_ATTRIBUTES, out var key));
                statuses.Add(WdfRegistryAssignUnicodeString(key, "\\Device\\Serial0", "COM1"));
                WdfRegistryClose(key);
                statuses.Add(WdfDeviceOpenDevicemapKey(d, new UNICODE_STRING(""), KEY_READ, WDF_NO_OBJECT_ATTRIBUTES, out var none));
                statuses.Add(none.Target is null ? STATUS_SUCCESS : STATUS_UNSUCCESSFUL);
            },
        });

        HardwareProbe.Install(machine, "devmap", @"root\devmap");

        Assert.True(machine.BugCheck is null, machine.BugCheck?.Account);
        Assert.Equal([STATUS_SUCCESS, STATUS_SUCCESS, STATUS_INVALID_PARAMETER, STATUS_SUCCESS], statuses);
        Assert.Equal("COM1", machine.Registry.GetValue(@"\Registry\Machine\HARDWARE\DEVICEMAP\SERIALCOMM", @"\Device\Serial0")?.String);
    }
}
