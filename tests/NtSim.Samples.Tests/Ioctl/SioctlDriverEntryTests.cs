using static NtSim.Wdm;

namespace NtSim.Samples.Tests.Ioctl;

public sealed class SioctlDriverEntryTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    public void DriverEntry_Loads_CreatesDeviceAndLinkWithoutIoFlags(int seed)
    {
        using var machine = SioctlHost.Boot(seed);
        var device = SioctlHost.Load(machine);

        Assert.Contains("SIOCTL", machine.ListObjectDirectory(@"\Device"));
        Assert.Contains("IoctlTest", machine.ListObjectDirectory(@"\GLOBAL??"));
        Assert.Equal(0u, device.Flags & (DO_BUFFERED_IO | DO_DIRECT_IO | DO_DEVICE_INITIALIZING));
        Assert.NotNull(device.DriverObject.MajorFunction[IRP_MJ_DEVICE_CONTROL]);
        Assert.Null(device.DriverObject.MajorFunction[IRP_MJ_READ]);
        Assert.Null(machine.BugCheck);
        SioctlHost.UnloadAndAssertClean(machine, device);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    public void CreateClose_KernelIrps_Succeed(int seed)
    {
        using var machine = SioctlHost.Boot(seed);
        var device = SioctlHost.Load(machine);
        var create = STATUS_UNSUCCESSFUL;
        var close = STATUS_UNSUCCESSFUL;
        SioctlHost.Run(machine, () =>
        {
            create = KernelRequests.SendMajor(device, IRP_MJ_CREATE).Status;
            close = KernelRequests.SendMajor(device, IRP_MJ_CLOSE).Status;
        });

        Assert.Equal(STATUS_SUCCESS, create);
        Assert.Equal(STATUS_SUCCESS, close);
        SioctlHost.UnloadAndAssertClean(machine, device);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    public void Read_NoReadRoutine_IsInvalidDeviceRequest(int seed)
    {
        using var machine = SioctlHost.Boot(seed);
        var device = SioctlHost.Load(machine);
        var status = STATUS_SUCCESS;
        SioctlHost.Run(machine, () => status = KernelRequests.SendMajor(device, IRP_MJ_READ).Status);

        Assert.Equal(STATUS_INVALID_DEVICE_REQUEST, status);
        SioctlHost.UnloadAndAssertClean(machine, device);
    }
}
