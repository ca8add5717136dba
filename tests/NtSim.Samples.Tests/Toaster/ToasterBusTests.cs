using NtSim.Samples.Toaster;
using static NtSim.Wdm;

namespace NtSim.Samples.Tests.Toaster;

/// <summary>The toaster bus with the toaster function driver and its filters: children plugged in,
/// unplugged, ejected and removed with the bus, as the PnP manager sees them.</summary>
public sealed class ToasterBusTests
{
    [Fact]
    public void PlugIn_ThreeToasters_ThreeStartedChildrenWithFilteredStacks() =>
        ScheduleAssert.Explore(machine =>
        {
            var rig = ToasterRig.On(machine);
            for (uint serial = 1; serial <= 3; serial++)
            {
                Assert.Equal(STATUS_SUCCESS, rig.PlugIn(serial));
            }

            Assert.Equal([ToasterRig.ToasterPath(1), ToasterRig.ToasterPath(2), ToasterRig.ToasterPath(3)],
                rig.Bus.Children.Select(c => c.InstancePath));
            foreach (var child in rig.Bus.Children)
            {
                Assert.Equal(DeviceNodeState.DeviceNodeStarted, child.State);
                Assert.Equal("toaster", child.Service);
                Assert.Equal([@"\Driver\devupper", @"\Driver\toaster", @"\Driver\devlower", @"\Driver\busenum"], ToasterRig.StackDrivers(child));
                Assert.Equal([ToasterPublic.BUS_HARDWARE_IDS], child.HardwareIds);
                Assert.Equal([ToasterPublic.BUS_COMPATIBLE_IDS], child.CompatibleIds);
                Assert.True(child.Capabilities.Removable);
                Assert.True(child.Capabilities.SurpriseRemovalOK);
                Assert.True(child.Capabilities.EjectSupported);
                Assert.False(child.Capabilities.UniqueID);
            }

            Assert.Equal(2u, rig.Toaster(2)!.Capabilities.UINumber);
            Assert.Contains("02", rig.Toaster(2)!.Description);
            Assert.Null(rig.Machine.BugCheck);
        }, SampleHost.Iterations);

    [Fact]
    public void PlugIn_DuplicateOrZeroSerial_InvalidParameterAndNoNewChild() =>
        ScheduleAssert.Explore(machine =>
        {
            var rig = ToasterRig.On(machine);
            Assert.Equal(STATUS_SUCCESS, rig.PlugIn(1));
            Assert.Equal(STATUS_INVALID_PARAMETER, rig.PlugIn(1));
            Assert.Equal(STATUS_INVALID_PARAMETER, rig.PlugIn(0));
            Assert.Single(rig.Bus.Children);
        }, SampleHost.Iterations);

    [Fact]
    public void Unplug_OneOfThree_ItsNodeGoesTheOthersStay() =>
        ScheduleAssert.Explore(machine =>
        {
            var rig = ToasterRig.On(machine);
            for (uint serial = 1; serial <= 3; serial++)
            {
                rig.PlugIn(serial);
            }

            Assert.Equal(STATUS_SUCCESS, rig.Unplug(2));

            Assert.Null(rig.Toaster(2));
            Assert.Equal([ToasterRig.ToasterPath(1), ToasterRig.ToasterPath(3)], rig.Bus.Children.Select(c => c.InstancePath));
            Assert.All(rig.Bus.Children, c => Assert.Equal(DeviceNodeState.DeviceNodeStarted, c.State));
            Assert.Contains("BusEnum: toaster 2 deleted", rig.DebugLog);
        }, SampleHost.Iterations);

    [Fact]
    public void Unplug_SerialZero_EveryToasterGoesAndThePlugInSerialIsFreeAgain() =>
        ScheduleAssert.Explore(machine =>
        {
            var rig = ToasterRig.On(machine);
            rig.PlugIn(1);
            rig.PlugIn(2);

            Assert.Equal(STATUS_SUCCESS, rig.Unplug(0));
            Assert.Empty(rig.Bus.Children);
            Assert.Equal(STATUS_INVALID_PARAMETER, rig.Unplug(1));

            Assert.Equal(STATUS_SUCCESS, rig.PlugIn(1));
            Assert.Equal(DeviceNodeState.DeviceNodeStarted, rig.Toaster(1)!.State);
        }, SampleHost.Iterations);

    [Fact]
    public void Eject_OneToaster_RemovedAndDeletedAfterIrpMnEject() =>
        ScheduleAssert.Explore(machine =>
        {
            var rig = ToasterRig.On(machine);
            rig.PlugIn(1);
            rig.PlugIn(2);

            Assert.Equal(STATUS_SUCCESS, rig.Eject(1));

            Assert.Null(rig.Toaster(1));
            Assert.NotNull(rig.Toaster(2));
            Assert.Contains("BusEnum: toaster 1 deleted", rig.DebugLog);
            Assert.Equal(STATUS_INVALID_PARAMETER, rig.Eject(1));
        }, SampleHost.Iterations);

