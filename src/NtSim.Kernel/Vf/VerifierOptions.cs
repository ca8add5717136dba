using System.Globalization;

namespace NtSim;

/// <summary>The Driver Verifier options NtSim knows (devtest/driver-verifier-options,
/// devtest/verifier-command-line), with what it simulates of each.</summary>
public static class VerifierOptions
{
    /// <summary>Every option, by bit.</summary>
    public static IReadOnlyList<VerifierOption> All { get; } =
    [
        new(VerifierFlags.SpecialPool, "Special pool", VerifierOptionSupport.NotSimulated,
            "no guard pages: an overrun is caught at free (BAD_POOL_HEADER), not at the touch"),
        new(VerifierFlags.ForceIrqlChecking, "Force IRQL checking", VerifierOptionSupport.Simulated,
            "the IRQL rules of the DDIs; paged memory touched at DISPATCH_LEVEL always bug checks (0xD1/0x0A)"),
        new(VerifierFlags.LowResourcesSimulation, "Randomized low resources simulation", VerifierOptionSupport.NotSimulated,
            "no allocation is failed on purpose"),
        new(VerifierFlags.PoolTracking, "Pool tracking", VerifierOptionSupport.Simulated,
            "pool left allocated at unload bug checks 0xC4/0x62"),
        new(VerifierFlags.IoVerification, "I/O verification", VerifierOptionSupport.Simulated,
            "the 0xC9 checks of IoCallDriver, IoCompleteRequest, dispatch and completion routines, PnP removal"),
        new(VerifierFlags.DeadlockDetection, "Deadlock detection", VerifierOptionSupport.Partly,
            "self-deadlock (0x1000), release by a non-owner (0x1004) and of a lock not acquired (0x1007); no lock hierarchy (0x1001)"),
        new(VerifierFlags.DmaChecking, "DMA checking", VerifierOptionSupport.NotSimulated, "NtSim has no DMA adapters yet"),
        new(VerifierFlags.SecurityChecks, "Security checks", VerifierOptionSupport.Partly,
            "a malformed UNICODE_STRING given to a Zw routine (0xE4); no check of user addresses given to Zw routines"),
        new(VerifierFlags.ForcePendingIoRequests, "Force pending I/O requests", VerifierOptionSupport.NotSimulated,
            "IoCallDriver never forces STATUS_PENDING"),
        new(VerifierFlags.IrpLogging, "IRP logging", VerifierOptionSupport.NotSimulated, "no IRP log is kept"),
        new(VerifierFlags.MiscellaneousChecks, "Miscellaneous checks", VerifierOptionSupport.NotSimulated,
            "no check of freed memory holding live work items, resources or lookaside lists yet"),
        new(VerifierFlags.DdiComplianceChecking, "DDI compliance checking", VerifierOptionSupport.Simulated,
            "the IRQL and pairing rules of the DDI table (0x2xxxx, 0x4xxxx)"),
    ];

    /// <summary>Every bit NtSim knows.</summary>
    public static VerifierFlags Known => VerifierFlags.AnyOption;

    /// <summary>The options among <paramref name="flags"/> with the given support.</summary>
    public static VerifierFlags With(VerifierFlags flags, VerifierOptionSupport support) =>
        All.Where(o => o.Support == support && (flags & o.Flag) != 0).Aggregate(VerifierFlags.None, (all, o) => all | o.Flag);

    /// <summary>"Special pool (0x1), DMA checking (0x80)" for the options in <paramref name="flags"/>.</summary>
    public static string Describe(VerifierFlags flags) =>
        string.Join(", ", All.Where(o => (flags & o.Flag) != 0)
            .Select(o => string.Create(CultureInfo.InvariantCulture, $"{o.Name} (0x{(uint)o.Flag:X})")));

    /// <summary>"0x40, 0x1000" for the bits of <paramref name="flags"/> NtSim does not know, or null.</summary>
    public static string? Unknown(VerifierFlags flags)
    {
        var unknown = (uint)(flags & ~Known);
        if (unknown == 0)
        {
            return null;
        }

        var bits = Enumerable.Range(0, 32).Select(b => 1u << b).Where(bit => (unknown & bit) != 0);
        return string.Join(", ", bits.Select(bit => string.Create(CultureInfo.InvariantCulture, $"0x{bit:X}")));
    }
}
