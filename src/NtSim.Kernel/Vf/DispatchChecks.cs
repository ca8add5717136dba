using System.Globalization;

namespace NtSim;

/// <summary>What IoCallDriver knew before it called a dispatch routine, to check it after.</summary>
internal readonly record struct DispatchCall(
    DEVICE_OBJECT Device, IRP Irp, IO_STACK_LOCATION Stack, byte Major, DRIVER_DISPATCH Routine, KIRQL Irql, int LocksHeld, int Generation);

/// <summary>The checks IoCallDriver makes when a dispatch routine returns (IovpCallDriver2). The
/// routine's frames are gone by then, so each bug check names the routine itself, with its source
/// file and line, rather than whoever called IoCallDriver.</summary>
internal static class DispatchChecks
{
    internal static void AfterReturn(KTHREAD thread, in DispatchCall call, NTSTATUS status)
    {
        var machine = thread.Machine;
        var after = thread.Processor!.Irql;
        if (after != call.Irql)
        {
            // 0xC9/0x05: the dispatch routine returned at another IRQL (P2 device, P3 before, P4 after). Free
            // build: IoCallDriver returns at that IRQL.
            machine.Verifier.Violation(VerifierRules.DispatchChangedIrql, call.Device.Address, (ulong)call.Irql, (ulong)after,
                string.Create(CultureInfo.InvariantCulture,
                    $"{Routine(call)} returned at IRQL {(int)after}, called at {(int)call.Irql}{HeldSince(thread, call.LocksHeld)}"),
                Blame.Of(call.Routine.Method, machine.Modules));
        }

        if (status == Wdm.STATUS_PENDING && !call.Stack.MarkedPending)
        {
            // 0xC9/0x23D: STATUS_PENDING returned without IoMarkIrpPending (P2 the IRP). Free build: the caller
            // sees STATUS_PENDING; the I/O manager may never learn of the completion (a waiter hangs).
            machine.Verifier.Violation(VerifierRules.PendingWithoutMarkPending, call.Irp.Address, 0, 0,
                $"{Routine(call)} returned STATUS_PENDING without calling IoMarkIrpPending",
                Blame.Of(call.Routine.Method, machine.Modules));
        }

        if (status != Wdm.STATUS_PENDING && call.Irp.Generation == call.Generation
            && call.Stack.CompletedWith is { } completed && completed != status
            && machine.Verifier.IsOn(VerifierRules.DispatchStatusMismatch))
        {
            // 0xC9/0x224: the routine completed the IRP (or saw it completed below) with one status and
            // returned another (P2 the routine, P3 the IRP, P4 IoStatus.Status; the docs list these
            // three and then the returned status, which the detail gives).
            var module = machine.Modules.For(call.Routine.Method);
            machine.Verifier.Violation(VerifierRules.DispatchStatusMismatch, module.AddressOf(call.Routine.Method), call.Irp.Address, (uint)completed,
                $"{Routine(call)} returned {NtNames.Format(status)} for {call.Irp.Describe()}, which was completed with IoStatus.Status {NtNames.Format(completed)}",
                Blame.Of(call.Routine.Method, machine.Modules));
        }
    }

    /// <summary>"Sample's IRP_MJ_READ routine SampleDriver.SampleRead".</summary>
    private static string Routine(in DispatchCall call) =>
        $"{call.Device.DriverObject.DriverName}'s {MajorFunctionNames.Of(call.Major)} routine {CodeNames.Of(call.Routine.Method)}";

    /// <summary>"; it still holds KSPIN_LOCK@... acquired at SampleDriver.cs:57" for the spin locks
    /// taken during the call and not released.</summary>
    private static string HeldSince(KTHREAD thread, int heldBefore)
    {
        if (thread.SpinLocksHeld <= heldBefore)
        {
            return "";
        }

        var locks = SpinLocks.Held(thread).Skip(heldBefore).Select(l => SpinLocks.Site(l) is { } at ? $"{l.Describe()} acquired at {at}" : l.Describe());
        return "; it still holds " + string.Join(", ", locks);
    }
}
