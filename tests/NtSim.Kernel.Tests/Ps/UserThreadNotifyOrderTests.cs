using static NtSim.Wdm;
using static NtSim.Win32;

namespace NtSim.Tests.Ps;

/// <summary>A user thread runs only once the creator's thread notify routines returned (PspInsertThread
/// calls them before readying the thread): its creation is recorded before its exit under every schedule,
/// even when a routine blocks on the way.</summary>
public sealed class UserThreadNotifyOrderTests
{
    [Fact]
    public void CreateThread_NotifyRoutineThatYields_CreationAlwaysBeforeTheThreadsExit() =>
        Schedules.Explore(machine =>
        {
            var events = new List<(bool Create, ulong Thread)>();
            PCREATE_THREAD_NOTIFY_ROUTINE routine = (_, threadId, create) =>
            {
                // A routine that waits before it records: without the gate the new thread would run, exit and record first.
                KeDelayExecutionThread(KernelMode, false, new LARGE_INTEGER(create ? -10_000 : 0));
                lock (events)
                {
                    events.Add((create, threadId.Value));
                }
            };
            MachineAssert.Completed(machine, machine.Run(() => Assert.Equal(STATUS_SUCCESS, PsSetCreateThreadNotifyRoutine(routine))));
            uint worker = 0;
            var app = machine.StartProcess("creator", args =>
            {
                var h = CreateThread(null, 0, _ => 0, null, 0, out worker);
                WaitForSingleObject(h, INFINITE);
                CloseHandle(h);
                return 0;
            });
            MachineAssert.Completed(machine, app.WaitForExit());
            MachineAssert.Completed(machine, machine.Run(() => PsRemoveCreateThreadNotifyRoutine(routine)));

            Assert.Equal([(true, (ulong)worker), (false, (ulong)worker)], events.Where(e => e.Thread == worker));
        }, 20).ThrowIfFailed();
}
