using static NtSim.Wdm;

namespace NtSim.Tests.Vf;

/// <summary>An object used before its initialization routine: the access violation the garbage in it
/// would cause, which the driver can catch and which, unhandled, is 0x7E with 0xC0000005.</summary>
public sealed class UninitializedTests
{
    [Fact]
    public void ExAcquireFastMutex_Uninitialized_RaisesAccessViolationTheDriverCanCatch()
    {
        using var machine = Machine.Boot();
        NtStatusException? caught = null;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            KeEnterCriticalRegion();
            try
            {
                ExAcquireFastMutexUnsafe(new FAST_MUTEX());
            }
            catch (NtStatusException e)
            {
                caught = e;
            }
            finally
            {
                KeLeaveCriticalRegion();
            }
        }));
        Assert.Equal(STATUS_ACCESS_VIOLATION, caught!.Status);
        Assert.Contains("ExAcquireFastMutexUnsafe: the FAST_MUTEX was never initialized with ExInitializeFastMutex", caught.Message);
    }

    [Fact]
    public void ExReleaseResourceLite_Uninitialized_Unhandled_BugChecks7E_C0000005()
    {
        using var machine = VerifierBoot.With(VerifierFlags.None);
        var status = machine.Run(() =>
        {
            KeEnterCriticalRegion();
            ExReleaseResourceLite(new ERESOURCE());
        });
        var info = MachineAssert.BugCheck(machine, status, SYSTEM_THREAD_EXCEPTION_NOT_HANDLED, 0xC0000005, 0, 0, 0);
        Assert.Contains("ExReleaseResourceLite: the ERESOURCE was never initialized with ExInitializeResourceLite", info.Detail);
    }
}
