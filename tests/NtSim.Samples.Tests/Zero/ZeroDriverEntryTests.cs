using NtSim.Samples.Zero;
using static NtSim.Samples.Zero.ZeroPublic;
using static NtSim.Wdm;

namespace NtSim.Samples.Tests.Zero;

public sealed class ZeroDriverEntryTests
{
    [Fact]
    public void DriverEntry_Loads_CreatesDirectIoDeviceAndLink() =>
        ScheduleAssert.Explore(machine =>
        {
            // \??\Zero is created in \GLOBAL??, where \\.\Zero is looked up; the counters start at zero.
            var device = machine.StartDriver<ZeroDriver>(ZeroStats.Service).DeviceObject!;

            Assert.Contains("Zero", machine.ListObjectDirectory(@"\Device"));
            Assert.Contains(@"Zero  SymbolicLink -> \Device\Zero", machine.DumpObjectNamespace(@"\GLOBAL??", recursive: false), StringComparison.Ordinal);
            Assert.Equal(FILE_DEVICE_UNKNOWN, device.DeviceType);
            Assert.NotEqual(0u, device.Flags & DO_DIRECT_IO);
            Assert.Equal(0u, device.Flags & DO_BUFFERED_IO);
            Assert.Equal(0u, device.Flags & DO_DEVICE_INITIALIZING);
            Assert.Null(device.NextDevice);
            Assert.NotNull(device.DriverObject.DriverUnload);
            Assert.Equal(default, ZeroStats.Counters(device));
            Assert.Contains(machine.DebugOutput.Messages, m => m.Text.Contains(@"Zero: DriverEntry \Registry\Machine\SYSTEM\CurrentControlSet\Services\Zero", StringComparison.Ordinal));
            Assert.Null(machine.BugCheck);
        }, SampleHost.Iterations);

    [Fact]
    public void DriverEntry_LinkNameTaken_FailsAndLeavesNoDevice() =>
        ScheduleAssert.Explore(machine =>
        {
            var linkName = new UNICODE_STRING(ZERO_SYMBOLIC_LINK_NAME);
            machine.RunToCompletion(() => Assert.Equal(STATUS_SUCCESS, IoCreateSymbolicLink(linkName, new UNICODE_STRING(@"\Device\Elsewhere"))));

            machine.Services.Install<ZeroDriver>(ZeroStats.Service);

            // sc start reports DriverEntry's status as its Win32 error; nothing of the driver stays.
            var failure = Assert.Throws<ServiceControlException>(() => machine.Services.Start(ZeroStats.Service));
            Assert.Equal<NTSTATUS?>(STATUS_OBJECT_NAME_COLLISION, failure.DriverStatus);
            Assert.Equal(RtlNtStatusToDosError(STATUS_OBJECT_NAME_COLLISION), failure.Win32Error);
            Assert.True(failure.UnloadReport is null or { IsClean: true }, failure.UnloadReport?.ToString());
            Assert.DoesNotContain("Zero", machine.ListObjectDirectory(@"\Driver"));
            Assert.DoesNotContain("Zero", machine.ListObjectDirectory(@"\Device"));
            Assert.Empty(machine.Tracking.Outstanding(ZeroStats.Service));
            Assert.Equal(0, machine.Pool.QueryTag("Devi").Outstanding);
            machine.RunToCompletion(() => Assert.Equal(STATUS_SUCCESS, IoDeleteSymbolicLink(linkName)));
            Assert.Null(machine.BugCheck);
        }, SampleHost.Iterations);

    [Fact]
    public void DriverUnload_AfterRequests_LeavesNothingBehind() =>
        ScheduleAssert.Explore(machine =>
        {
            var device = machine.StartDriver<ZeroDriver>(ZeroStats.Service).DeviceObject!;
            machine.RunToCompletion(() =>
            {
                var buffer = KernelRequests.Allocate(32);
                Assert.Equal(STATUS_SUCCESS, KernelRequests.Read(device, buffer, 32).Status);
                Assert.Equal(STATUS_SUCCESS, KernelRequests.Write(device, buffer, 32).Status);
                KernelRequests.Free(buffer);
            });

            machine.StopDriverAndCheckMachine(ZeroStats.Service);

            KernelRequests.AssertAllFreed(machine);
            Assert.Contains(machine.DebugOutput.Messages, m => m.Text == "Zero: unloading\n");
            Assert.DoesNotContain("Zero", machine.ListObjectDirectory(@"\Device"));
            Assert.DoesNotContain("Zero", machine.ListObjectDirectory(@"\GLOBAL??"));
        }, SampleHost.Iterations);

    [Fact]
    public void CreateCleanupClose_KernelIrps_Succeed() =>
        ScheduleAssert.Explore(machine =>
        {
            var device = machine.StartDriver<ZeroDriver>(ZeroStats.Service).DeviceObject!;
            var statuses = new List<NTSTATUS>();
            machine.RunToCompletion(() =>
            {
                foreach (var major in new[] { IRP_MJ_CREATE, IRP_MJ_CLEANUP, IRP_MJ_CLOSE })
                {
                    statuses.Add(KernelRequests.SendMajor(device, major).Status);
                }
            });

            Assert.Equal([STATUS_SUCCESS, STATUS_SUCCESS, STATUS_SUCCESS], statuses);
            machine.StopDriverAndCheckMachine(ZeroStats.Service);
            KernelRequests.AssertAllFreed(machine);
        }, SampleHost.Iterations);

    [Fact]
    public void UnhandledMajorFunction_FlushBuffers_IsInvalidDeviceRequest() =>
        ScheduleAssert.Explore(machine =>
        {
            var device = machine.StartDriver<ZeroDriver>(ZeroStats.Service).DeviceObject!;
            var status = STATUS_SUCCESS;
            machine.RunToCompletion(() => status = KernelRequests.SendMajor(device, IRP_MJ_FLUSH_BUFFERS).Status);

            // An entry DriverEntry left NULL goes to the I/O manager's invalid-request routine.
            Assert.Equal(STATUS_INVALID_DEVICE_REQUEST, status);
            machine.StopDriverAndCheckMachine(ZeroStats.Service);
            KernelRequests.AssertAllFreed(machine);
        }, SampleHost.Iterations);
}
