using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace NtSim;

/// <summary>Finds the calling simulated thread for kernel work that is not a DDI (a DDI enters
/// through <see cref="DdiGate"/>), and checks the arguments a DDI dereferences.</summary>
internal static class KeContext
{
    /// <summary>The calling simulated thread, for an operation that is not a DDI (a memory access).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static KTHREAD Running(string operation)
    {
        var thread = KTHREAD.Current;
        if (thread is null)
        {
            ThrowNotOnSimulatedThread(operation);
        }

        return thread;
    }

    /// <summary>The host-thread error of a DDI or kernel operation (the DDI gate's too), out of line.</summary>
    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void ThrowNotOnSimulatedThread(string operation) =>
        throw new InvalidOperationException($"{operation} was called on a host thread. Driver code runs on simulated threads: call it inside machine.Run(() => ...).");

    /// <summary>An argument the DDI dereferences: NULL is an access violation in the caller, as
    /// on Windows (catchable as with __try/__except; unhandled, 0x1E, 0x7E or 0x3B with C0000005).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static T NotNull<T>([NotNull] T? value, string argument, [CallerMemberName] string ddi = "")
        where T : class
    {
        if (value is null)
        {
            ThrowNullArgument(argument, ddi);
        }

        return value;
    }

    /// <summary>Out of line, so that <see cref="NotNull"/> has no throw of its own and inlines.</summary>
    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowNullArgument(string argument, string ddi) =>
        throw new NtStatusException(Wdm.STATUS_ACCESS_VIOLATION, $"{ddi} dereferenced its NULL {argument} argument");
}