    [Fact]
    public void Remove_BusWithToasters_EverythingGoesAndTheDriversUnload() =>
        ScheduleAssert.Explore(machine =>
        {
            var rig = ToasterRig.On(machine);
            rig.PlugIn(1);
            rig.PlugIn(2);

            var result = rig.Machine.Pnp.Remove(rig.BusPath);

            Assert.Equal(PnpResult.Done, result);
            Assert.Null(rig.Machine.Pnp.Find(rig.BusPath));
            Assert.Null(rig.Toaster(1));
            Assert.Null(rig.Machine.BugCheck);
            Assert.Contains("BusEnum: bus removed, 2 child(ren) deleted", rig.DebugLog);
            foreach (var service in new[] { "busenum", "toaster", "devupper", "devlower" })
            {
                Assert.Equal(ServiceState.Stopped, rig.Machine.Services.Query(service).State);
                Assert.Empty(rig.Machine.Tracking.Outstanding(service));
            }
        }, SampleHost.Iterations);

    [Fact]
    public void BusIoctl_UnknownMethodNeitherCodeWithHugeLength_InvalidParameterNoCrash() =>
        ScheduleAssert.Explore(machine =>
        {
            // Not one of the bus's codes: the driver must not touch a system buffer (a METHOD_NEITHER
            // request has none) nor believe its length; the C sample fails it with STATUS_INVALID_PARAMETER.
            var rig = ToasterRig.On(machine);
            var code = CTL_CODE(FILE_DEVICE_BUS_EXTENDER, 0x999, METHOD_NEITHER, FILE_ANY_ACCESS);
            NTSTATUS status = STATUS_UNSUCCESSFUL;
            var fdo = rig.BusFdo;
            var run = rig.Machine.Run(() =>
            {
                var buffer = KernelRequests.Allocate(16);
                status = KernelRequests.Control(fdo, code, buffer, 0xFFFF_FFF0, default, 0).Status;
                KernelRequests.Free(buffer);
            });

            Assert.True(rig.Machine.BugCheck is null, rig.Machine.BugCheck?.Account);
            Assert.Equal(RunStatus.Completed, run);
            Assert.Equal(STATUS_INVALID_PARAMETER, status);
        }, SampleHost.Iterations);

    [Fact]
    public void DontDisplayInUI_Toaster_NodeReportsTheFlag() =>
        ScheduleAssert.Explore(machine =>
        {
            var rig = ToasterRig.On(machine);
            rig.PlugIn(1);
            Assert.Equal(0u, rig.Toaster(1)!.DeviceState & PNP_DEVICE_DONT_DISPLAY_IN_UI);

            Assert.Equal(STATUS_SUCCESS, rig.BusIoctl(ToasterPublic.IOCTL_TOASTER_DONT_DISPLAY_IN_UI_DEVICE, BusEnumRequests.UnplugHardware(1)));

            Assert.Equal(PNP_DEVICE_DONT_DISPLAY_IN_UI, rig.Toaster(1)!.DeviceState & PNP_DEVICE_DONT_DISPLAY_IN_UI);
            Assert.Equal(DeviceNodeState.DeviceNodeStarted, rig.Toaster(1)!.State);
        }, SampleHost.Iterations);

    [Fact]
    public void StaticBus_NumberOfToastersTwo_TwoChildrenAtStart() =>
        ScheduleAssert.Explore(machine =>
        {
            var rig = ToasterRig.On(machine, staticBus: true, numberOfToasters: 2);

            Assert.Equal([ToasterRig.ToasterPath(1), ToasterRig.ToasterPath(2)], rig.Bus.Children.Select(c => c.InstancePath));
            Assert.All(rig.Bus.Children, c => Assert.Equal(DeviceNodeState.DeviceNodeStarted, c.State));
            Assert.Contains("StatBus: DriverEntry", rig.DebugLog);
        }, SampleHost.Iterations);

    [Fact]
    public void StaticBus_NoParameters_DefaultsToTwoAndThreeGiveThree()
    {
        ScheduleAssert.Explore(machine => Assert.Equal(2, ToasterRig.On(machine, staticBus: true).Bus.Children.Count), SampleHost.Iterations);
        ScheduleAssert.Explore(machine => Assert.Equal(3, ToasterRig.On(machine, staticBus: true, numberOfToasters: 3).Bus.Children.Count), SampleHost.Iterations);
    }

    [Fact]
    public void Filters_ToasterRemoved_PrintTheirCountsWithThePnpIrps() =>
        ScheduleAssert.Explore(machine =>
        {
            var rig = ToasterRig.On(machine);
            rig.PlugIn(1);
            rig.Unplug(1);

            var lines = rig.DebugLog.Split('\n');
            var upper = Assert.Single(lines, l => l.StartsWith("devupper: removed", StringComparison.Ordinal));
            var lower = Assert.Single(lines, l => l.StartsWith("devlower: removed", StringComparison.Ordinal));
            Assert.Contains("IRP_MJ_PNP=", upper);
            Assert.Contains("IRP_MJ_PNP=", lower);
            Assert.DoesNotContain("IRP_MJ_READ", upper);
        }, SampleHost.Iterations);
}
