using System.Runtime.InteropServices;
using NtSim.Samples.Event;
using static NtSim.Wdm;

namespace NtSim.Samples.Tests.Event;

/// <summary>The event driver, driven from kernel mode (IoBuildDeviceIoControlRequest): the
/// IRP-based notification, its cancellation, cleanup and unload, and the input checks.</summary>
public sealed class EventDriverTests
{
    internal const long OneSecond = -10_000_000;

    private static byte[] Input(NOTIFY_TYPE type, long dueTime, HANDLE hEvent = default)
    {
        var registerEvent = new REGISTER_EVENT { Type = type, hEvent = hEvent, DueTime = dueTime };
        return MemoryMarshal.AsBytes(new ReadOnlySpan<REGISTER_EVENT>(ref registerEvent)).ToArray();
    }

    internal static KernelRequests.Request Register(DEVICE_OBJECT device, NOTIFY_TYPE type, long dueTime, FILE_OBJECT? fileObject = null,
        bool cancelFirst = false) =>
        KernelRequests.StartDeviceIoControl(device, EventPublic.IOCTL_REGISTER_EVENT, Input(type, dueTime), fileObject, cancelFirst);

    /// <summary>The service (and module) name the tests start the driver under.</summary>
    internal const string Service = "event";

    /// <summary>Stops the driver: a clean unload (<see cref="SampleHost.StopDriver"/>) with every record back in the pool.</summary>
    internal static void AssertUnloadedClean(Machine machine)
    {
        machine.StopDriverAndCheckMachine(Service);
        Assert.Equal(0, machine.Pool.QueryTag("Evnt").Outstanding);
    }

    [Fact]
    public void IrpBased_TimerFires_CompletesWithSuccessAfterDueTime() =>
        ScheduleAssert.Explore(machine =>
        {
            var driver = machine.StartDriver<EventDriver>(EventDriverTests.Service);
            ulong elapsed = 0;
            NTSTATUS returned = 0, final = 0;
            NtAssert.Completed(machine, machine.Run(() =>
            {
                var start = KeQueryInterruptTime();
                var request = Register(driver.DeviceObject!, NOTIFY_TYPE.IRP_BASED, 2 * OneSecond);
                returned = request.Returned;
                final = request.Wait();
                elapsed = KeQueryInterruptTime() - start;
            }));
            Assert.Equal(STATUS_PENDING, returned);
            Assert.Equal(STATUS_SUCCESS, final);
            Assert.InRange(elapsed, 20_000_000UL, 21_000_000UL);
            Assert.Equal(1, machine.Pool.QueryTag("Evnt").NonPagedAllocs);
            AssertUnloadedClean(machine);
        }, SampleHost.Iterations);

    [Fact]
    public void IrpBased_SeveralRequests_CompleteInDueTimeOrder() =>
        ScheduleAssert.Explore(machine =>
        {
            var driver = machine.StartDriver<EventDriver>(EventDriverTests.Service);
            var order = new List<int>();
            NtAssert.Completed(machine, machine.Run(() =>
            {
                var device = driver.DeviceObject!;
                KernelRequests.Request[] requests =
                [
                    Register(device, NOTIFY_TYPE.IRP_BASED, 3 * OneSecond),
                    Register(device, NOTIFY_TYPE.IRP_BASED, 1 * OneSecond),
                    Register(device, NOTIFY_TYPE.IRP_BASED, 2 * OneSecond),
                ];
                var remaining = new List<int> { 0, 1, 2 };
                while (remaining.Count > 0)
                {
                    KeDelayExecutionThread(KernelMode, false, -1_000_000);
                    foreach (var i in remaining.ToArray())
                    {
                        if (requests[i].IsComplete)
                        {
                            Assert.Equal(STATUS_SUCCESS, requests[i].Iosb.Status);
                            order.Add(i);
                            remaining.Remove(i);
                        }
                    }
                }
            }));
            Assert.Equal([1, 2, 0], order);
            AssertUnloadedClean(machine);
        }, SampleHost.Iterations);

