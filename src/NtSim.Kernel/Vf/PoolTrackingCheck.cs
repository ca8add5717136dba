using System.Globalization;

namespace NtSim;

/// <summary>Driver Verifier's pool tracking at image unload: a driver that unloads with pool still
/// allocated bug checks DRIVER_VERIFIER_DETECTED_VIOLATION 0xC4/0x62 (only with
/// <see cref="VerifierFlags.PoolTracking"/>; without it the leaks are reported, not punished).</summary>
internal static class PoolTrackingCheck
{
    /// <summary>Offset of DriverName (a UNICODE_STRING) in the x64 DRIVER_OBJECT.</summary>
    internal const ulong DriverNameOffset = 0x38;

    internal static void AtUnload(KTHREAD thread, DriverImage image)
    {
        var machine = image.Machine;
        if (!machine.Verifier.IsOn(VerifierRules.PoolLeakedAtUnload))
        {
            return;
        }

        var pool = machine.Tracking.Outstanding(image.Module, ResourceKind.PoolAllocation);
        if (pool.Count == 0)
        {
            return;
        }

        var driver = image.Driver;
        var nameAddress = driver is null || driver.Address == 0 ? 0 : driver.Address + DriverNameOffset;
        using (thread.EnterModule(image.Module))
        {
            // 0xC4/0x62: P2 the driver's name (&DriverObject->DriverName), P3 verifier-internal (none
            // here: 0), P4 the allocations not freed, paged and nonpaged. docs/bugcheck-parameters.md §1a.
            machine.Verifier.BugCheck(VerifierRules.PoolLeakedAtUnload, nameAddress, 0, (ulong)pool.Count,
                string.Create(CultureInfo.InvariantCulture,
                    $"{image.ServiceName} unloaded without freeing {pool.Count} pool allocation(s) (pool tracking); the first: {pool[0]}"));
        }
    }
}
