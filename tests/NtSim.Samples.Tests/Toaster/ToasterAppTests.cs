using NtSim.Samples.Toaster;
using NtSim.Samples.Toaster.Apps;
using static NtSim.Wdm;
using static NtSim.Win32;

namespace NtSim.Samples.Tests.Toaster;

/// <summary>enum and toast against the toaster family, found through their interfaces.</summary>
public sealed class ToasterAppTests
{
    [Fact]
    public void Enum_PlugInThenToast_ToasterFoundAndReadsReturnZeroBytes() =>
        ScheduleAssert.Explore(machine =>
        {
            var rig = ToasterRig.On(machine);
            var plug = rig.Machine.RunClient("enum", EnumApp.Main, "-p", "1");
            Assert.Contains("Bus interface opened!!!", plug.Output);
            Assert.Contains("Success!!!", plug.Output);
            Assert.Equal(DeviceNodeState.DeviceNodeStarted, rig.Toaster(1)!.State);

            var toast = rig.Machine.StartProcess("toast", ToastApp.Main, "2");
            NtAssert.Completed(rig.Machine, toast.WaitForExit());
            Assert.Equal(0, toast.ExitCode);
            Assert.Contains("Read 2: 0 bytes", toast.Output);
            Assert.Contains("IRP_MJ_READ=2", UpperFilterCountsAfterUnplug(rig));
        }, SampleHost.Iterations);

    [Fact]
    public void Enum_NoArguments_PrintsUsage() =>
        ScheduleAssert.Explore(machine =>
        {
            var rig = ToasterRig.On(machine);
            var app = rig.Machine.RunClient("enum", EnumApp.Main);
            Assert.Equal(2, app.ExitCode);
            Assert.Contains("usage:", app.Output);
        }, SampleHost.Iterations);

    [Fact]
    public void Unplug_ToasterOpen_ReadsFailDeletePendingAndNodeGoesWhenHandleCloses() =>
        ScheduleAssert.Explore(machine =>
        {
            var rig = ToasterRig.On(machine);
            rig.PlugIn(1);
            uint readError = 0;
            uint firstRead = 1;
            var app = rig.Machine.StartProcess("toastopen", args =>
            {
                var h = CreateFile(InterfacePathOf(ToasterPublic.GUID_DEVINTERFACE_TOASTER)!, GENERIC_READ, 0, null, OPEN_EXISTING, 0, default);
                Assert.True(h != INVALID_HANDLE_VALUE);
                var buffer = new byte[4];
                Assert.True(ReadFile(h, buffer, 4, out firstRead, null));
                Sleep(1000);
                Assert.False(ReadFile(h, buffer, 4, out _, null));
                readError = GetLastError();
                CloseHandle(h);
                return 0;
            });

            // The application has opened the toaster and sleeps (virtual time) while it is unplugged.
            rig.Machine.RunToCompletion(() => KeDelayExecutionThread(KernelMode, false, -1_000_000));
            Assert.Equal(STATUS_SUCCESS, rig.Unplug(1));
            NtAssert.Completed(rig.Machine, app.WaitForExit());
            NtAssert.Completed(rig.Machine, rig.Machine.RunUntilIdle());

            Assert.Equal(0u, firstRead);
            // STATUS_DELETE_PENDING is ERROR_ACCESS_DENIED in Win32.
            Assert.Equal(Win32Error.ERROR_ACCESS_DENIED, readError);
            Assert.Null(rig.Toaster(1));
            Assert.Empty(rig.Bus.Children);
            Assert.Null(rig.Machine.BugCheck);
        }, SampleHost.Iterations);

    private static string? InterfacePathOf(Guid guid)
    {
        var set = SetupDiGetClassDevs(guid, null, 0, DIGCF_PRESENT | DIGCF_DEVICEINTERFACE);
        var data = new SP_DEVICE_INTERFACE_DATA();
        Assert.True(SetupDiEnumDeviceInterfaces(set, null, guid, 0, data));
        SetupDiGetDeviceInterfaceDetail(set, data, null, 0, out uint required, null);
        var detail = new SP_DEVICE_INTERFACE_DETAIL_DATA();
        Assert.True(SetupDiGetDeviceInterfaceDetail(set, data, detail, required, out _, null));
        SetupDiDestroyDeviceInfoList(set);
        return detail.DevicePath;
    }

    private static string UpperFilterCountsAfterUnplug(ToasterRig rig)
    {
        Assert.Equal(STATUS_SUCCESS, rig.Unplug(1));
        return rig.DebugLog.Split('\n').Single(l => l.StartsWith("devupper: removed", StringComparison.Ordinal));
    }
}
