using NtSim.Samples.Zero;
using static NtSim.Samples.Zero.ZeroPublic;
using static NtSim.Wdm;

namespace NtSim.Samples.Tests.Zero;

public sealed class ZeroDriverEntryTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    public void DriverEntry_Loads_CreatesDirectIoDeviceAndLink(int seed)
    {
        // \??\Zero is created in \GLOBAL??, where \\.\Zero is looked up; the counters start at zero.
        using var machine = ZeroHost.Boot(seed);
        var device = ZeroHost.Load(machine);

        Assert.Contains("Zero", machine.ListObjectDirectory(@"\Device"));
        Assert.Contains(@"Zero  SymbolicLink -> \Device\Zero", machine.DumpObjectNamespace(@"\GLOBAL??", recursive: false), StringComparison.Ordinal);
        Assert.Equal(FILE_DEVICE_UNKNOWN, device.DeviceType);
        Assert.NotEqual(0u, device.Flags & DO_DIRECT_IO);
        Assert.Equal(0u, device.Flags & DO_BUFFERED_IO);
        Assert.Equal(0u, device.Flags & DO_DEVICE_INITIALIZING);
        Assert.Null(device.NextDevice);
        Assert.NotNull(device.DriverObject.DriverUnload);
        Assert.Equal(default, ZeroHost.Counters(device));
        Assert.Contains(machine.DebugOutput.Messages, m => m.Text.Contains(@"Zero: DriverEntry \Registry\Machine\System\CurrentControlSet\Services\Zero", StringComparison.Ordinal));
        Assert.Null(machine.BugCheck);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    public void DriverEntry_LinkNameTaken_FailsAndLeavesNoDevice(int seed)
    {
        using var machine = ZeroHost.Boot(seed);
        var linkName = new UNICODE_STRING(ZERO_SYMBOLIC_LINK_NAME);
        ZeroHost.Run(machine, () => Assert.Equal(STATUS_SUCCESS, IoCreateSymbolicLink(linkName, new UNICODE_STRING(@"\Device\Elsewhere"))));

        var status = SampleHost.Load(machine, ZeroHost.Name, new ZeroDriver(), out var driver);

        Assert.Equal(STATUS_OBJECT_NAME_COLLISION, status);
        Assert.Null(driver);
        Assert.DoesNotContain("Zero", machine.ListObjectDirectory(@"\Device"));
        Assert.Empty(machine.Tracking.Outstanding(ZeroHost.Name));
        Assert.Equal(0, machine.Pool.QueryTag("Devi").Outstanding);
        ZeroHost.Run(machine, () => Assert.Equal(STATUS_SUCCESS, IoDeleteSymbolicLink(linkName)));
        Assert.Null(machine.BugCheck);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    public void DriverUnload_AfterRequests_LeavesNothingBehind(int seed)
    {
        using var machine = ZeroHost.Boot(seed);
        var device = ZeroHost.Load(machine);
        ZeroHost.Run(machine, () =>
        {
            var buffer = KernelRequests.Allocate(32);
            Assert.Equal(STATUS_SUCCESS, KernelRequests.Read(device, buffer, 32).Status);
            Assert.Equal(STATUS_SUCCESS, KernelRequests.Write(device, buffer, 32).Status);
            KernelRequests.Free(buffer);
        });

        ZeroHost.UnloadAndAssertClean(machine, device);
        Assert.Contains(machine.DebugOutput.Messages, m => m.Text == "Zero: unloading\n");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    public void CreateCleanupClose_KernelIrps_Succeed(int seed)
    {
        using var machine = ZeroHost.Boot(seed);
        var device = ZeroHost.Load(machine);
        var statuses = new List<NTSTATUS>();
        ZeroHost.Run(machine, () =>
        {
            foreach (var major in new[] { IRP_MJ_CREATE, IRP_MJ_CLEANUP, IRP_MJ_CLOSE })
            {
                statuses.Add(KernelRequests.SendMajor(device, major).Status);
            }
        });

        Assert.Equal([STATUS_SUCCESS, STATUS_SUCCESS, STATUS_SUCCESS], statuses);
        ZeroHost.UnloadAndAssertClean(machine, device);
    }

    [Fact]
    public void UnhandledMajorFunction_FlushBuffers_IsInvalidDeviceRequest()
    {
        using var machine = ZeroHost.Boot(1);
        var device = ZeroHost.Load(machine);
        var status = STATUS_SUCCESS;
        ZeroHost.Run(machine, () => status = KernelRequests.SendMajor(device, IRP_MJ_FLUSH_BUFFERS).Status);

        // An entry DriverEntry left NULL goes to the I/O manager's invalid-request routine.
        Assert.Equal(STATUS_INVALID_DEVICE_REQUEST, status);
        ZeroHost.UnloadAndAssertClean(machine, device);
    }
}
