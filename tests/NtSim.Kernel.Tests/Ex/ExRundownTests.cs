using static NtSim.Wdm;

namespace NtSim.Tests.Ex;

public sealed class ExRundownTests
{
    [Fact]
    public void ExWaitForRundownProtectionRelease_NoAccessInEffect_ReturnsAndRefusesNewOnes()
    {
        using var machine = MachineAssert.Boot();
        bool before = false, after = true;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var runRef = new EX_RUNDOWN_REF();
            ExInitializeRundownProtection(runRef);
            before = ExAcquireRundownProtection(runRef);
            ExReleaseRundownProtection(runRef);
            ExWaitForRundownProtectionRelease(runRef);
            after = ExAcquireRundownProtection(runRef);
        }));
        Assert.True(before);
        Assert.False(after);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void ExWaitForRundownProtectionRelease_WaitsForTheLastAccessToEnd(int seed)
    {
        using var machine = MachineAssert.Boot(processors: 2, seed: seed);
        bool doneWhileHeld = true, done = false;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var runRef = new EX_RUNDOWN_REF();
            ExInitializeRundownProtection(runRef);
            Assert.True(ExAcquireRundownProtectionEx(runRef, 3));
            var finished = new KEVENT();
            KeInitializeEvent(finished, NotificationEvent, false);
            machine.Scheduler.CreateThread("Owner", ThreadKind.System, machine.Modules.Kernel, () =>
            {
                ExWaitForRundownProtectionRelease(runRef);
                done = true;
                KeSetEvent(finished, 0, false);
            });

            // Once the run-down has begun, acquisitions fail.
            while (ExAcquireRundownProtection(runRef))
            {
                ExReleaseRundownProtection(runRef);
                KeDelayExecutionThread(KernelMode, false, -10_000);
            }

            ExReleaseRundownProtectionEx(runRef, 2);
            doneWhileHeld = done;
            ExReleaseRundownProtection(runRef);
            KeWaitForSingleObject(finished, Executive, KernelMode, false, null);
        }));
        Assert.False(doneWhileHeld);
        Assert.True(done);
    }

    [Fact]
    public void ExReInitializeRundownProtection_AfterCompletedRundown_GrantsAccessAgain()
    {
        using var machine = MachineAssert.Boot();
        bool afterCompleted = true, afterReinit = false;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var runRef = new EX_RUNDOWN_REF();
            ExInitializeRundownProtection(runRef);
            ExWaitForRundownProtectionRelease(runRef);
            ExRundownCompleted(runRef);
            ExWaitForRundownProtectionRelease(runRef);
            afterCompleted = ExAcquireRundownProtection(runRef);
            ExReInitializeRundownProtection(runRef);
            afterReinit = ExAcquireRundownProtection(runRef);
            ExReleaseRundownProtection(runRef);
        }));
        Assert.False(afterCompleted);
        Assert.True(afterReinit);
    }

    [Fact]
    public void CacheAwareRundown_BehavesAsTheOrdinaryOne()
    {
        using var machine = MachineAssert.Boot(processors: 4);
        ulong size = 0;
        bool first = false, afterWait = true;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            size = ExSizeOfRundownProtectionCacheAware();
            var runRef = new EX_RUNDOWN_REF_CACHE_AWARE();
            ExInitializeRundownProtectionCacheAware(runRef, size);
            first = ExAcquireRundownProtectionCacheAware(runRef);
            ExReleaseRundownProtectionCacheAware(runRef);
            ExWaitForRundownProtectionReleaseCacheAware(runRef);
            ExRundownCompletedCacheAware(runRef);
            afterWait = ExAcquireRundownProtectionCacheAware(runRef);
            ExReInitializeRundownProtectionCacheAware(runRef);
        }));
        Assert.True(size >= 4 * 64);
        Assert.True(first);
        Assert.False(afterWait);
    }

    [Fact]
    public void ExWaitForRundownProtectionRelease_AtDispatch_BugChecksIrqlRule()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() =>
        {
            var runRef = new EX_RUNDOWN_REF();
            ExInitializeRundownProtection(runRef);
            KeRaiseIrql(DISPATCH_LEVEL, out _);
            ExWaitForRundownProtectionRelease(runRef);
        });

        // 0xC4/0xE5: a DDI called above its documented IRQL (<= APC_LEVEL), P2 the IRQL.
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0xE5, (ulong)DISPATCH_LEVEL, 0, 0);
    }
}