    [Fact]
    public void RegisterEvent_InputTooSmall_InvalidParameter() =>
        ScheduleAssert.Explore(machine =>
        {
            var driver = machine.StartDriver<EventDriver>(EventDriverTests.Service);
            NTSTATUS returned = 0, final = 0;
            NtAssert.Completed(machine, machine.Run(() =>
            {
                var input = Input(NOTIFY_TYPE.IRP_BASED, OneSecond);
                var request = KernelRequests.StartDeviceIoControl(driver.DeviceObject!, EventPublic.IOCTL_REGISTER_EVENT, input.AsSpan(0, input.Length - 1));
                returned = request.Returned;
                final = request.Wait();
            }));
            Assert.Equal(24, EventPublic.SIZEOF_REGISTER_EVENT);
            Assert.Equal(STATUS_INVALID_PARAMETER, returned);
            Assert.Equal(STATUS_INVALID_PARAMETER, final);
            Assert.Equal(0, machine.Pool.QueryTag("Evnt").NonPagedAllocs);
            AssertUnloadedClean(machine);
        }, SampleHost.Iterations);

    [Fact]
    public void RegisterEvent_UnknownNotifyType_InvalidParameter()
    {
        using var machine = TestMachine.Boot();
        var driver = machine.StartDriver<EventDriver>(EventDriverTests.Service);
        NTSTATUS returned = 0;
        NtAssert.Completed(machine, machine.Run(() =>
            returned = KernelRequests.StartDeviceIoControl(driver.DeviceObject!, EventPublic.IOCTL_REGISTER_EVENT, Input((NOTIFY_TYPE)2, OneSecond)).Wait()));
        Assert.Equal(STATUS_INVALID_PARAMETER, returned);
        AssertUnloadedClean(machine);
    }

    [Fact]
    public void DeviceControl_UnknownCode_InvalidDeviceRequest()
    {
        using var machine = TestMachine.Boot();
        var driver = machine.StartDriver<EventDriver>(EventDriverTests.Service);
        NTSTATUS returned = 0;
        var otherCode = CTL_CODE(FILE_DEVICE_UNKNOWN, 0x801, METHOD_BUFFERED, FILE_ANY_ACCESS);
        NtAssert.Completed(machine, machine.Run(() =>
            returned = KernelRequests.StartDeviceIoControl(driver.DeviceObject!, otherCode, Input(NOTIFY_TYPE.IRP_BASED, OneSecond)).Wait()));
        Assert.Equal(STATUS_INVALID_DEVICE_REQUEST, returned);
        AssertUnloadedClean(machine);
    }

    [Fact]
    public void EventBased_HandleNamesNothing_InvalidHandle()
    {
        using var machine = TestMachine.Boot();
        var driver = machine.StartDriver<EventDriver>(EventDriverTests.Service);
        NTSTATUS returned = 0;
        NtAssert.Completed(machine, machine.Run(() =>
        {
            var input = Input(NOTIFY_TYPE.EVENT_BASED, OneSecond, new HANDLE(0xFFFFFFFF80001234));
            returned = KernelRequests.StartDeviceIoControl(driver.DeviceObject!, EventPublic.IOCTL_REGISTER_EVENT, input).Wait();
        }));
        Assert.Equal(STATUS_INVALID_HANDLE, returned);
        Assert.Equal(0, machine.Pool.QueryTag("Evnt").NonPagedAllocs);
        AssertUnloadedClean(machine);
    }

    [Fact]
    public void EventBased_HandleOfAThread_ObjectTypeMismatch()
    {
        using var machine = TestMachine.Boot();
        var driver = machine.StartDriver<EventDriver>(EventDriverTests.Service);
        NTSTATUS returned = 0;
        NtAssert.Completed(machine, machine.Run(() =>
        {
            var input = Input(NOTIFY_TYPE.EVENT_BASED, OneSecond, NtCurrentThread());
            returned = KernelRequests.StartDeviceIoControl(driver.DeviceObject!, EventPublic.IOCTL_REGISTER_EVENT, input).Wait();
        }));
        Assert.Equal(STATUS_OBJECT_TYPE_MISMATCH, returned);
        AssertUnloadedClean(machine);
    }

