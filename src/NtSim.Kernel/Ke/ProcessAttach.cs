using System.Globalization;

namespace NtSim;

/// <summary>KeStackAttachProcess and KeUnstackDetachProcess at their core: a thread's switch into
/// another process's address space and back, nested last in, first out.</summary>
internal static class ProcessAttach
{
    internal static void Attach(KTHREAD thread, EPROCESS process, out KAPC_STATE state)
    {
        var machine = thread.Machine;
        var p = thread.Processor!;
        if (p.DpcActive)
        {
            // INVALID_PROCESS_ATTACH_ATTEMPT: a DPC runs in whatever thread it interrupted and may not
            // attach (P1 target process, P2 current process, P3 APC state index, P4 nonzero: in a DPC).
            machine.RaiseBugCheck(Wdm.INVALID_PROCESS_ATTACH_ATTEMPT, process.Address, thread.ApcStateProcess.Address,
                thread.IsAttached ? 1UL : 0, 1,
                $"KeStackAttachProcess to {process} from a DPC routine; a DPC runs in an arbitrary thread and may not attach");
        }

        RequireBelowDispatch(thread, nameof(Wdm.KeStackAttachProcess));
        state = default;
        state.Thread = thread;
        if (process == thread.ApcStateProcess)
        {
            // Attaching to the address space the thread is already in changes nothing.
            return;
        }

        state.Serial = thread.PushAttach(process, out state.SavedProcess);
        if (machine.Trace.Enabled)
        {
            machine.Scheduler.Trace(TraceKind.Thread, string.Create(CultureInfo.InvariantCulture, $"{thread} attach {process}"));
        }
    }

    internal static void Detach(KTHREAD thread, ref KAPC_STATE state)
    {
        RequireBelowDispatch(thread, nameof(Wdm.KeUnstackDetachProcess));
        if (state.Thread != thread || (state.Serial != 0 && !thread.IsInnermostAttach(state.Serial)))
        {
            // INVALID_PROCESS_DETACH_ATTEMPT (its parameters are not documented): the KAPC_STATE is
            // not the one the innermost KeStackAttachProcess of this thread filled in.
            var why = state.Thread is null ? "a KAPC_STATE that no KeStackAttachProcess filled in"
                : state.Thread != thread ? $"a KAPC_STATE filled in by another thread ({state.Thread})"
                : "a KAPC_STATE that is not the innermost attach of this thread (detaches must undo attaches in reverse order, once each)";
            thread.Machine.RaiseBugCheck(Wdm.INVALID_PROCESS_DETACH_ATTEMPT, 0, 0, 0, 0,
                $"KeUnstackDetachProcess was given {why}");
        }

        if (state.Serial == 0)
        {
            return;
        }

        var from = thread.ApcStateProcess;
        thread.PopAttach(state.SavedProcess);
        state.Serial = 0;
        if (thread.Machine.Trace.Enabled)
        {
            thread.Machine.Scheduler.Trace(TraceKind.Thread, string.Create(CultureInfo.InvariantCulture, $"{thread} detach {from}"));
        }

        // APCs of the thread's own environment held while it was attached run now.
        Apcs.DeliverKernel(thread);
    }

    /// <summary>A thread may not end attached to another process (bug check 0x5: "the thread
    /// returned from certain function calls in an attached state").</summary>
    internal static void CheckNotAttachedAtExit(KTHREAD thread)
    {
        if (thread.IsAttached)
        {
            thread.Machine.RaiseBugCheck(Wdm.INVALID_PROCESS_ATTACH_ATTEMPT, thread.Process.Address, thread.ApcStateProcess.Address, 1, 0,
                $"{thread} ended while attached to {thread.ApcStateProcess}; every KeStackAttachProcess needs its KeUnstackDetachProcess");
        }
    }

    // Both routines run at IRQL < DISPATCH_LEVEL: Driver Verifier's 0xC4/0xE5 (a kernel API at the wrong IRQL, P2 the IRQL).
    private static void RequireBelowDispatch(KTHREAD thread, string ddi)
    {
        var irql = thread.Processor!.Irql;
        if (irql >= Wdm.DISPATCH_LEVEL)
        {
            // Free build: the attach or detach goes on (it switches no thread).
            thread.Machine.Verifier.Violation(VerifierRules.ApiAtWrongIrql, (ulong)irql, 0, 0,
                $"{ddi} called at IRQL {(int)irql}; it must be called below DISPATCH_LEVEL");
        }
    }
}
