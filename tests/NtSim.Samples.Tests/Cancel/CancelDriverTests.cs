using NtSim.Samples.Cancel;
using static NtSim.Wdm;

namespace NtSim.Samples.Tests.Cancel;

/// <summary>The cancel driver, driven from kernel mode (IoBuildSynchronousFsdRequest reads): the
/// polling thread, the settling interval, cancellation through the cancel-safe queue, cleanup and
/// unload.</summary>
public sealed class CancelDriverTests
{
    private const long OneSecond = -10_000_000;

    /// <summary>The service (and module) name the tests start the driver under.</summary>
    internal const string Service = "cancel";

    /// <summary>Stops the driver: a clean unload (<see cref="SampleHost.StopDriver"/>), the polling thread gone with it.</summary>
    internal static void AssertUnloadedClean(Machine machine) => machine.StopDriverAndCheckMachine(Service);

    /// <summary>The sample a completed read delivered.</summary>
    private static uint Sample(KernelRequests.Request read)
    {
        Assert.Equal(STATUS_SUCCESS, read.Iosb.Status);
        Assert.Equal((ulong)CancelPublic.SIZEOF_INPUT_DATA, read.Iosb.Information);
        var data = read.ReadBuffer.Read<INPUT_DATA>().Data;
        read.FreeReadBuffer();
        return data;
    }

    [Fact]
    public void Read_OneRead_CompletesWithTheFirstSampleOnceTheDeviceSettled() =>
        ScheduleAssert.Explore(machine =>
        {
            var driver = machine.StartDriver<CancelDriver>(CancelDriverTests.Service);
            NTSTATUS returned = 0;
            uint data = 0;
            ulong elapsed = 0;
            NtAssert.Completed(machine, machine.Run(() =>
            {
                var start = KeQueryInterruptTime();
                var read = KernelRequests.StartRead(driver.DeviceObject!, 4);
                returned = read.Returned;
                read.Wait();
                elapsed = KeQueryInterruptTime() - start;
                data = Sample(read);
            }));
            Assert.Equal(STATUS_PENDING, returned);
            Assert.Equal(1u, data);

            // Loaded just now: the device settles for a second before the first read.
            Assert.InRange(elapsed, 10_000_000UL, 11_000_000UL);
            AssertUnloadedClean(machine);
        }, SampleHost.Iterations);

    [Fact]
    public void Read_SeveralReads_ServedInOrderOneSettlingIntervalApart() =>
        ScheduleAssert.Explore(machine =>
        {
            var driver = machine.StartDriver<CancelDriver>(CancelDriverTests.Service);
            var samples = new List<uint>();
            var times = new List<ulong>();
            NtAssert.Completed(machine, machine.Run(() =>
            {
                var reads = Enumerable.Range(0, 3).Select(_ => KernelRequests.StartRead(driver.DeviceObject!, 8)).ToList();
                foreach (var read in reads)
                {
                    read.Wait();
                    times.Add(KeQueryInterruptTime());
                    samples.Add(Sample(read));
                }
            }));
            Assert.Equal([1u, 2u, 3u], samples);
            Assert.True(times[1] - times[0] >= 10_000_000, $"reads 1 and 2 {times[1] - times[0]} apart");
            Assert.True(times[2] - times[1] >= 10_000_000, $"reads 2 and 3 {times[2] - times[1]} apart");
            AssertUnloadedClean(machine);
        }, SampleHost.Iterations);

