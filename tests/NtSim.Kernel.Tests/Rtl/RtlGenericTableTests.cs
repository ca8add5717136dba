using static NtSim.Wdm;

namespace NtSim.Tests.Rtl;

/// <summary>Generic tables over elements in pool: both forms, with the caller's routines.</summary>
public sealed class RtlGenericTableTests
{
    private static readonly uint Tag = TAG("GenT");

    private static RTL_GENERIC_COMPARE_RESULTS Compare(PVOID first, PVOID second)
    {
        var a = first.Read<int>();
        var b = second.Read<int>();
        return a < b ? GenericLessThan : a > b ? GenericGreaterThan : GenericEqual;
    }

    /// <summary>An element: a key and a payload, in a pool block the test reuses as the insert buffer.</summary>
    private static PVOID Element(PVOID scratch, int key, int payload)
    {
        scratch.Write(key);
        (scratch + 4).Write(payload);
        return scratch;
    }

    private static List<int> Keys(Func<PVOID> next)
    {
        var keys = new List<int>();
        for (var p = next(); !p.IsNull; p = next())
        {
            keys.Add(p.Read<int>());
        }

        return keys;
    }

    [Fact]
    public void GenericTable_InsertLookupDeleteEnumerate_WithTheCallersRoutines()
    {
        using var machine = MachineAssert.Boot();
        var sizes = new List<uint>();
        var frees = 0;
        var log = new List<object>();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var table = new RTL_GENERIC_TABLE();
            var context = new PVOID(0x1234);
            RtlInitializeGenericTable(table, (t, a, b) => Compare(a, b),
                (t, size) => { sizes.Add(size); return ExAllocatePool2(POOL_FLAG_NON_PAGED, size, Tag); },
                (t, block) => { frees++; ExFreePoolWithTag(block, Tag); }, context);
            log.Add(table.TableContext == context);
            log.Add(RtlIsGenericTableEmpty(table));
            var scratch = ExAllocatePool2(POOL_FLAG_NON_PAGED, 8, Tag);
            foreach (var k in new[] { 30, 10, 20 })
            {
                var data = RtlInsertElementGenericTable(table, Element(scratch, k, k * 100), 8, out var isNew);
                log.Add(isNew && data != scratch && (data + 4).Read<int>() == k * 100);
            }

            var again = RtlInsertElementGenericTable(table, Element(scratch, 20, 0), 8, out var newAgain);
            log.Add(newAgain);
            log.Add((again + 4).Read<int>());                 // the first insert's payload stays
            log.Add(RtlNumberGenericTableElements(table));
            log.Add(RtlLookupElementGenericTable(table, Element(scratch, 10, 0)).IsNull);
            log.Add(RtlLookupElementGenericTable(table, Element(scratch, 11, 0)).IsNull);
            var first = true;
            log.Add(string.Join(",", Keys(() => { var p = RtlEnumerateGenericTable(table, first); first = false; return p; })));
            log.Add(RtlGetElementGenericTable(table, 0).Read<int>()); // insertion order: 30 first
            log.Add(RtlGetElementGenericTable(table, 3).IsNull);
            log.Add(RtlDeleteElementGenericTable(table, Element(scratch, 10, 0)));
            log.Add(RtlDeleteElementGenericTable(table, Element(scratch, 10, 0)));
            PVOID key = default;
            log.Add(string.Join(",", Keys(() => RtlEnumerateGenericTableWithoutSplaying(table, ref key))));
            log.Add(RtlDeleteElementGenericTable(table, Element(scratch, 20, 0)) && RtlDeleteElementGenericTable(table, Element(scratch, 30, 0)));
            log.Add(RtlIsGenericTableEmpty(table));
            ExFreePoolWithTag(scratch, Tag);
        }));
        Assert.Equal<object>([true, true, true, true, true, false, 2000, 3u, false, true, "10,20,30", 30, true, true, false, "20,30", true, true], log);
        Assert.Equal([48u, 48u, 48u], sizes); // 8 bytes of data after a 40-byte header
        Assert.Equal(3, frees);
        Assert.Equal(0, machine.Pool.QueryTag(Tag).Outstanding);
    }

    [Fact]
    public void AvlTable_NumbersElementsInOrder_AndAllocatesA32ByteHeader()
    {
        using var machine = MachineAssert.Boot();
        var sizes = new List<uint>();
        var log = new List<object>();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var table = new RTL_AVL_TABLE();
            RtlInitializeGenericTableAvl(table, (t, a, b) => Compare(a, b),
                (t, size) => { sizes.Add(size); return ExAllocatePool2(POOL_FLAG_PAGED, size, Tag); },
                (t, block) => ExFreePoolWithTag(block, Tag), default);
            var scratch = ExAllocatePool2(POOL_FLAG_PAGED, 8, Tag);
            foreach (var key in new[] { 5, 1, 9, 3, 7 })
            {
                RtlInsertElementGenericTableAvl(table, Element(scratch, key, 0), 4, out _);
            }

            log.Add(RtlGetElementGenericTableAvl(table, 0).Read<int>());
            log.Add(RtlGetElementGenericTableAvl(table, 3).Read<int>());
            log.Add(RtlNumberGenericTableElementsAvl(table));
            log.Add(string.Join(",", Keys(() => RtlEnumerateGenericTableAvl(table, false))));
            log.Add(RtlDeleteElementGenericTableAvl(table, Element(scratch, 5, 0)));
            log.Add(RtlLookupElementGenericTableAvl(table, Element(scratch, 5, 0)).IsNull);
            var restart = true;
            log.Add(string.Join(",", Keys(() => { var p = RtlEnumerateGenericTableAvl(table, restart); restart = false; return p; })));
            while (!RtlIsGenericTableEmptyAvl(table))
            {
                RtlDeleteElementGenericTableAvl(table, RtlGetElementGenericTableAvl(table, 0));
            }

            ExFreePoolWithTag(scratch, Tag);
        }));
        Assert.Equal<object>([1, 7, 5u, "1,3,5,7,9", true, true, "1,3,7,9"], log);
        Assert.All(sizes, size => Assert.Equal(36u, size));
        Assert.Equal(0, machine.Pool.QueryTag(Tag).Outstanding);
    }

    [Fact]
    public void GenericTable_AllocateRoutineFails_InsertReturnsNull()
    {
        using var machine = MachineAssert.Boot();
        var inserted = new PVOID(1);
        var isNew = true;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var table = new RTL_GENERIC_TABLE();
            RtlInitializeGenericTable(table, (t, a, b) => Compare(a, b), (t, size) => default, (t, block) => { }, default);
            var scratch = ExAllocatePool2(POOL_FLAG_NON_PAGED, 8, Tag);
            inserted = RtlInsertElementGenericTable(table, Element(scratch, 1, 0), 8, out isNew);
            ExFreePoolWithTag(scratch, Tag);
        }));
        Assert.True(inserted.IsNull);
        Assert.False(isNew);
    }

    [Fact]
    public void GenericTable_InPagedPoolAtDispatch_BugChecksD1()
    {
        using var machine = MachineAssert.Boot();
        ulong address = 0;
        var status = machine.Run(() =>
        {
            var table = new RTL_GENERIC_TABLE();
            RtlInitializeGenericTable(table, (t, a, b) => Compare(a, b),
                (t, size) => ExAllocatePool2(POOL_FLAG_NON_PAGED, size, Tag), (t, block) => ExFreePoolWithTag(block, Tag), default);
            var scratch = ExAllocatePool2(POOL_FLAG_PAGED, 8, Tag);
            address = scratch.Address;
            Element(scratch, 1, 0);
            KeRaiseIrql(DISPATCH_LEVEL, out _);
            RtlInsertElementGenericTable(table, scratch, 8, out _);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_IRQL_NOT_LESS_OR_EQUAL, address, 2, 0, 0);
    }
}
