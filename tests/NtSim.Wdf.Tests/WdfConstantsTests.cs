using NtSim.Tests;
using NtSim.WdfTests.Drivers;
using static NtSim.Wdf;
using static NtSim.Wdm;

namespace NtSim.WdfTests;

/// <summary>The enum values C drivers write bare (WdfDeviceIoDirect, WdfTrue ...) work as written.</summary>
public sealed class WdfConstantsTests
{
    [Fact]
    public void BareConstants_IoTypeAndCapabilities_TakeEffectAsTheEnumValues()
    {
        using var machine = MachineAssert.Boot(seed: 141);
        var probe = HardwareProbe.Create("bareconst", new HardwareProbe
        {
            OnInit = init => WdfDeviceInitSetIoType(init, WdfDeviceIoDirect),
            OnAdd = d =>
            {
                WDF_DEVICE_PNP_CAPABILITIES_INIT(out var caps);
                caps.Removable = WdfTrue;
                caps.SurpriseRemovalOK = WdfFalse;
                WdfDeviceSetPnpCapabilities(d, caps);
            },
        });

        var node = machine.Pnp.Find(HardwareProbe.Install(machine, "bareconst", @"root\bareconst"))!;

        Assert.True(machine.BugCheck is null, machine.BugCheck?.Account);
        var fdo = ((FxDevice)probe.Device.Target!).DeviceObject;
        Assert.Equal(DO_DIRECT_IO, fdo.Flags & (DO_DIRECT_IO | DO_BUFFERED_IO));
        Assert.True(node.Capabilities.Removable);
        Assert.False(node.Capabilities.SurpriseRemovalOK);
    }
}
