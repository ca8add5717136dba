using System.Buffers.Binary;
using System.Globalization;

namespace NtSim;

/// <summary>
/// The work behind the lookaside DDIs. Entries come from pool with the list's tag (or from the
/// driver's allocate routine); freed entries are kept, last in first out, up to the list's
/// depth, and the rest are freed. As in an SLIST, a kept entry's first 8 bytes hold the link to
/// the next one, so pushing a bad pointer faults as it would on Windows. A live list is a
/// tracked resource of the module that initialized it.
/// </summary>
internal static class ExLookaside
{
    // Windows starts a list at depth 4 and lets the balance set manager raise it up to 256;
    // NtSim does not tune depths, so a list keeps at most 4 entries.
    internal const ushort InitialDepth = 4;
    internal const ushort MaximumDepth = 256;

    /// <summary>LOOKASIDE_MINIMUM_BLOCK_SIZE (wdm.h): room for the SLIST_ENTRY link,
    /// RTL_SIZEOF_THROUGH_FIELD(SLIST_ENTRY, Next), 8 bytes on x64.</summary>
    internal const ulong MinimumBlockSize = 8;

    internal static void Initialize(KTHREAD thread, GENERAL_LOOKASIDE l, string family, POOL_TYPE type, POOL_TYPE allocateType,
        ulong size, uint tag, string file, int line, string ddi)
    {
        RequireIrql(thread, PoolTypes.IsPaged(type), ddi);
        if (size < MinimumBlockSize || size > uint.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(size), size,
                $"{ddi}: Size must be at least LOOKASIDE_MINIMUM_BLOCK_SIZE ({MinimumBlockSize}) and fit in a ULONG.");
        }

