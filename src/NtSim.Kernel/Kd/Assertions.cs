using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace NtSim;

/// <summary>
/// What a failed assertion and a breakpoint do, with and without a kernel debugger (docs/asserts.md):
/// - NT_ASSERT and its family raise STATUS_ASSERTION_FAILURE (DbgRaiseAssertionFailure, int 0x2c):
///   a connected debugger breaks in; otherwise it is an exception like any other, and one nothing
///   handles is bug check 0x7E or 0x1E with P1 = 0xC0000420.
/// - DbgBreakPoint raises STATUS_BREAKPOINT (int 3): with debugging enabled the machine breaks in (and
///   waits for a debugger if none is connected); with debugging off it is an exception, unhandled a
///   bug check with P1 = 0x80000003.
/// - RtlAssert (ASSERT, ASSERTMSG) prints the assertion and breaks in when a debugger is connected; since
///   Windows Vista, with none connected the failed assertion is not reported and execution goes on.
/// </summary>
internal static class Assertions
{
    // RtlAssert's prompt; the seam answers "O" (break once) until the debugger's console answers it.
    private const string Prompt = "Break repeatedly, break Once, Ignore, terminate Process, or terminate Thread (boipt)? ";

    /// <summary>The calling thread's machine runs checked code here (see <see cref="CheckedBuild"/>).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static bool IsChecked(string macro) => CheckedBuild.IsChecked(KeContext.Running(macro).Machine);

    /// <summary>A false NT_ASSERT, NT_ASSERTMSG(W), NT_VERIFY or NT_VERIFYMSG: DbgRaiseAssertionFailure in a
    /// checked driver, nothing in a free one.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void RaiseAssertionFailure(string macro, string expression, string? message, string file, int line)
    {
        var thread = KeContext.Running(macro);
        var machine = thread.Machine;
        if (!CheckedBuild.IsChecked(machine))
        {
            return;
        }

        if (machine.Debugger.Attached)
        {
            // The debugger reports it first chance; Go is "gh": handled, the code goes on after the assertion.
            machine.Debugger.BreakIn(thread, Report(thread, Wdm.STATUS_ASSERTION_FAILURE, expression, message, null, file, line));
            return;
        }

        // int 0x2c dispatches STATUS_ASSERTION_FAILURE as an exception (NT_ASSERT's WDK page; the 0x1E/0x7E pages).
        throw new NtStatusException(Wdm.STATUS_ASSERTION_FAILURE,
            $"{macro}({(message is null ? "" : Quote(message) + ", ")}{expression}) failed at {SourceSite.Format(file, line)}");
    }

    /// <summary>DbgBreakPoint and DbgBreakPointWithStatus (and KdBreakPoint in a checked driver).</summary>
    internal static void Breakpoint(KTHREAD thread, string routine, uint? status)
    {
        var debugger = thread.Machine.Debugger;
        if (debugger.Enabled)
        {
            // A breakpoint with debugging enabled stops the machine, for the debugger or until one connects
            // ("How the checked build indicates a problem", WDK).
            debugger.BreakIn(thread, Report(thread, Wdm.STATUS_BREAKPOINT, null, null, status, null, 0));
            return;
        }

        // "In kernel mode, a break exception that is not handled will cause a bug check" (DbgBreakPoint, WDK).
        throw new NtStatusException(Wdm.STATUS_BREAKPOINT, $"{routine} with kernel debugging off: a breakpoint exception");
    }

    /// <summary>RtlAssert: the failed ASSERT of a checked driver.</summary>
    internal static void RtlAssert(KTHREAD thread, string assertion, string file, uint line, string? message)
    {
        var machine = thread.Machine;
        if (!machine.Debugger.Attached)
        {
            // Windows Vista and later: with no debugger connected the failed assertion is not reported
            // ("How the checked build indicates a problem", WDK). NtSim's own trace still names it.
            machine.Scheduler.Trace(TraceKind.Break, $"assertion not reported (no kernel debugger): {message}{assertion}, {SourceSite.Format(file, (int)line)}");
            return;
        }

        var module = thread.CurrentModule.Name;
        KernelPrint.Print(thread, module, Wdm.DPFLTR_DEFAULT_ID, Wdm.DPFLTR_ERROR_LEVEL,
            $"*** Assertion failed: {message}{assertion}\n***   Source File: {file}, line {line}\n\n");
        KernelPrint.Print(thread, module, Wdm.DPFLTR_DEFAULT_ID, Wdm.DPFLTR_ERROR_LEVEL, Prompt);
        // Answered "O": RtlAssert breaks once (int 3, STATUS_BREAKPOINT) and returns when let go.
        machine.Debugger.BreakIn(thread, Report(thread, Wdm.STATUS_BREAKPOINT, assertion, message, null, file, (int)line));
    }

    private static BreakReport Report(KTHREAD thread, NTSTATUS code, string? assertion, string? message, uint? status, string? file, int line)
    {
        var machine = thread.Machine;
        var (module, location) = Blame.Find(new StackTrace(2, true), thread, machine.Modules);
        return new BreakReport(code, assertion, message, status, file, line, module, location,
            machine.Debugger.Attached, thread.ToString(), thread.Processor?.Number ?? -1, machine.InterruptTime);
    }

    private static string Quote(string message) => "\"" + message + "\"";
}
