using NtSim.Tests;
using NtSim.WdfTests.Drivers;
using static NtSim.Win32;
using static NtSim.Wdm;

namespace NtSim.WdfTests;

/// <summary>Surprise removal of a KMDF device with reads waiting in a power-managed queue: the driver
/// reports itself failed (WdfDeviceSetFailed), the PnP manager surprise-removes the stack, the queue is
/// purged, and IRP_MN_REMOVE_DEVICE follows when the application closes its handle.</summary>
public sealed class PnpSurpriseRemovalTests
{
    [Fact]
    public void SetFailed_ReadsInFlight_SurpriseRemovalPurgesThemThenRemoveAfterClose()
    {
        using var machine = MachineAssert.Boot(seed: 21);
        var probe = PnpProbe.Create("pnpsurprise");
        var node = machine.Pnp.Find(PnpRig.Install(machine, probe))!;
        List<string> callsBeforeClose = [];

        var app = machine.StartProcess("surpriseapp", args =>
        {
            var name = KmdfRig.FirstInterface(PnpProbeDriver.Interface)!;
            var h = CreateFile(name, GENERIC_READ | GENERIC_WRITE, 0, null, OPEN_EXISTING, FILE_FLAG_OVERLAPPED, default);
            var reads = new[] { new OVERLAPPED { hEvent = CreateEvent(null, true, false, null) }, new OVERLAPPED { hEvent = CreateEvent(null, true, false, null) } };
            foreach (var read in reads)
            {
                if (ReadFile(h, new byte[16], 16, out _, read) || GetLastError() != Win32Error.ERROR_IO_PENDING)
                {
                    return 1;
                }
            }

            var failed = new OVERLAPPED { hEvent = CreateEvent(null, true, false, null) };
            DeviceIoControl(h, PnpProbeDriver.IOCTL_PNP_PROBE_SET_FAILED, null, 0, null, 0, out _, failed);
            GetOverlappedResult(h, failed, out _, true);
            foreach (var read in reads)
            {
                GetOverlappedResult(h, read, out _, true);
                printf("0x%08x\n", (uint)read.Internal);
            }

            callsBeforeClose = [.. probe.Calls];
            CloseHandle(h);
            return 0;
        });
        MachineAssert.Completed(machine, app.WaitForExit());
        MachineAssert.Completed(machine, machine.RunUntilIdle());

        Assert.Equal("0xc0000120\n0xc0000120\n", app.Output);
        Assert.Null(machine.BugCheck);
        Assert.Equal(CM_PROB_FAILED_POST_START, node.Problem);
        string[] startCalls = ["PrepareHardware", "D0Entry(WdfPowerDeviceD3Final)", "D0EntryPostInterruptsEnabled(WdfPowerDeviceD3Final)", "SelfManagedIoInit"];
        string[] surpriseCalls = ["SurpriseRemoval", "SelfManagedIoSuspend", "D0ExitPreInterruptsDisabled(WdfPowerDeviceD3Final)", "D0Exit(WdfPowerDeviceD3Final)",
            "ReleaseHardware", "SelfManagedIoFlush"];
        // The reads are cancelled by the purge after ReleaseHardware; cleanup waits for REMOVE_DEVICE, after the close.
        Assert.Equal([.. startCalls, .. surpriseCalls[..^1]], callsBeforeClose.Take(startCalls.Length + surpriseCalls.Length - 1));
        Assert.DoesNotContain("SelfManagedIoCleanup", callsBeforeClose);
        Assert.Equal([.. startCalls, .. surpriseCalls, "SelfManagedIoCleanup"], probe.Calls);
        Assert.Equal(["WdfDevStatePnpSurpriseRemoveIoStarted", "WdfDevStatePnpFailedIoStarting", "WdfDevStatePnpFailedOwnHardware", "WdfDevStatePnpFailed",
            "WdfDevStatePnpFailedPowerPolicyRemoved", "WdfDevStatePnpFailedWaitForRemove", "WdfDevStatePnpRemoved", "WdfDevStatePnpRemovedChildrenRemoved",
            "WdfDevStatePnpFdoRemoved", "WdfDevStatePnpFinal"], PnpRig.After(PnpRig.Entered(probe.FinalLog, "PnP State"), "WdfDevStatePnpStarted"));
        Assert.Contains(probe.FinalLog, l => l.Contains("set failed, action WdfDeviceFailedNoRestart", StringComparison.Ordinal));
    }
}
