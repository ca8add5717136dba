using System.Globalization;

namespace NtSim;

/// <summary>
/// Physical pages a driver asks for by themselves: physically contiguous buffers mapped into system
/// space (MmAllocateContiguousMemory*) and pages handed out in an MDL without any mapping
/// (MmAllocatePagesForMdl(Ex)). Both come out of the machine's memory (MachineOptions.MemoryMegabytes)
/// less what the pools and earlier such allocations hold, so a big enough request comes up short, as
/// the documentation warns. A page's physical address is its page frame number times PAGE_SIZE; the
/// frames of one allocation are consecutive, which is what makes a buffer physically contiguous.
/// </summary>
internal sealed partial class PhysicalMemory
{
    /// <summary>The tag of the MDLs MmAllocatePagesForMdl(Ex) allocates ('Mdl ', as IoAllocateMdl's).</summary>
    private static readonly uint s_mdlTag = PoolTag.FromString("Mdl ");

    private readonly Machine _machine;
    private readonly Lock _lock = new();
    private readonly Dictionary<ulong, Contiguous> _contiguous = [];
    private readonly Dictionary<MDL, PagesForMdl> _pagesForMdl = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<MDL> _pagesFreed = new(ReferenceEqualityComparer.Instance);
    private long _pagesInUse;

    internal PhysicalMemory(Machine machine)
    {
        _machine = machine;
    }

    /// <summary>Pages held by contiguous buffers and MDL page allocations now.</summary>
    internal long PagesInUse => Interlocked.Read(ref _pagesInUse);

    /// <summary>The pages still free for such allocations: the machine's memory less the pools' use and ours.</summary>
    private long AvailablePages()
    {
        var total = (long)_machine.Options.MemoryMegabytes << (20 - MmLayout.PageShift);
        var pools = (long)((_machine.Pool.NonPagedBytesInUse + _machine.Pool.PagedBytesInUse) >> MmLayout.PageShift);
        return Math.Max(0, total - pools - Interlocked.Read(ref _pagesInUse));
    }

    /// <summary>The physical address of the frame a page table entry points at.</summary>
    internal long PhysicalAddressOf(PageFrame frame) => (long)(_machine.Memory.FrameNumber(frame) << MmLayout.PageShift);

    /// <summary>MmGetPhysicalAddress: the physical address behind a valid virtual address, 0 if none.</summary>
    internal long PhysicalAddress(KTHREAD thread, ulong address)
    {
        ref var pte = ref _machine.Memory.Find(thread, address);
        if (System.Runtime.CompilerServices.Unsafe.IsNullRef(ref pte) || !pte.IsCommitted || pte.Segment is null)
        {
            return 0;
        }

        var page = MmLayout.PageBase(address);
        return PhysicalAddressOf(pte.Segment.Frame(page)) + (long)(address - page);
    }

    private static string Describe(ulong bytes, string what) =>
        string.Create(CultureInfo.InvariantCulture, $"{what} of {bytes} bytes");

    /// <summary>A contiguous buffer: its extent in nonpaged system space and its tracker handle.</summary>
    private readonly record struct Contiguous(MemorySegment Segment, int TrackHandle);

    /// <summary>The pages an MDL got from MmAllocatePagesForMdl(Ex), and their tracker handle.</summary>
    private readonly record struct PagesForMdl(int PageCount, int TrackHandle);
}
