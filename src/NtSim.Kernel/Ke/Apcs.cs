using System.Globalization;

namespace NtSim;

/// <summary>
/// APCs at their core: initializing one, running the routines of those a thread may take now
/// (KiDeliverApc), the return to user mode that runs pending user APCs, and the rundown at thread
/// exit. The queues and the waits they interrupt are the dispatcher's (Scheduler.Apc.cs). docs/apcs.md.
/// </summary>
internal static class Apcs
{
    /// <summary>KeInitializeApc's work. A NULL normal routine makes a special kernel APC (KernelMode,
    /// no normal context).</summary>
    internal static void Initialize(KTHREAD caller, KAPC apc, KTHREAD thread, KAPC_ENVIRONMENT environment, PKKERNEL_ROUTINE kernelRoutine,
        PKRUNDOWN_ROUTINE? rundownRoutine, PKNORMAL_ROUTINE? normalRoutine, KPROCESSOR_MODE mode, object? normalContext)
    {
        var machine = caller.Machine;
        apc.Thread = thread;
        apc.Environment = environment;
        apc.ApcStateIndex = environment switch
        {
            Wdm.CurrentApcEnvironment => thread.ApcStateIndex,
            Wdm.AttachedApcEnvironment => 1,
            _ => 0,
        };
        apc.KernelRoutine = kernelRoutine;
        apc.RundownRoutine = rundownRoutine;
        apc.NormalRoutine = normalRoutine;
        apc.ApcMode = normalRoutine is null ? Wdm.KernelMode : mode;
        apc.NormalContext = normalRoutine is null ? null : normalContext;
        apc.SystemArgument1 = null;
        apc.SystemArgument2 = null;
        apc.Inserted = false;
        apc.Module = machine.Modules.For(kernelRoutine);
        apc.RoutineName = $"{apc.Module.Name}!{CodeNames.Of(kernelRoutine.Method)}";
        if (apc.Machine != machine)
        {
            apc.Machine = machine;
            apc.Address = machine.AllocateObjectAddress(0x58);
        }
    }

    /// <summary>Runs the kernel APCs <paramref name="thread"/> may take now: none at APC_LEVEL or
    /// above or in a DPC; special ones unless in a guarded region; normal ones also outside critical
    /// regions and when no normal APC is running (KiDeliverApc for KernelMode).</summary>
    internal static void DeliverKernel(KTHREAD thread)
    {
        var p = thread.Processor;
        if (p is null || p.Irql >= Wdm.APC_LEVEL || p.DpcActive || !thread.HasKernelApcs)
        {
            return;
        }

        var scheduler = thread.Machine.Scheduler;
        while (scheduler.DequeueKernelApc(thread) is { } apc)
        {
            RunKernel(thread, p, apc);
        }
    }

    private static void RunKernel(KTHREAD thread, Processor p, KAPC apc)
    {
        var normal = apc.NormalRoutine;
        var context = apc.NormalContext;
        var argument1 = apc.SystemArgument1;
        var argument2 = apc.SystemArgument2;
        Trace(thread, "deliver", apc);
        CallKernelRoutine(thread, p, apc, ref normal, ref context, ref argument1, ref argument2);
        if (normal is null)
        {
            return;
        }

        // A normal kernel APC's routine runs at PASSIVE_LEVEL; no other normal APC runs inside it.
        thread.KernelApcInProgress = true;
        try
        {
            Call(thread, normal, () => normal(context, argument1, argument2));
        }
        finally
        {
            thread.KernelApcInProgress = false;
        }
    }

    /// <summary>The kernel routine, at APC_LEVEL; the IRQL goes back to where it was after it.</summary>
    private static void CallKernelRoutine(KTHREAD thread, Processor p, KAPC apc, ref PKNORMAL_ROUTINE? normal, ref object? context,
        ref object? argument1, ref object? argument2)
    {
        var oldIrql = p.Irql;
        p.Irql = Wdm.APC_LEVEL;
        var n = normal;
        var c = context;
        var a1 = argument1;
        var a2 = argument2;
        Call(thread, apc.KernelRoutine!, () => apc.KernelRoutine!(apc, ref n, ref c, ref a1, ref a2));
        normal = n;
        context = c;
        argument1 = a1;
        argument2 = a2;
        p.Irql = oldIrql;
    }

