using NtSim.Samples.Zero;
using static NtSim.Wdm;

namespace NtSim.Samples.Tests.Zero;

/// <summary>What a careless kernel-mode client of \Device\Zero runs into.</summary>
public sealed class ZeroMisuseTests
{
    [Fact]
    public void Read_SentAboveDispatchLevel_BugChecksC9Subcode10() =>
        SampleHost.ExploreBugCheck(machine =>
        {
            var device = machine.StartDriver<ZeroDriver>(ZeroStats.Service).DeviceObject!;
            var status = machine.Run(() =>
            {
                var buffer = KernelRequests.Allocate(16);
                var evt = new KEVENT();
                KeInitializeEvent(evt, NotificationEvent, false);
                var irp = IoBuildSynchronousFsdRequest(IRP_MJ_READ, device, buffer, 16, null, evt, new IO_STATUS_BLOCK())!;
                KeRaiseIrql(HIGH_LEVEL, out _);
                IoCallDriver(device, irp);
            });

            // DRIVER_VERIFIER_IOMANAGER_VIOLATION 0x10: IoCallDriver above DISPATCH_LEVEL, P2 the IRQL.
            var info = NtAssert.BugCheck(machine, status, DRIVER_VERIFIER_IOMANAGER_VIOLATION, 0x10, (ulong)HIGH_LEVEL, 0, 0);
            Assert.Contains("IoCallDriver", info.ToString(), StringComparison.Ordinal);
        });

    [Fact]
    public void Read_CompletedTwiceByTheClient_BugChecksMultipleIrpCompleteRequests() =>
        SampleHost.ExploreBugCheck(machine =>
        {
            var device = machine.StartDriver<ZeroDriver>(ZeroStats.Service).DeviceObject!;
            ulong irpAddress = 0;
            var status = machine.Run(() =>
            {
                // Zero completes the read; a client that completes it again from its completion routine's
                // caller owns an IRP it no longer has.
                var buffer = KernelRequests.Allocate(8);
                var irp = IoAllocateIrp(device.StackSize, false);
                irpAddress = irp.Address;

                // Direct I/O: the buffer described by an MDL, which IoAllocateMdl makes the IRP's MdlAddress.
                var mdl = IoAllocateMdl(buffer, 8, false, false, irp);
                Assert.NotNull(mdl);
                MmBuildMdlForNonPagedPool(mdl);
                var next = IoGetNextIrpStackLocation(irp);
                next.MajorFunction = IRP_MJ_READ;
                next.Parameters.Read.Length = 8;
                IoCallDriver(device, irp);
                IoCompleteRequest(irp, IO_NO_INCREMENT);
            });

            // MULTIPLE_IRP_COMPLETE_REQUESTS (0x44): P1 the IRP.
            NtAssert.BugCheck(machine, status, MULTIPLE_IRP_COMPLETE_REQUESTS, irpAddress, 0, 0, 0);
        });

    [Fact]
    public void Read_MdlWhosePagesAreNotLocked_BugChecksC4SubcodeB3() =>
        SampleHost.ExploreBugCheck(machine =>
        {
            // A client that describes its buffer with IoAllocateMdl but forgets MmProbeAndLockPages: the
            // driver's MmGetSystemAddressForMdlSafe can map only locked pages.
            var device = machine.StartDriver<ZeroDriver>(ZeroStats.Service).DeviceObject!;
            ulong mdlAddress = 0;
            ulong mdlFlags = 0;
            var status = machine.Run(() =>
            {
                var buffer = KernelRequests.Allocate(16);
                var mdl = IoAllocateMdl(buffer, 16, false, false, null);
                Assert.NotNull(mdl);
                mdlAddress = mdl.Address;
                mdlFlags = (ushort)mdl.MdlFlags;
                KernelRequests.Send(device, (irp, next) =>
                {
                    irp.MdlAddress = mdl;
                    next.MajorFunction = IRP_MJ_READ;
                    next.Parameters.Read.Length = 16;
                });
            });

            // DRIVER_VERIFIER_DETECTED_VIOLATION 0xB3: P2 the MDL, P3 its flags, P4 the flag it lacks (MDL_PAGES_LOCKED).
            var info = NtAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0xB3, mdlAddress, mdlFlags, (ulong)MDL_PAGES_LOCKED);
            Assert.Contains("MmGetSystemAddressForMdlSafe", info.ToString(), StringComparison.Ordinal);
        });
}
