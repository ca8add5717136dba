namespace NtSim;

// The pool rules. Since Windows 10 1709 Driver Verifier's automatic checks belong to "relevant standard
// flags" without the page naming them (devtest/automatic-checks): NtSim puts those about IRQL under
// Force IRQL checking and the others under any option, as they ran before 1709. Without Driver
// Verifier the same misuse is BAD_POOL_CALLER (0xC2), which the caller raises when the rule is off.
public static partial class VerifierRules
{
    /// <summary>0xC4/0x00: an allocation of zero bytes (without Driver Verifier: 0xC2/0x00).</summary>
    public static readonly VerifierRule PoolZeroBytes = new()
    {
        Code = Wdm.DRIVER_VERIFIER_DETECTED_VIOLATION, Subcode = 0x00, Name = "PoolAllocateZeroBytes",
        Flag = VerifierFlags.AnyOption, P2 = "current IRQL", P3 = "pool type", P4 = "bytes (0)", Source = C4,
    };

    /// <summary>0xC4/0x01: paged pool allocated above APC_LEVEL (without Driver Verifier: 0xC2/0x08).</summary>
    public static readonly VerifierRule PagedPoolAllocatedAboveApc = new()
    {
        Code = Wdm.DRIVER_VERIFIER_DETECTED_VIOLATION, Subcode = 0x01, Name = "PagedPoolAllocatedAboveApcLevel",
        Flag = VerifierFlags.ForceIrqlChecking, P2 = "current IRQL", P3 = "pool type", P4 = "bytes", Source = C4,
    };

    /// <summary>0xC4/0x02: nonpaged pool allocated above DISPATCH_LEVEL (without Driver Verifier: 0xC2/0x08).</summary>
    public static readonly VerifierRule NonPagedPoolAllocatedAboveDispatch = new()
    {
        Code = Wdm.DRIVER_VERIFIER_DETECTED_VIOLATION, Subcode = 0x02, Name = "NonPagedPoolAllocatedAboveDispatchLevel",
        Flag = VerifierFlags.ForceIrqlChecking, P2 = "current IRQL", P3 = "pool type", P4 = "bytes", Source = C4,
    };

    /// <summary>0xC4/0x10: a free of an address no allocation returned (without Driver Verifier: 0xC2/0x40, 0x42 or 0x46).</summary>
    public static readonly VerifierRule PoolFreeOfBadAddress = new()
    {
        Code = Wdm.DRIVER_VERIFIER_DETECTED_VIOLATION, Subcode = 0x10, Name = "PoolFreeOfBadAddress",
        Flag = VerifierFlags.AnyOption, P2 = "the address", Source = C4,
    };

    /// <summary>0xC4/0x11: paged pool freed above APC_LEVEL (without Driver Verifier: 0xC2/0x09).</summary>
    public static readonly VerifierRule PagedPoolFreedAboveApc = new()
    {
        Code = Wdm.DRIVER_VERIFIER_DETECTED_VIOLATION, Subcode = 0x11, Name = "PagedPoolFreedAboveApcLevel",
        Flag = VerifierFlags.ForceIrqlChecking, P2 = "current IRQL", P3 = "pool type", P4 = "the address", Source = C4,
    };

    /// <summary>0xC4/0x12: nonpaged pool freed above DISPATCH_LEVEL (without Driver Verifier: 0xC2/0x09).</summary>
    public static readonly VerifierRule NonPagedPoolFreedAboveDispatch = new()
    {
        Code = Wdm.DRIVER_VERIFIER_DETECTED_VIOLATION, Subcode = 0x12, Name = "NonPagedPoolFreedAboveDispatchLevel",
        Flag = VerifierFlags.ForceIrqlChecking, P2 = "current IRQL", P3 = "pool type", P4 = "the address", Source = C4,
    };

    /// <summary>0xC4/0x13: pool freed twice (without Driver Verifier: 0xC2/0x07).</summary>
    public static readonly VerifierRule PoolFreedTwice = new()
    {
        Code = Wdm.DRIVER_VERIFIER_DETECTED_VIOLATION, Subcode = 0x13, Name = "PoolFreedTwice",
        Flag = VerifierFlags.AnyOption, P2 = "reserved (0)", P3 = "the pool header (the block, for whole pages)",
        P4 = "the header's contents (the tag, for whole pages)", Source = C4,
    };

    /// <summary>0xC4/0x62: a driver unloads with pool still allocated (pool tracking; without it the
    /// unload report lists the blocks).</summary>
    public static readonly VerifierRule PoolLeakedAtUnload = new()
    {
        Code = Wdm.DRIVER_VERIFIER_DETECTED_VIOLATION, Subcode = 0x62, Name = "PoolLeakedAtUnload",
        Flag = VerifierFlags.PoolTracking, P2 = "&DriverObject->DriverName", P3 = "reserved (0)",
        P4 = "allocations not freed", Source = "devtest/pool-tracking",
    };
}
