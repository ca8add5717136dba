using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;

namespace NtSim;

/// <summary>
/// The kernel stack of a simulated thread. Its host thread has <see cref="HostStackSize"/> bytes;
/// driver code may use all but <see cref="Reserve"/> of them, which is left for the bug check
/// (the stack walk of its report) and the unwinding. An instrumented method entered below the
/// limit is a kernel stack overflow: on x64 Windows the fault cannot be delivered on the exhausted
/// stack, so it becomes a double fault, UNEXPECTED_KERNEL_MODE_TRAP (0x7F) with P1 = 8.
/// </summary>
internal static class KernelStack
{
    /// <summary>The host stack of a thread the scheduler creates.</summary>
    internal const int HostStackSize = 1024 * 1024;

    /// <summary>What the bug check and the unwinding need below the limit.</summary>
    internal const int Reserve = 256 * 1024;

    /// <summary>The budget of a host thread adopted as a simulated thread (its stack size is not
    /// known: a .NET secondary thread has at least 1.5 MiB on Linux and 1 MiB on Windows).</summary>
    internal const int AdoptedBudget = 512 * 1024;

    // EXCEPTION_DOUBLE_FAULT: the trap number in P1 of 0x7F (learn.microsoft.com, Bug Check 0x7F).
    private const ulong ExceptionDoubleFault = 8;

    [DoesNotReturn]
    internal static void Overflow(KTHREAD thread, int probe)
    {
        var machine = thread.Machine;
        machine.ThrowIfHalted();
        var site = ProbeTable.Find(probe);
        var blame = Blame.Find(new StackTrace(1, true), thread, machine.Modules, requireLine: true);
        machine.RaiseBugCheck(Wdm.UNEXPECTED_KERNEL_MODE_TRAP, ExceptionDoubleFault, 0, 0, 0,
            $"kernel stack overflow on {thread}: {site?.Method ?? "driver code"} was entered with less than {Reserve / 1024} KiB of the thread's stack left (runaway recursion?)",
            blame);
    }
}