    /// <summary>Calls an APC routine as the module that owns it. Nothing above an APC handles an
    /// exception it raises: KMODE_EXCEPTION_NOT_HANDLED, as for a DPC.</summary>
    private static void Call(KTHREAD thread, Delegate routine, Action call)
    {
        var machine = thread.Machine;
        var module = machine.Modules.For(routine);
        if (module.IsUnloaded)
        {
            UnloadedCode.Raise(machine, module, routine.Method, "APC routine");
        }

        using (thread.EnterModule(module))
        {
            try
            {
                call();
            }
            catch (Exception e) when (e is not (BugCheckException or MachineHaltedException or ThreadTerminatedException))
            {
                machine.BugCheckForException(Wdm.KMODE_EXCEPTION_NOT_HANDLED, e);
            }
        }
    }

    /// <summary>The return of a system service to user mode (KiServiceExit): APCs must be enabled
    /// again and the thread detached, or APC_INDEX_MISMATCH (P1 the service's address, which NtSim
    /// services do not have: 0; P2 ApcStateIndex; P3 CombinedApcDisable; P4 0, a system call);
    /// then the pending user APCs run, in order, each in user mode.</summary>
    internal static void ReturnToUserMode(KTHREAD thread)
    {
        var machine = thread.Machine;
        if (machine.IsHalted)
        {
            return;
        }

        if (thread.CombinedApcDisable != 0 || thread.IsAttached)
        {
            machine.RaiseBugCheck(Wdm.APC_INDEX_MISMATCH, 0, thread.ApcStateIndex, thread.CombinedApcDisable, 0,
                string.Create(CultureInfo.InvariantCulture,
                    $"{thread} returned to user mode from {thread.LastDdi ?? "a system service"} with KernelApcDisable {thread.KernelApcDisable}, SpecialApcDisable {thread.SpecialApcDisable} and ApcStateIndex {thread.ApcStateIndex} (an unbalanced critical or guarded region, or an attach without detach)"));
        }

        if (!thread.UserApcPending || thread.UserProcess is { Terminating: true })
        {
            return;
        }

        var scheduler = machine.Scheduler;
        while (scheduler.DequeueUserApc(thread) is { } apc)
        {
            RunUser(thread, apc);
        }
    }

    private static void RunUser(KTHREAD thread, KAPC apc)
    {
        var normal = apc.NormalRoutine;
        var context = apc.NormalContext;
        var argument1 = apc.SystemArgument1;
        var argument2 = apc.SystemArgument2;
        Trace(thread, "deliver", apc);
        var wasUserMode = thread.InUserMode;
        thread.InUserMode = false;
        CallKernelRoutine(thread, thread.Processor!, apc, ref normal, ref context, ref argument1, ref argument2);
        thread.InUserMode = wasUserMode;
        if (normal is not null)
        {
            // The application's routine, in user mode: its exceptions are its own (they unwind through the wait's caller).
            normal(context, argument1, argument2);
        }
    }

    /// <summary>A thread's end: with APCs disabled, KERNEL_APC_PENDING_DURING_EXIT (P1 the first
    /// kernel APC queued, or 0; P2 CombinedApcDisable; P3 the IRQL; P4 0). Otherwise the kernel APCs
    /// it can take run, queueing stops, and what is left is run down: its rundown routine, or none
    /// (Windows frees the APC; here it is dropped).</summary>
    internal static void RunDown(KTHREAD thread)
    {
        var machine = thread.Machine;
        var irql = thread.Processor!.Irql;
        if (thread.CombinedApcDisable != 0)
        {
            KAPC? first;
            lock (machine.Scheduler.Lock)
            {
                first = thread.KernelApcs.First?.Value;
            }

            machine.RaiseBugCheck(Wdm.KERNEL_APC_PENDING_DURING_EXIT, first?.Address ?? 0, thread.CombinedApcDisable, (ulong)irql, 0,
                string.Create(CultureInfo.InvariantCulture,
                    $"{thread} ended with KernelApcDisable {thread.KernelApcDisable} and SpecialApcDisable {thread.SpecialApcDisable}: a KeEnterCriticalRegion or KeEnterGuardedRegion (or an acquire that enters one) without its leave"));
        }

        DeliverKernel(thread);
        foreach (var apc in machine.Scheduler.CloseApcQueues(thread))
        {
            Trace(thread, "rundown", apc);
            if (apc.RundownRoutine is { } rundown)
            {
                Call(thread, rundown, () => rundown(apc));
            }
        }
    }

    private static void Trace(KTHREAD thread, string what, KAPC apc)
    {
        if (thread.Machine.Trace.Enabled)
        {
            thread.Machine.Scheduler.Trace(TraceKind.Apc, $"{what} {apc.Describe()}");
        }
    }
}
