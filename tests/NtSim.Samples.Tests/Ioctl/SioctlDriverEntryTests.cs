using NtSim.Samples.Ioctl;
using static NtSim.Wdm;

namespace NtSim.Samples.Tests.Ioctl;

public sealed class SioctlDriverEntryTests
{
    [Fact]
    public void DriverEntry_Loads_CreatesDeviceAndLinkWithoutIoFlags() =>
        ScheduleAssert.Explore(machine =>
        {
            var device = machine.StartDriver<SioctlDriver>(SioctlRequests.Service).DeviceObject!;

            Assert.Contains("SIOCTL", machine.ListObjectDirectory(@"\Device"));
            Assert.Contains("IoctlTest", machine.ListObjectDirectory(@"\GLOBAL??"));
            Assert.Equal(0u, device.Flags & (DO_BUFFERED_IO | DO_DIRECT_IO | DO_DEVICE_INITIALIZING));
            Assert.NotNull(device.DriverObject.MajorFunction[IRP_MJ_DEVICE_CONTROL]);
            Assert.Null(device.DriverObject.MajorFunction[IRP_MJ_READ]);
            Assert.Null(machine.BugCheck);

            machine.StopDriverAndCheckMachine(SioctlRequests.Service);
            Assert.DoesNotContain("SIOCTL", machine.ListObjectDirectory(@"\Device"));
            Assert.DoesNotContain("IoctlTest", machine.ListObjectDirectory(@"\GLOBAL??"));
        }, SampleHost.Iterations);

    [Fact]
    public void CreateClose_KernelIrps_Succeed() =>
        ScheduleAssert.Explore(machine =>
        {
            var device = machine.StartDriver<SioctlDriver>(SioctlRequests.Service).DeviceObject!;
            var create = STATUS_UNSUCCESSFUL;
            var close = STATUS_UNSUCCESSFUL;
            machine.RunToCompletion(() =>
            {
                create = KernelRequests.SendMajor(device, IRP_MJ_CREATE).Status;
                close = KernelRequests.SendMajor(device, IRP_MJ_CLOSE).Status;
            });

            Assert.Equal(STATUS_SUCCESS, create);
            Assert.Equal(STATUS_SUCCESS, close);
            machine.StopDriverAndCheckMachine(SioctlRequests.Service);
            KernelRequests.AssertAllFreed(machine);
        }, SampleHost.Iterations);

    [Fact]
    public void Read_NoReadRoutine_IsInvalidDeviceRequest() =>
        ScheduleAssert.Explore(machine =>
        {
            var device = machine.StartDriver<SioctlDriver>(SioctlRequests.Service).DeviceObject!;
            var status = STATUS_SUCCESS;
            machine.RunToCompletion(() => status = KernelRequests.SendMajor(device, IRP_MJ_READ).Status);

            Assert.Equal(STATUS_INVALID_DEVICE_REQUEST, status);
            machine.StopDriverAndCheckMachine(SioctlRequests.Service);
            KernelRequests.AssertAllFreed(machine);
        }, SampleHost.Iterations);
}
