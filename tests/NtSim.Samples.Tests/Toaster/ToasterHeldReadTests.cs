using NtSim.Samples.Toaster;
using static NtSim.Wdm;
using static NtSim.Win32;

namespace NtSim.Samples.Tests.Toaster;

/// <summary>A read held in the toaster's cancel-safe queue while a stop is pending, then the
/// toaster unplugged: the PnP manager's surprise removal fails what is held.</summary>
public sealed class ToasterHeldReadTests
{
    [Fact]
    public void Unplug_ReadHeldAfterQueryStop_ReadFailsDeletePendingAndEverythingUnloadsClean() =>
        ScheduleAssert.Explore(machine =>
        {
            var rig = ToasterRig.On(machine);
            for (uint serial = 1; serial <= 3; serial++)
            {
                Assert.Equal(STATUS_SUCCESS, rig.PlugIn(serial));
            }

            Assert.Equal(STATUS_SUCCESS, QueryStop(rig, rig.Toaster(1)!));

            var reader = new HeldReader();
            var app = rig.Machine.StartProcess("toastheld", reader.Main);
            NtAssert.Completed(rig.Machine, rig.Machine.RunUntilIdle());

            // The read is in the queue: ReadFile said ERROR_IO_PENDING and the application still waits.
            Assert.Equal(Win32Error.ERROR_IO_PENDING, reader.ReadError);
            Assert.False(app.HasExited);
            Assert.Equal(STATUS_PENDING, reader.Overlapped.Internal);

            Assert.Equal(STATUS_SUCCESS, rig.Unplug(1));
            NtAssert.Completed(rig.Machine, app.WaitForExit());
            NtAssert.Completed(rig.Machine, rig.Machine.RunUntilIdle());

            // IRP_MN_SURPRISE_REMOVAL flushes the held queue with STATUS_DELETE_PENDING (not
            // STATUS_CANCELLED: the read was not cancelled, its device went), ERROR_ACCESS_DENIED in Win32.
            Assert.Equal(0, app.ExitCode);
            Assert.False(reader.Succeeded);
            Assert.Equal(STATUS_DELETE_PENDING, reader.Overlapped.Internal);
            Assert.Equal(Win32Error.ERROR_ACCESS_DENIED, reader.WaitError);
            Assert.Contains("Toaster: 1 held request(s) completed with 0xc0000056", rig.DebugLog);
            Assert.Null(rig.Toaster(1));
            Assert.Equal([ToasterRig.ToasterPath(2), ToasterRig.ToasterPath(3)], rig.Bus.Children.Select(c => c.InstancePath));
            Assert.All(rig.Bus.Children, c => Assert.Equal(DeviceNodeState.DeviceNodeStarted, c.State));
            Assert.True(rig.Machine.BugCheck is null, rig.Machine.BugCheck?.Account);

            Assert.Equal(PnpResult.Done, rig.Machine.Pnp.Remove(rig.BusPath));
            foreach (var service in new[] { "busenum", "toaster", "devupper", "devlower" })
            {
                var status = rig.Machine.Services.Query(service);
                Assert.Equal(ServiceState.Stopped, status.State);
                Assert.NotNull(status.LastUnloadReport);
                Assert.True(status.LastUnloadReport.IsClean, status.LastUnloadReport.Summary);
                Assert.Empty(rig.Machine.Tracking.Outstanding(service));
            }

            Assert.Null(rig.Machine.BugCheck);
        }, SampleHost.Iterations);

    /// <summary>IRP_MN_QUERY_STOP_DEVICE sent to the top of the node's stack from a kernel thread,
    /// as the PnP manager sends it (STATUS_NOT_SUPPORTED first); returns how the stack answered.</summary>
    private static NTSTATUS QueryStop(ToasterRig rig, DeviceNode node)
    {
        NTSTATUS result = STATUS_UNSUCCESSFUL;
        var top = node.Stack[0];
        NtAssert.Completed(rig.Machine, rig.Machine.Run(() =>
        {
            var done = new KEVENT();
            KeInitializeEvent(done, NotificationEvent, false);
            var irp = IoAllocateIrp(top.StackSize, false);
            irp.IoStatus.Status = STATUS_NOT_SUPPORTED;
            var next = IoGetNextIrpStackLocation(irp);
            next.MajorFunction = IRP_MJ_PNP;
            next.MinorFunction = IRP_MN_QUERY_STOP_DEVICE;
            IoSetCompletionRoutine(irp, (_, i, _) =>
            {
                result = i.IoStatus.Status;
                KeSetEvent(done, 0, false);
                IoFreeIrp(i);
                return STATUS_MORE_PROCESSING_REQUIRED;
            }, null, true, true, true);
            IoCallDriver(top, irp);
            KeWaitForSingleObject(done, Executive, KernelMode, false, null);
        }));
        return result;
    }

    /// <summary>The application: opens toaster 01 through its interface for overlapped I/O, issues
    /// one read, records that it is pending, waits for it, and closes the handle.</summary>
    private sealed class HeldReader
    {
        public OVERLAPPED Overlapped { get; } = new();

        public uint ReadError { get; private set; }

        public uint WaitError { get; private set; }

        public bool Succeeded { get; private set; } = true;

        public int Main(string[] args)
        {
            var h = CreateFile(ToasterInterfaces.PathOf(ToasterPublic.GUID_DEVINTERFACE_TOASTER, "01"), GENERIC_READ, 0, null, OPEN_EXISTING, FILE_FLAG_OVERLAPPED, default);
            Assert.True(h != INVALID_HANDLE_VALUE);
            var buffer = new byte[4];
            var ov = Overlapped;
            ov.hEvent = CreateEvent(null, true, false, null);
            Assert.False(ReadFile(h, buffer, 4, out _, ov));
            ReadError = GetLastError();
            Succeeded = GetOverlappedResult(h, ov, out _, true);
            WaitError = GetLastError();
            CloseHandle(ov.hEvent);
            CloseHandle(h);
            return 0;
        }
    }
}
