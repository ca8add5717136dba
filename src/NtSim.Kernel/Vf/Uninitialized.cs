using System.Runtime.CompilerServices;

namespace NtSim;

/// <summary>
/// An object used before its initialization routine ran (a KEVENT never given to KeInitializeEvent, a
/// FAST_MUTEX never given to ExInitializeFastMutex ...). On Windows such an object holds whatever the
/// memory held: the routine follows garbage pointers (a wait list, an owner, a lock) and faults in the
/// caller. NtSim raises that fault, STATUS_ACCESS_VIOLATION, which the driver may catch; unhandled it is
/// KMODE_EXCEPTION_NOT_HANDLED (0x1E), SYSTEM_THREAD_EXCEPTION_NOT_HANDLED (0x7E) or
/// SYSTEM_SERVICE_EXCEPTION (0x3B) with 0xC0000005, as a NULL argument is (docs/verifier.md).
/// </summary>
internal static class Uninitialized
{
    /// <summary>Raises STATUS_ACCESS_VIOLATION unless <paramref name="initialized"/>: "KeSetEvent: the
    /// KEVENT was never initialized with KeInitializeEvent".</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Require(bool initialized, string objectKind, string initializer, string ddi)
    {
        if (!initialized)
        {
            Raise(objectKind, initializer, ddi);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Raise(string objectKind, string initializer, string ddi) =>
        throw new NtStatusException(Wdm.STATUS_ACCESS_VIOLATION,
            $"{ddi}: the {objectKind} was never initialized with {initializer} (or was deleted); its fields are garbage");
}
