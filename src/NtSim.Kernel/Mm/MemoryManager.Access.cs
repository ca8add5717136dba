using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace NtSim;

/// <summary>What a touch of memory does, for the fault's parameters (0 read, 1 write).</summary>
internal enum AccessKind
{
    Read = 0,
    Write = 1,
}

internal sealed partial class MemoryManager
{
    // Held while segments are joined (BackingRun.Join): one join at a time decides where bytes go.
    private readonly Lock _joinLock = new();

    /// <summary>
    /// Touches [<paramref name="address"/>, +<paramref name="length"/>) on behalf of the running
    /// thread and returns the bytes. A page that is not there, or pageable at DISPATCH_LEVEL or
    /// above, stops the machine as a page fault would; the bytes may run past a pool block's end
    /// into the next block in the page, as on Windows. A range over several segments is one span
    /// (see <see cref="BackingRun"/>). From user mode only user addresses may be touched.
    /// </summary>
    internal Span<byte> Access(KTHREAD thread, ulong address, int length, AccessKind kind, string operation)
    {
        if (length <= 0)
        {
            if (length == 0)
            {
                return [];
            }

            throw new ArgumentOutOfRangeException(nameof(length), length, $"{operation}: the length must not be negative.");
        }

        if (thread.InUserMode && !IsUserRange(address, (ulong)length))
        {
            // The application's own code reaches user space only: a kernel or non-canonical address
            // is an access violation in its process, which it may catch; the machine is untouched.
            throw new NtStatusException(Wdm.STATUS_ACCESS_VIOLATION);
        }

        var irql = thread.Processor!.Irql;
        ref var pte = ref Find(thread, address);
        if (!IsUsable(ref pte, irql, kind))
        {
            Fault(thread, address, kind, irql, operation);
        }

        var segment = pte.Segment!;
        var last = address + (ulong)(length - 1);
        if (last < address)
        {
            // The range wraps around the top of the address space: the first byte past it faults.
            Fault(thread, 0, kind, irql, operation);
        }

        var lastPage = MmLayout.PageBase(last);
        var crosses = false;
        for (var page = MmLayout.PageBase(address); page != lastPage;)
        {
            page += MmLayout.PageSize;
            ref var next = ref Find(thread, page);
            if (!IsUsable(ref next, irql, kind))
            {
                Fault(thread, page, kind, irql, operation);
            }

            crosses |= next.Segment != segment;
        }

        return crosses ? Joined(thread, address, length, operation) : segment.Span(address, length);
    }

    /// <summary>The bytes of a valid range whose pages lie in more than one segment: the segments
    /// are joined into one array first (once; see <see cref="BackingRun"/>).</summary>
    private Span<byte> Joined(KTHREAD thread, ulong address, int length, string operation)
    {
        var first = MmLayout.PageBase(address);
        var count = (int)((MmLayout.PageBase(address + (ulong)(length - 1)) - first) >> MmLayout.PageShift) + 1;
        var frames = new List<PageFrame>(count);
        lock (_joinLock)
        {
            for (var i = 0; i < count; i++)
            {
                var page = first + ((ulong)i << MmLayout.PageShift);
                frames.Add(SegmentOf(thread, page, operation).Frame(page));
            }

            BackingRun.Join(frames, operation);
            return SegmentOf(thread, address, operation).Span(address, length);
        }
    }

    // The segment of a page checked a moment ago; another processor may have released it since.
    private MemorySegment SegmentOf(KTHREAD thread, ulong page, string operation)
    {
        ref var pte = ref Find(thread, page);
        if (Unsafe.IsNullRef(ref pte) || pte.Segment is null)
        {
            Fault(thread, page, AccessKind.Read, thread.Processor!.Irql, operation);
        }

        return pte.Segment;
    }

