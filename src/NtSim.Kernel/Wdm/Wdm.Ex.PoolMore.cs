using System.Runtime.CompilerServices;

namespace NtSim;

/// <summary>EX_POOL_PRIORITY (wdm.h): how much ExAllocatePoolWithTagPriority's caller needs the memory. Values are <c>Wdm.*PoolPriority*</c>.</summary>
public enum EX_POOL_PRIORITY { }

public static partial class Wdm
{
    // wdm.h: EX_POOL_PRIORITY. The SpecialPool* variants ask for special pool's guard page after (Overrun) or before (Underrun) the block.
    /// <summary>Low priority: the system may fail the allocation when resources are low.</summary>
    public const EX_POOL_PRIORITY LowPoolPriority = 0;
    /// <summary>Low priority, from special pool with the guard page after the block.</summary>
    public const EX_POOL_PRIORITY LowPoolPrioritySpecialPoolOverrun = (EX_POOL_PRIORITY)8;
    /// <summary>Low priority, from special pool with the guard page before the block.</summary>
    public const EX_POOL_PRIORITY LowPoolPrioritySpecialPoolUnderrun = (EX_POOL_PRIORITY)9;
    /// <summary>Normal priority: the system may fail the allocation only when resources are very low.</summary>
    public const EX_POOL_PRIORITY NormalPoolPriority = (EX_POOL_PRIORITY)16;
    /// <summary>Normal priority, from special pool with the guard page after the block.</summary>
    public const EX_POOL_PRIORITY NormalPoolPrioritySpecialPoolOverrun = (EX_POOL_PRIORITY)24;
    /// <summary>Normal priority, from special pool with the guard page before the block.</summary>
    public const EX_POOL_PRIORITY NormalPoolPrioritySpecialPoolUnderrun = (EX_POOL_PRIORITY)25;
    /// <summary>High priority: the allocation must not fail unless the system is out of resources.</summary>
    public const EX_POOL_PRIORITY HighPoolPriority = (EX_POOL_PRIORITY)32;
    /// <summary>High priority, from special pool with the guard page after the block.</summary>
    public const EX_POOL_PRIORITY HighPoolPrioritySpecialPoolOverrun = (EX_POOL_PRIORITY)40;
    /// <summary>High priority, from special pool with the guard page before the block.</summary>
    public const EX_POOL_PRIORITY HighPoolPrioritySpecialPoolUnderrun = (EX_POOL_PRIORITY)41;

    /// <summary>
    /// ExAllocatePoolWithTagPriority: ExAllocatePoolWithTag with a priority. "Low" lets the system fail
    /// the request when resources are low, "High" asks it to succeed unless none are left; NtSim's pool
    /// fails only at its limits, so every priority gets the same answer there (a fault injected by
    /// low resources simulation fails any of them, as Driver Verifier does). The special pool variants
    /// are accepted. IRQL &lt;= DISPATCH_LEVEL (APC_LEVEL for paged pool).
    /// </summary>
    public static PVOID ExAllocatePoolWithTagPriority(POOL_TYPE PoolType, ulong NumberOfBytes, uint Tag, EX_POOL_PRIORITY Priority,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var priority = (int)Priority & ~0x9;
        if (priority is not (0 or 16 or 32) || ((int)Priority & 0x9) is 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Priority), Priority, "ExAllocatePoolWithTagPriority: Priority must be an EX_POOL_PRIORITY.");
        }

        return AllocateWithType(PoolType, NumberOfBytes, Tag, zero: false, file, line, DdiTable.ExAllocatePoolWithTagPriority);
    }

    /// <summary>ExAllocatePoolWithQuota (obsolete): ExAllocatePoolWithQuotaTag with the tag 'None'; failure
    /// raises STATUS_INSUFFICIENT_RESOURCES unless POOL_QUOTA_FAIL_INSTEAD_OF_RAISE is set.</summary>
    public static PVOID ExAllocatePoolWithQuota(POOL_TYPE PoolType, ulong NumberOfBytes,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var raise = (PoolType & POOL_QUOTA_FAIL_INSTEAD_OF_RAISE) == 0;
        return AllocateWithType(raise ? PoolType | POOL_RAISE_IF_ALLOCATION_FAILURE : PoolType,
            NumberOfBytes, NoneTag, zero: false, file, line, DdiTable.ExAllocatePoolWithQuota, quota: true);
    }

    /// <summary>
    /// ExQueryPoolBlockSize (obsolete, never documented): the bytes the pool block at <paramref name="PoolBlock"/>
    /// can hold (whole pages for a big allocation) and, in <paramref name="QuotaCharged"/>, whether it was
    /// allocated with quota. An address that is not a live block is an ArgumentException (Windows reads
    /// whatever header is there). IRQL &lt;= DISPATCH_LEVEL.
    /// </summary>
    public static ulong ExQueryPoolBlockSize(PVOID PoolBlock, out bool QuotaCharged)
    {
        var thread = DdiGate.Enter(DdiTable.ExQueryPoolBlockSize);
        return thread.Machine.Pool.QueryBlockSize(PoolBlock.Address, out QuotaCharged)
            ?? throw new ArgumentException($"ExQueryPoolBlockSize: {PoolBlock} is not the address of a live pool block.", nameof(PoolBlock));
    }
}
