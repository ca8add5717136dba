using static NtSim.Wdm;

namespace NtSim.Cli.Selftest;

/// <summary>A classic driver bug: waiting with a timeout while holding a spin lock.</summary>
internal static class BadWait
{
    internal static ScenarioResult Run(Machine machine)
    {
        var status = machine.Run(() =>
        {
            var spinLock = new KSPIN_LOCK();
            var evt = new KEVENT();
            KeInitializeSpinLock(spinLock);
            KeInitializeEvent(evt, NotificationEvent, false);
            KeAcquireSpinLock(spinLock, out _);
            var timeout = new LARGE_INTEGER(-10 * 10_000);
            KeWaitForSingleObject(evt, Executive, KernelMode, false, timeout);
        }, "BuggyDriver");

        var bugCheck = machine.BugCheck;
        var passed = status == RunStatus.BugCheck && bugCheck is { Code: DRIVER_VERIFIER_DETECTED_VIOLATION, Parameter1: 0x3B };
        return new ScenarioResult(passed,
        [
            $"run: {Scenarios.Describe(machine, status)}",
            bugCheck?.StopLine ?? "no bug check",
            bugCheck?.Account ?? "",
            $"the host process is unaffected: machine.IsHalted = {machine.IsHalted}",
        ]);
    }
}
