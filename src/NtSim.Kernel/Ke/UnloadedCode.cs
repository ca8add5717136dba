using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace NtSim;

/// <summary>
/// Code of an unloaded driver about to run: a timer DPC, a queued DPC or work item, or a system
/// thread returning into the image. On Windows the image is gone and the fetch of the routine's
/// first instruction faults: DRIVER_UNLOADED_WITHOUT_CANCELLING_PENDING_OPERATIONS (0xCE).
/// </summary>
internal static class UnloadedCode
{
    // 0xCE P2: 0 read, 1 write; the analysis of a real 0xCE shows 8 for an instruction fetch (as 0xD1 and 0x50 document).
    private const ulong Execute = 8;

    /// <summary>Bug checks 0xCE for <paramref name="routine"/> of the unloaded <paramref name="module"/>.</summary>
    [DoesNotReturn]
    internal static void Raise(Machine machine, KernelModule module, MethodInfo routine, string what) =>
        Raise(machine, module, module.AddressOf(routine), $"{what} {module.Name}!{CodeNames.Of(routine)}");

    /// <summary>Bug checks 0xCE for code at <paramref name="address"/> of the unloaded <paramref name="module"/>.</summary>
    [DoesNotReturn]
    internal static void Raise(Machine machine, KernelModule module, ulong address, string what)
    {
        // P1 the address referenced, P2 execute, P3 the address that referenced it (the same: the
        // instruction fetch), P4 reserved. docs/bugcheck-parameters.md §4.
        machine.RaiseBugCheck(Wdm.DRIVER_UNLOADED_WITHOUT_CANCELLING_PENDING_OPERATIONS, address, Execute, address, 0,
            $"{what} at {PVOID.Format(address)} was about to run, but {module.Name} was unloaded without cancelling it");
    }
}
