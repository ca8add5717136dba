using static NtSim.Tests.MachineAssert;
using static NtSim.Wdm;

namespace NtSim.Tests.Instrumentation;

/// <summary>The DPC watchdog also counts stalls, so code without probes (a driver type of the host)
/// that stalls in a loop at DISPATCH_LEVEL is caught too.</summary>
public sealed class DpcWatchdogTests
{
    [Fact]
    public void Dpc_StallingForever_BugChecksDpcWatchdogViolation_OnItsLine()
    {
        using var machine = Boot();

        var status = machine.Run(() =>
        {
            var dpc = new KDPC();
            KeInitializeDpc(dpc, (_, _, _, _) => StallForever(), null);
            KeInsertQueueDpc(dpc, null, null);
        });

        // 50 µs a stall: the count passes the 0x500-tick allotment at 0x501 ticks.
        var info = BugCheck(machine, status, DPC_WATCHDOG_VIOLATION, 0, 0x501, 0x500, 0);
        Assert.Contains("DpcWatchdogTests.StallForever, DpcWatchdogTests.cs:", info.Location);
    }

    [Fact]
    public void ShortDpcs_AtDispatchLevel_AreNotTheWatchdogsBusiness()
    {
        using var machine = Boot();

        var status = machine.Run(() =>
        {
            for (var i = 0; i < 100; i++)
            {
                var dpc = new KDPC();
                KeInitializeDpc(dpc, (_, _, _, _) => KeStallExecutionProcessor(50), null);
                KeInsertQueueDpc(dpc, null, null);
            }
        });

        Completed(machine, status);
    }

    private static void StallForever()
    {
        while (true)
        {
            KeStallExecutionProcessor(50);
        }
    }
}
