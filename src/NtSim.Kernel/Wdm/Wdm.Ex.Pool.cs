using System.Runtime.CompilerServices;

namespace NtSim;

public static partial class Wdm
{
    /// <summary>The tag ExAllocatePool gives its blocks: 'None' (the C literal 'enoN').</summary>
    private const uint NoneTag = 0x656E6F4E;

    /// <summary>A pool tag from its (1 to 4) characters in memory order: TAG("Samp") is the C
    /// literal 'pmaS', shown by !pool and poolmon as "Samp".</summary>
    public static uint TAG(string fourChars) => PoolTag.FromString(fourChars);

    /// <summary>
    /// ExAllocatePool2 (Windows 10 2004): allocates <paramref name="NumberOfBytes"/> of the pool the
    /// flags name, zeroed unless POOL_FLAG_UNINITIALIZED. Returns NULL when memory is short, when
    /// <paramref name="Tag"/> is 0 or when the flags are invalid; raises STATUS_INSUFFICIENT_RESOURCES
    /// instead with POOL_FLAG_RAISE_ON_FAILURE. Zero bytes, or the wrong IRQL, bug check (0xC4).
    /// </summary>
    public static PVOID ExAllocatePool2(ulong Flags, ulong NumberOfBytes, uint Tag,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.ExAllocatePool2);
        if (DdiGate.Hooked(thread))
        {
            DdiGate.Arguments(thread, DdiTable.ExAllocatePool2, $"0x{Flags:X}, {NumberOfBytes}, '{PoolTag.Format(Tag)}'");
        }

        if (!PoolRequest.TryFromFlags(Flags, out var request) || Tag == 0)
        {
            // ExAllocatePool2 fails on a zero tag or invalid flags, raising instead if asked to.
            if ((Flags & POOL_FLAG_RAISE_ON_FAILURE) != 0)
            {
                throw new NtStatusException(STATUS_INSUFFICIENT_RESOURCES);
            }

            return default;
        }

        return AllocatePool(thread, request, NumberOfBytes, Tag, file, line, DdiTable.ExAllocatePool2);
    }

    /// <summary>ExAllocatePoolWithTag: allocates <paramref name="NumberOfBytes"/> of
    /// <paramref name="PoolType"/>, not zeroed; NULL when memory is short (or a raise with
    /// POOL_RAISE_IF_ALLOCATION_FAILURE).</summary>
    public static PVOID ExAllocatePoolWithTag(POOL_TYPE PoolType, ulong NumberOfBytes, uint Tag,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        AllocateWithType(PoolType, NumberOfBytes, Tag, zero: false, file, line, DdiTable.ExAllocatePoolWithTag);

    /// <summary>ExAllocatePoolZero: ExAllocatePoolWithTag with the memory zeroed.</summary>
    public static PVOID ExAllocatePoolZero(POOL_TYPE PoolType, ulong NumberOfBytes, uint Tag,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        AllocateWithType(PoolType, NumberOfBytes, Tag, zero: true, file, line, DdiTable.ExAllocatePoolZero);

    /// <summary>ExAllocatePoolUninitialized: ExAllocatePoolWithTag (the contents are whatever was there).</summary>
    public static PVOID ExAllocatePoolUninitialized(POOL_TYPE PoolType, ulong NumberOfBytes, uint Tag,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        AllocateWithType(PoolType, NumberOfBytes, Tag, zero: false, file, line, DdiTable.ExAllocatePoolUninitialized);

    /// <summary>ExAllocatePool (obsolete): ExAllocatePoolWithTag with the tag 'None'.</summary>
    public static PVOID ExAllocatePool(POOL_TYPE PoolType, ulong NumberOfBytes,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        AllocateWithType(PoolType, NumberOfBytes, NoneTag, zero: false, file, line, DdiTable.ExAllocatePool);

    /// <summary>ExAllocatePoolWithQuotaTag: as ExAllocatePoolWithTag, but failure raises unless
    /// POOL_QUOTA_FAIL_INSTEAD_OF_RAISE is set; the block's header has the quota bit (no process
    /// quota is charged in NtSim).</summary>
    public static PVOID ExAllocatePoolWithQuotaTag(POOL_TYPE PoolType, ulong NumberOfBytes, uint Tag,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var raise = (PoolType & POOL_QUOTA_FAIL_INSTEAD_OF_RAISE) == 0;
        return AllocateWithType(raise ? PoolType | POOL_RAISE_IF_ALLOCATION_FAILURE : PoolType,
            NumberOfBytes, Tag, zero: false, file, line, DdiTable.ExAllocatePoolWithQuotaTag, quota: true);
    }

    /// <summary>ExFreePoolWithTag: frees a block; <paramref name="Tag"/> must be the allocation's
    /// tag (BAD_POOL_CALLER 0x0A otherwise).</summary>
    public static void ExFreePoolWithTag(PVOID P, uint Tag) => FreePool(P, Tag, checkTag: true, DdiTable.ExFreePoolWithTag);

    /// <summary>ExFreePool: frees a block, whatever its tag.</summary>
    public static void ExFreePool(PVOID P) => FreePool(P, 0, checkTag: false, DdiTable.ExFreePool);

    private static PVOID AllocateWithType(POOL_TYPE poolType, ulong bytes, uint tag, bool zero, string file, int line, Ddi ddi, bool quota = false)
    {
        var thread = DdiGate.Enter(ddi);
        if (PoolTypes.HasUnknownBits(poolType))
        {
            throw new ArgumentOutOfRangeException(nameof(poolType), poolType, $"{ddi.Name}: {(int)poolType} is not a POOL_TYPE.");
        }

        var request = PoolRequest.FromType(poolType, zero) with { Quota = quota };
        if (PoolTypes.IsMustSucceed(request.Type))
        {
            // BAD_POOL_CALLER 0x9A: must-succeed pool is no longer supported (P2 type, P3 bytes, P4 tag). docs/bugcheck-parameters.md §3.
            thread.Machine.RaiseBugCheck(BAD_POOL_CALLER, 0x9A, (ulong)(int)request.Type, bytes, tag,
                $"{ddi.Name} asked for {PoolTypes.Name(request.Type)}, which Windows no longer supports");
        }

        if (tag == 0)
        {
            // BAD_POOL_CALLER 0x9B: an allocation with tag 0 (P2 type, P3 bytes, P4 the caller's address, unknown: 0). §3.
            thread.Machine.RaiseBugCheck(BAD_POOL_CALLER, 0x9B, (ulong)(int)request.Type, bytes, 0,
                $"{ddi.Name} was called with tag 0");
        }

        return AllocatePool(thread, request, bytes, tag, file, line, ddi);
    }

    private static PVOID AllocatePool(KTHREAD thread, in PoolRequest request, ulong bytes, uint tag, string file, int line, Ddi ddi)
    {
        var machine = thread.Machine;
        if (DdiGate.InjectFault(thread, ddi))
        {
            // A failure injected as low resources: what the pool does when it is out of memory.
            return request.Raise ? throw new NtStatusException(STATUS_INSUFFICIENT_RESOURCES) : default;
        }

        var result = machine.Pool.Allocate(thread, request, bytes, tag, file, line, ddi.Name);

        // The pool lock is a point where another processor's allocation can come first.
        DdiGate.Leave(thread, ddi);
        return result;
    }

    private static void FreePool(PVOID p, uint tag, bool checkTag, Ddi ddi)
    {
        var thread = DdiGate.Enter(ddi);
        var machine = thread.Machine;
        machine.Pool.Free(thread, p.Address, tag, checkTag, ddi.Name);
        DdiGate.Leave(thread, ddi);
    }
}