    /// <summary>Bytes from <paramref name="address"/> to the end of its page: a chunk that never
    /// crosses a segment, for routines that walk long ranges.</summary>
    internal static int ToPageEnd(ulong address, ulong remaining) =>
        (int)Math.Min(remaining, MmLayout.PageSize - (address & MmLayout.PageMask));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsUsable(ref PageTableEntry pte, KIRQL irql, AccessKind kind) =>
        !Unsafe.IsNullRef(ref pte)
        && pte.State == PageState.Committed
        && (pte.Attributes & (kind == AccessKind.Write ? PageAttributes.Guard | PageAttributes.NoAccess | PageAttributes.ReadOnly
            : PageAttributes.Guard | PageAttributes.NoAccess)) == 0
        && ((pte.Attributes & PageAttributes.Paged) == 0 || irql < Wdm.DISPATCH_LEVEL);

    /// <summary>The page fault a touch of <paramref name="address"/> takes, and what Windows does with it.</summary>
    [DoesNotReturn]
    private void Fault(KTHREAD thread, ulong address, AccessKind kind, KIRQL irql, string operation)
    {
        var machine = thread.Machine;
        ref var pte = ref Find(thread, address);
        var present = !Unsafe.IsNullRef(ref pte) && pte.IsCommitted;
        var where = Describe(address);
        if (present && kind == AccessKind.Write && (pte.Attributes & PageAttributes.ReadOnly) != 0 && MmLayout.IsSystem(address))
        {
            // ATTEMPTED_WRITE_TO_READONLY_MEMORY: P1 the address written, P2 the PTE contents (NtSim
            // has none: 0), P3 and P4 reserved. L/debugger/bug-check-0xbe--attempted-write-to-readonly-memory.
            machine.RaiseBugCheck(Wdm.ATTEMPTED_WRITE_TO_READONLY_MEMORY, address, 0, 0, 0,
                string.Create(CultureInfo.InvariantCulture, $"{operation}: write of {new PVOID(address)} in {where}, which is mapped read-only"));
        }

        if (irql >= Wdm.DISPATCH_LEVEL)
        {
            // DRIVER_IRQL_NOT_LESS_OR_EQUAL: P1 address, P2 IRQL, P3 0 read / 1 write, P4 the
            // address that made the reference (unknown here: 0). docs/bugcheck-parameters.md §4, 0xD1.
            var why = present ? "pageable memory touched" : "an invalid address touched";
            machine.RaiseBugCheck(Wdm.DRIVER_IRQL_NOT_LESS_OR_EQUAL, address, (ulong)irql, (ulong)kind, 0,
                string.Create(CultureInfo.InvariantCulture, $"{operation}: {why} at IRQL {(int)irql} ({KindName(kind)} of {new PVOID(address)} in {where}); at DISPATCH_LEVEL and above only nonpaged memory may be touched"));
        }

        if (present && (pte.Attributes & PageAttributes.Guard) != 0)
        {
            // PAGE_GUARD: the first touch clears the guard and raises STATUS_GUARD_PAGE_VIOLATION.
            pte.Attributes &= ~PageAttributes.Guard;
            throw new NtStatusException(Wdm.STATUS_GUARD_PAGE_VIOLATION);
        }

        if (MmLayout.IsUser(address))
        {
            // A bad user address faults into an access violation the driver can catch with
            // __try/__except; unhandled, it ends as 0x1E or 0x7E with code C0000005.
            throw new NtStatusException(Wdm.STATUS_ACCESS_VIOLATION);
        }

        // PAGE_FAULT_IN_NONPAGED_AREA: P1 address, P2 0 read / 1 write, P3 the referencing
        // address (unknown: 0), P4 0 (type not documented). docs/bugcheck-parameters.md §4, 0x50.
        machine.RaiseBugCheck(Wdm.PAGE_FAULT_IN_NONPAGED_AREA, address, (ulong)kind, 0, 0,
            string.Create(CultureInfo.InvariantCulture, $"{operation}: {KindName(kind)} of {new PVOID(address)} in {where}, which is not mapped"));
    }

    private static string KindName(AccessKind kind) => kind == AccessKind.Write ? "write" : "read";
}