    [Fact]
    public void Read_BufferSmallerThanInputData_BufferTooSmall() =>
        ScheduleAssert.Explore(machine =>
        {
            var driver = machine.StartDriver<CancelDriver>(CancelDriverTests.Service);
            NTSTATUS returned = 0;
            var completedAtOnce = false;
            NtAssert.Completed(machine, machine.Run(() =>
            {
                var read = KernelRequests.StartRead(driver.DeviceObject!, CancelPublic.SIZEOF_INPUT_DATA - 1);
                returned = read.Returned;
                completedAtOnce = read.IsComplete;
                Assert.Equal(STATUS_BUFFER_TOO_SMALL, read.Wait());
                Assert.Equal(0UL, read.Iosb.Information);
                read.FreeReadBuffer();
            }));
            Assert.Equal(STATUS_BUFFER_TOO_SMALL, returned);
            Assert.True(completedAtOnce);
            AssertUnloadedClean(machine);
        }, SampleHost.Iterations);

    [Fact]
    public void Read_IoCancelIrpWhileQueued_CancelledAndTheNextReadGetsTheNextSample() =>
        ScheduleAssert.Explore(machine =>
        {
            var driver = machine.StartDriver<CancelDriver>(CancelDriverTests.Service);
            var cancelled = false;
            NTSTATUS middle = 0;
            uint first = 0, last = 0;
            NtAssert.Completed(machine, machine.Run(() =>
            {
                var device = driver.DeviceObject!;
                var a = KernelRequests.StartRead(device, 4);
                var b = KernelRequests.StartRead(device, 4);
                var c = KernelRequests.StartRead(device, 4);

                // The polling thread holds at most the first read while the device settles.
                KeDelayExecutionThread(KernelMode, false, OneSecond / 2);
                cancelled = IoCancelIrp(b.Irp);
                middle = b.Wait();
                b.FreeReadBuffer();
                a.Wait();
                first = Sample(a);
                c.Wait();
                last = Sample(c);
            }));
            Assert.True(cancelled);
            Assert.Equal(STATUS_CANCELLED, middle);
            Assert.Equal(1u, first);
            Assert.Equal(2u, last);
            AssertUnloadedClean(machine);
        }, SampleHost.Iterations);

    [Fact]
    public void Read_CancelledBeforeDispatch_CompletedCancelledAtOnce() =>
        ScheduleAssert.Explore(machine =>
        {
            var driver = machine.StartDriver<CancelDriver>(CancelDriverTests.Service);
            NTSTATUS returned = 0, final = 0;
            var completedAtOnce = false;
            NtAssert.Completed(machine, machine.Run(() =>
            {
                var read = KernelRequests.StartRead(driver.DeviceObject!, 4, cancelFirst: true);
                returned = read.Returned;
                completedAtOnce = read.IsComplete;
                final = read.Wait();
                read.FreeReadBuffer();
            }));
            Assert.Equal(STATUS_PENDING, returned);
            Assert.True(completedAtOnce);
            Assert.Equal(STATUS_CANCELLED, final);
            AssertUnloadedClean(machine);
        }, SampleHost.Iterations);

    /// <summary>Reads cancelled at once race the polling thread taking them: each completes exactly
    /// once, as cancelled or with a sample, and the samples delivered are 1, 2, ... in order. Both
    /// sides win on some schedule: the polling thread serves a second read before the cancellation
    /// reaches it, or the cancellation takes it first.</summary>
    [Fact]
    public void Read_CancelRacesPollingThread_EachCompletedOnce()
    {
        var exploration = Schedules.Explore(machine =>
        {
            var driver = machine.StartDriver<CancelDriver>(CancelDriverTests.Service);
            var statuses = new List<NTSTATUS>();
            var samples = new List<uint>();
            NtAssert.Completed(machine, machine.Run(() =>
            {
                var reads = Enumerable.Range(0, 4).Select(_ => KernelRequests.StartRead(driver.DeviceObject!, 4)).ToList();

                // The polling thread wakes from its settling delay at this same instant.
                KeDelayExecutionThread(KernelMode, false, OneSecond);
                foreach (var read in reads)
                {
                    IoCancelIrp(read.Irp);
                }

                foreach (var read in reads)
                {
                    statuses.Add(read.Wait());
                    if (read.Iosb.Status == STATUS_SUCCESS)
                    {
                        samples.Add(Sample(read));
                    }

                    read.FreeReadBuffer();
                }
            }));
            Assert.All(statuses, s => Assert.Contains(s, new[] { STATUS_SUCCESS, STATUS_CANCELLED }));
            Assert.Equal(Enumerable.Range(1, samples.Count).Select(i => (uint)i), samples);
            AssertUnloadedClean(machine);
            return samples.Count;
        }, 3 * SampleHost.Iterations);

        exploration.ThrowIfFailed();
        Assert.Equal([1, 2], exploration.Outcomes.Keys.Order());
    }

