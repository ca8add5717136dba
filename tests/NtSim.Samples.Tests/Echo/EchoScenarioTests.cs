using static NtSim.Wdm;
using static NtSim.Win32;

namespace NtSim.Samples.Tests.Echo;

/// <summary>
/// The echo driver under the schedule explorer, both variants: an application that exits with
/// requests pending (the framework cancels them, each is completed once, the driver unloads clean),
/// and the device removed with one request held by the driver and others queued (the queue is
/// stopped, waiting for the timer to complete the held one, then purged).
/// </summary>
public sealed class EchoScenarioTests : IDisposable
{
    private const int Schedules100 = 100;

    private readonly EchoPackage _package = new();

    public void Dispose() => _package.Dispose();

    [Theory]
    [InlineData("AutoSync")]
    [InlineData("DriverSync")]
    public void AppExits_WithRequestsPending_TheyAreCancelledOnceAndTheDriverUnloadsClean(string name)
    {
        var variant = EchoVariant.Named(name);
        var exploration = Schedules.Explore(machine =>
        {
            var instance = _package.Install(machine, variant);

            // Two writes and two reads in flight, then the process ends without waiting for them.
            var app = machine.RunClient("echoexit", args =>
            {
                var h = CreateFile(EchoAppTests.EchoPath(instance), GENERIC_READ | GENERIC_WRITE, 0, null, OPEN_EXISTING, FILE_FLAG_OVERLAPPED, default);
                var buffer = VirtualAlloc(PVOID.NULL, 4 * 100, MEM_COMMIT | MEM_RESERVE, PAGE_READWRITE);
                for (var i = 0; i < 4; i++)
                {
                    var ov = new OVERLAPPED();
                    var issued = i % 2 == 0 ? WriteFile(h, buffer + (i * 100), 100, out _, ov) : ReadFile(h, buffer + (i * 100), 100, out _, ov);
                    if (!issued && GetLastError() != Win32Error.ERROR_IO_PENDING)
                    {
                        return 1;
                    }
                }

                return 0;
            });

            Assert.Equal(0, app.ExitCode);
            // Every IRP of the process was completed (a second completion would have bug checked 0x44).
            Assert.Empty(machine.IoManager.Irps.InUse());
            var log = machine.DebugText();
            Assert.Contains("EchoEvtIoWrite Called!", log);
            EchoPackage.Remove(machine, instance, variant);
            return EchoAppTests.Count(log, "EchoEvtRequestCancel called") > 0 ? "held request cancelled" : "none held at exit";
        }, Schedules100);

        exploration.ThrowIfFailed();
        Assert.Equal(Schedules100, exploration.Iterations);
        // The held write reached EvtRequestCancel (the driver completes it) in at least one schedule.
        Assert.Contains("held request cancelled", exploration.Outcomes.Keys);
    }

    [Theory]
    [InlineData("AutoSync")]
    [InlineData("DriverSync")]
    public void Remove_OneRequestHeldTwoQueued_SuspendWaitsForTheTimerThenTheQueuedAreCancelled(string name)
    {
        var variant = EchoVariant.Named(name);
        var exploration = Schedules.Explore(machine =>
        {
            var instance = _package.Install(machine, variant);
            var client = new ThreeWrites(EchoAppTests.EchoPath(instance));
            var app = machine.StartProcess("echoremove", client.Main);
            NtAssert.Completed(machine, machine.RunUntilIdle());

            // The first write is held by the driver (its timer has not ticked), the other two wait in the queue.
            Assert.False(app.HasExited);
            Assert.Equal(1, EchoAppTests.Count(machine.DebugText(), "EchoEvtIoWrite Called!"));
            Assert.All(client.Overlapped, ov => Assert.Equal(STATUS_PENDING, ov.Internal));
            var before = machine.InterruptTime;

            var removed = machine.Pnp.Remove(instance);
            Assert.True(removed.Succeeded, $"{removed}");
            NtAssert.Completed(machine, app.WaitForExit());

            // EvtDeviceSelfManagedIoSuspend's WdfIoQueueStopSynchronously waited (echo has no EvtIoStop)
            // until the timer completed the held write; virtual time passed for it.
            var log = machine.DebugText();
            var suspend = log.IndexOf("--> EchoEvtDeviceSelfManagedIoSuspend", StringComparison.Ordinal);
            var completed = log.IndexOf("CustomTimerDPC Completing request", StringComparison.Ordinal);
            var suspended = log.IndexOf("<-- EchoEvtDeviceSelfManagedIoSuspend", StringComparison.Ordinal);
            Assert.True(suspend >= 0 && suspend < completed && completed < suspended, log);
            Assert.True(machine.InterruptTime > before);
            Assert.Equal(1, EchoAppTests.Count(log, "EchoEvtIoWrite Called!"));

            // The held write succeeded; the queued ones never reached the driver: purged, STATUS_CANCELLED.
            Assert.Equal([STATUS_SUCCESS, STATUS_CANCELLED, STATUS_CANCELLED], client.Overlapped.Select(ov => ov.Internal));
            Assert.Equal([true, false, false], client.Succeeded);
            Assert.Equal([0u, Win32Error.ERROR_OPERATION_ABORTED, Win32Error.ERROR_OPERATION_ABORTED], client.Errors);
            Assert.Equal(100u, client.Transferred[0]);
            EchoPackage.Unloaded(machine, instance, variant);
        }, Schedules100);

        exploration.ThrowIfFailed();
        Assert.Equal(Schedules100, exploration.Iterations);
    }

    /// <summary>Three overlapped 100-byte writes on one handle, then a wait for each; records the results.</summary>
    private sealed class ThreeWrites(string path)
    {
        public OVERLAPPED[] Overlapped { get; } = [new(), new(), new()];

        public bool[] Succeeded { get; } = new bool[3];

        public uint[] Errors { get; } = new uint[3];

        public uint[] Transferred { get; } = new uint[3];

        public int Main(string[] args)
        {
            var h = CreateFile(path, GENERIC_READ | GENERIC_WRITE, 0, null, OPEN_EXISTING, FILE_FLAG_OVERLAPPED, default);
            var buffer = new byte[100];
            foreach (var ov in Overlapped)
            {
                ov.hEvent = CreateEvent(null, true, false, null);
                if (WriteFile(h, buffer, 100, out _, ov) || GetLastError() != Win32Error.ERROR_IO_PENDING)
                {
                    return 1;
                }
            }

            for (var i = 0; i < Overlapped.Length; i++)
            {
                Succeeded[i] = GetOverlappedResult(h, Overlapped[i], out Transferred[i], true);
                Errors[i] = Succeeded[i] ? 0 : GetLastError();
                CloseHandle(Overlapped[i].hEvent);
            }

            CloseHandle(h);
            return 0;
        }
    }
}