    [Fact]
    public void IrpBased_IoCancelIrp_CompletesCancelledAndTimerStops() =>
        ScheduleAssert.Explore(machine =>
        {
            var driver = machine.StartDriver<EventDriver>(EventDriverTests.Service);
            NTSTATUS final = 0;
            var cancelled = false;
            NtAssert.Completed(machine, machine.Run(() =>
            {
                var request = Register(driver.DeviceObject!, NOTIFY_TYPE.IRP_BASED, 5 * OneSecond);
                KeDelayExecutionThread(KernelMode, false, OneSecond);
                cancelled = IoCancelIrp(request.Irp);
                final = request.Wait();

                // Past the due time: the cancelled timer's DPC must not run.
                KeDelayExecutionThread(KernelMode, false, 5 * OneSecond);
            }));
            Assert.True(cancelled);
            Assert.Equal(STATUS_CANCELLED, final);
            Assert.Equal(0, machine.Pool.QueryTag("Evnt").Outstanding);
            AssertUnloadedClean(machine);
        }, SampleHost.Iterations);

    [Fact]
    public void IrpBased_CancelledBeforeDispatch_CompletedCancelledAtOnce() =>
        ScheduleAssert.Explore(machine =>
        {
            var driver = machine.StartDriver<EventDriver>(EventDriverTests.Service);
            NTSTATUS returned = 0, final = 0;
            NtAssert.Completed(machine, machine.Run(() =>
            {
                var request = Register(driver.DeviceObject!, NOTIFY_TYPE.IRP_BASED, 5 * OneSecond, cancelFirst: true);
                returned = request.Returned;
                Assert.True(request.IsComplete);
                final = request.Wait();
            }));
            Assert.Equal(STATUS_PENDING, returned);
            Assert.Equal(STATUS_CANCELLED, final);
            AssertUnloadedClean(machine);
        }, SampleHost.Iterations);

    [Fact]
    public void Cleanup_PendingIrpsOfThatFile_CancelledOthersStay() =>
        ScheduleAssert.Explore(machine =>
        {
            var driver = machine.StartDriver<EventDriver>(EventDriverTests.Service);
            NTSTATUS first = 0, second = 0, other = 0;
            var otherPendingAfterCleanup = false;
            NtAssert.Completed(machine, machine.Run(() =>
            {
                var device = driver.DeviceObject!;
                var closing = new FILE_OBJECT(device, "");
                var staying = new FILE_OBJECT(device, "");
                var a = Register(device, NOTIFY_TYPE.IRP_BASED, 10 * OneSecond, closing);
                var b = Register(device, NOTIFY_TYPE.IRP_BASED, 20 * OneSecond, closing);
                var c = Register(device, NOTIFY_TYPE.IRP_BASED, 2 * OneSecond, staying);
                Assert.Equal(STATUS_SUCCESS, KernelRequests.Cleanup(device, closing));
                Assert.True(a.IsComplete);
                Assert.True(b.IsComplete);
                otherPendingAfterCleanup = !c.IsComplete;
                first = a.Iosb.Status;
                second = b.Iosb.Status;
                other = c.Wait();
            }));
            Assert.Equal(STATUS_CANCELLED, first);
            Assert.Equal(STATUS_CANCELLED, second);
            Assert.True(otherPendingAfterCleanup);
            Assert.Equal(STATUS_SUCCESS, other);
            AssertUnloadedClean(machine);
        }, SampleHost.Iterations);

    [Fact]
    public void Unload_IrpsPending_CancelledAndNothingLeaks() =>
        ScheduleAssert.Explore(machine =>
        {
            var driver = machine.StartDriver<EventDriver>(EventDriverTests.Service);
            var requests = new List<KernelRequests.Request>();
            NtAssert.Completed(machine, machine.Run(() =>
            {
                requests.Add(Register(driver.DeviceObject!, NOTIFY_TYPE.IRP_BASED, 30 * OneSecond));
                requests.Add(Register(driver.DeviceObject!, NOTIFY_TYPE.IRP_BASED, 60 * OneSecond));
            }));
            Assert.Equal(2, machine.Pool.QueryTag("Evnt").Outstanding);
            Assert.NotEmpty(machine.Tracking.Outstanding("event"));

            AssertUnloadedClean(machine);
            Assert.All(requests, r => Assert.Equal(STATUS_CANCELLED, r.Iosb.Status));

            // Nothing of the driver runs afterwards: the timers were cancelled.
            NtAssert.Completed(machine, machine.Run(() => KeDelayExecutionThread(KernelMode, false, 90 * OneSecond)));
            Assert.Null(machine.BugCheck);
        }, SampleHost.Iterations);
}