    [Fact]
    public void Cleanup_QueuedReadsOfThatFile_CancelledOtherFilesServed() =>
        ScheduleAssert.Explore(machine =>
        {
            var driver = machine.StartDriver<CancelDriver>(CancelDriverTests.Service);
            NTSTATUS closed1 = 0, closed2 = 0;
            uint first = 0, second = 0;
            NtAssert.Completed(machine, machine.Run(() =>
            {
                var device = driver.DeviceObject!;
                var staying = new FILE_OBJECT(device, "");
                var closing = new FILE_OBJECT(device, "");
                var s1 = KernelRequests.StartRead(device, 4, staying);
                var c1 = KernelRequests.StartRead(device, 4, closing);
                var c2 = KernelRequests.StartRead(device, 4, closing);
                var s2 = KernelRequests.StartRead(device, 4, staying);
                Assert.Equal(STATUS_SUCCESS, KernelRequests.Cleanup(device, closing));
                Assert.True(c1.IsComplete);
                Assert.True(c2.IsComplete);
                closed1 = c1.Wait();
                closed2 = c2.Wait();
                c1.FreeReadBuffer();
                c2.FreeReadBuffer();
                s1.Wait();
                first = Sample(s1);
                s2.Wait();
                second = Sample(s2);
            }));
            Assert.Equal(STATUS_CANCELLED, closed1);
            Assert.Equal(STATUS_CANCELLED, closed2);
            Assert.Equal(1u, first);
            Assert.Equal(2u, second);
            AssertUnloadedClean(machine);
        }, SampleHost.Iterations);

    [Fact]
    public void Unload_ReadsQueued_ThreadFinishesItsReadRestCancelled() =>
        ScheduleAssert.Explore(machine =>
        {
            var driver = machine.StartDriver<CancelDriver>(CancelDriverTests.Service);
            var reads = new List<KernelRequests.Request>();
            KTHREAD? pollingThread = null;
            NtAssert.Completed(machine, machine.Run(() =>
            {
                pollingThread = driver.DeviceObject!.Extension<DEVICE_EXTENSION>().ThreadObject;
                ObReferenceObject(pollingThread!);
                reads.AddRange(Enumerable.Range(0, 3).Select(_ => KernelRequests.StartRead(driver.DeviceObject!, 4)));
                KeDelayExecutionThread(KernelMode, false, OneSecond / 2);
            }));
            Assert.Contains(machine.Tracking.Outstanding("cancel"), r => r.Kind == ResourceKind.Thread);

            AssertUnloadedClean(machine);
            Assert.All(reads, r => Assert.True(r.IsComplete));
            Assert.Equal(STATUS_SUCCESS, reads[0].Iosb.Status);
            Assert.Equal(STATUS_CANCELLED, reads[1].Iosb.Status);
            Assert.Equal(STATUS_CANCELLED, reads[2].Iosb.Status);
            Assert.Equal(ThreadState.Terminated, pollingThread!.State);
            Assert.Equal(STATUS_SUCCESS, pollingThread.ExitStatus);
            NtAssert.Completed(machine, machine.Run(() =>
            {
                ObDereferenceObject(pollingThread);
                foreach (var read in reads)
                {
                    read.FreeReadBuffer();
                }
            }));
        }, SampleHost.Iterations);
}
