using NtSim.Samples.Ioctl;
using static NtSim.Samples.Ioctl.SioctlPublic;
using static NtSim.Wdm;

namespace NtSim.Samples.Tests.Ioctl;

/// <summary>METHOD_NEITHER trusts a kernel-mode caller's addresses: what a careless one gets.</summary>
public sealed class SioctlMisuseTests
{
    /// <summary>A system-space address with nothing mapped behind it.</summary>
    internal static readonly PVOID Unmapped = new(0xFFFF_D000_0000_0000);

    [Fact]
    public void MethodNeither_UnmappedKernelInput_BugChecksPageFaultInNonPagedArea() =>
        SampleHost.ExploreBugCheck(machine =>
        {
            // A kernel-mode requestor's buffers are not probed, so the driver touches the bad input
            // directly; in system space that is not an exception but a crash.
            var device = machine.StartDriver<SioctlDriver>(SioctlRequests.Service).DeviceObject!;
            var status = machine.Run(() =>
            {
                var outBuf = KernelRequests.Allocate(16);
                KernelRequests.Control(device, IOCTL_SIOCTL_METHOD_NEITHER, Unmapped, 16, outBuf, 16);
            });

            // PAGE_FAULT_IN_NONPAGED_AREA (0x50): P1 the address, P2 0 for a read.
            NtAssert.BugCheck(machine, status, PAGE_FAULT_IN_NONPAGED_AREA, Unmapped.Address, 0, 0, 0);
        });

    [Fact]
    public void MethodNeither_PagedInputSentAtDispatchLevel_BugChecksIrqlNotLessOrEqual() =>
        SampleHost.ExploreBugCheck(machine =>
        {
            // METHOD_NEITHER buffers are used in the caller's context at the caller's IRQL: a caller at
            // DISPATCH_LEVEL with a pageable buffer makes the driver touch paged memory at DISPATCH_LEVEL.
            var device = machine.StartDriver<SioctlDriver>(SioctlRequests.Service).DeviceObject!;
            var input = PVOID.NULL;
            var status = machine.Run(() =>
            {
                input = ExAllocatePool2(POOL_FLAG_PAGED, 16, KernelRequests.Tag);
                var outBuf = KernelRequests.Allocate(16);
                var evt = new KEVENT();
                KeInitializeEvent(evt, NotificationEvent, false);
                var irp = IoBuildDeviceIoControlRequest(IOCTL_SIOCTL_METHOD_NEITHER, device, input, 16, outBuf, 16, false, evt, new IO_STATUS_BLOCK())!;
                KeRaiseIrql(DISPATCH_LEVEL, out _);
                IoCallDriver(device, irp);
            });

            // DRIVER_IRQL_NOT_LESS_OR_EQUAL (0xD1): P1 the address, P2 the IRQL, P3 0 for a read.
            NtAssert.BugCheck(machine, status, DRIVER_IRQL_NOT_LESS_OR_EQUAL, input.Address, (ulong)DISPATCH_LEVEL, 0, 0);
            Assert.Contains("sioctl", machine.BugCheck!.ToString(), StringComparison.OrdinalIgnoreCase);
        });
}