        var machine = thread.Machine;
        lock (l.Lock)
        {
            if (l.Initialized)
            {
                throw new InvalidOperationException($"{ddi}: the {family} is already initialized and not deleted; initializing a live list corrupts the system's list of lookaside lists.");
            }

            if (l.Machine != machine)
            {
                l.Machine = machine;
                l.Address = machine.AllocateObjectAddress(0x80);
            }

            l.Family = family;
            l.Type = type;
            l.AllocateType = allocateType;
            l.Size = (uint)size;
            l.Tag = tag;
            l.Depth = InitialDepth;
            l.MaximumDepth = MaximumDepth;
            l.TotalAllocates = l.AllocateMisses = l.TotalFrees = l.FreeMisses = 0;
            l.Entries.Clear();
            l.TrackHandle = machine.Tracking.Track(ResourceKind.LookasideList, thread.CurrentModule, l.Address, tag, size, type, file, line,
                string.Create(CultureInfo.InvariantCulture, $"{family} '{PoolTag.Format(tag)}' of {size}-byte {PoolTypes.Name(type)} entries"));
            l.Initialized = true;
        }
    }

    internal static PVOID Allocate(KTHREAD thread, GENERAL_LOOKASIDE l, string file, int line, string ddi)
    {
        var machine = Require(thread, l, ddi);
        ulong entry = 0;
        lock (l.Lock)
        {
            l.TotalAllocates++;
            if (l.Entries.Count > 0)
            {
                entry = l.Entries[^1];
                l.Entries.RemoveAt(l.Entries.Count - 1);
            }
            else
            {
                l.AllocateMisses++;
            }
        }

        PVOID result;
        if (entry != 0)
        {
            // Popping reads the entry's link, as InterlockedPopEntrySList does.
            machine.Memory.Access(thread, entry, sizeof(ulong), AccessKind.Read, ddi);
            result = new PVOID(entry);
        }
        else if (l.AllocateEx is { } allocateEx)
        {
            result = allocateEx(l.AllocateType, l.Size, l.Tag, l.Owner!);
        }
        else if (l.Allocate is { } allocate)
        {
            result = allocate(l.AllocateType, l.Size, l.Tag);
        }
        else
        {
            result = machine.Pool.Allocate(thread, PoolRequest.FromType(l.AllocateType, zero: false), l.Size, l.Tag, file, line, ddi);
        }

        machine.Scheduler.SchedulingPoint(thread);
        return result;
    }

    internal static void Free(KTHREAD thread, GENERAL_LOOKASIDE l, PVOID entry, string ddi)
    {
        var machine = Require(thread, l, ddi);
        bool keep;
        ulong next = 0;
        lock (l.Lock)
        {
            l.TotalFrees++;
            keep = l.Entries.Count < l.Depth;
            if (keep)
            {
                next = l.Entries.Count > 0 ? l.Entries[^1] : 0;
            }
            else
            {
                l.FreeMisses++;
            }
        }

        if (keep)
        {
            // Pushing writes the link into the entry, as InterlockedPushEntrySList does.
            BinaryPrimitives.WriteUInt64LittleEndian(machine.Memory.Access(thread, entry.Address, sizeof(ulong), AccessKind.Write, ddi), next);
            lock (l.Lock)
            {
                l.Entries.Add(entry.Address);
            }
        }
        else
        {
            Release(thread, l, entry, ddi);
        }

        machine.Scheduler.SchedulingPoint(thread);
    }

    /// <summary>ExFlushLookasideListEx: frees every entry the list holds.</summary>
    internal static void Flush(KTHREAD thread, GENERAL_LOOKASIDE l, string ddi)
    {
        Require(thread, l, ddi);
        FreeAll(thread, l, ddi);
    }

    /// <summary>ExDelete*LookasideList*: frees the held entries and forgets the list.</summary>
    internal static void Delete(KTHREAD thread, GENERAL_LOOKASIDE l, string ddi)
    {
        var machine = Require(thread, l, ddi);
        FreeAll(thread, l, ddi);
        lock (l.Lock)
        {
            l.Initialized = false;
            machine.Tracking.Untrack(l.TrackHandle);
        }
    }

    private static void FreeAll(KTHREAD thread, GENERAL_LOOKASIDE l, string ddi)
    {
        while (true)
        {
            ulong entry;
            lock (l.Lock)
            {
                if (l.Entries.Count == 0)
                {
                    break;
                }

                entry = l.Entries[^1];
                l.Entries.RemoveAt(l.Entries.Count - 1);
            }

            Release(thread, l, new PVOID(entry), ddi);
        }
    }

    private static void Release(KTHREAD thread, GENERAL_LOOKASIDE l, PVOID entry, string ddi)
    {
        if (l.FreeEx is { } freeEx)
        {
            freeEx(entry, l.Owner!);
        }
        else if (l.Free is { } free)
        {
            free(entry);
        }
        else
        {
            thread.Machine.Pool.Free(thread, entry.Address, 0, checkTag: false, ddi);
        }
    }

    private static Machine Require(KTHREAD thread, GENERAL_LOOKASIDE l, string ddi)
    {
        var machine = thread.Machine;
        Uninitialized.Require(l.Initialized && l.Machine == machine, "lookaside list", "ExInitialize(N)PagedLookasideList or ExInitializeLookasideListEx", ddi);

        RequireIrql(thread, PoolTypes.IsPaged(l.Type), ddi);
        return machine;
    }

    /// <summary>Paged lists are used at IRQL &lt;= APC_LEVEL, the others at &lt;= DISPATCH_LEVEL (each DDI's documented IRQL).</summary>
    private static void RequireIrql(KTHREAD thread, bool paged, string ddi)
    {
        var irql = thread.Processor!.Irql;
        var limit = paged ? Wdm.APC_LEVEL : Wdm.DISPATCH_LEVEL;
        if (irql > limit)
        {
            // 0xC4/0xE5: a kernel API called at the wrong IRQL (P2 the current IRQL). docs/bugcheck-parameters.md §1c.
            // Free build: the list goes on; a pool allocation or free it makes gets the pool's own IRQL outcome.
            thread.Machine.Verifier.Violation(VerifierRules.ApiAtWrongIrql, (ulong)irql, 0, 0,
                string.Create(CultureInfo.InvariantCulture, $"{ddi} called at IRQL {(int)irql}; it requires IRQL <= {(paged ? "APC_LEVEL" : "DISPATCH_LEVEL")}"));
        }
    }
}
