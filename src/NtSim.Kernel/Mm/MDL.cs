using System.Diagnostics;
using System.Globalization;

namespace NtSim;

/// <summary>
/// MDL: a memory descriptor list, which describes the physical pages behind a virtually contiguous
/// buffer. IoAllocateMdl makes one (or a driver initializes its own with MmInitializeMdl);
/// MmProbeAndLockPages or MmBuildMdlForNonPagedPool fills in its pages; MmGetSystemAddressForMdlSafe
/// maps them into system space. The fields have the WDK's names; the ones Mm maintains are read-only
/// to drivers, as a driver must not change them.
/// </summary>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class MDL
{
    /// <summary>sizeof(MDL) on x64; the PFN array follows it.</summary>
    internal const int HeaderSize = 0x30;

    /// <summary>An uninitialized MDL, the storage a driver passes to MmInitializeMdl.</summary>
    public MDL()
    {
    }

    /// <summary>The next MDL in a chain (an IRP's MdlAddress chain, say); drivers link and unlink it.</summary>
    public MDL? Next { get; set; }

    /// <summary>The MDL's size in bytes with its PFN array (MmSizeOfMdl).</summary>
    public short Size { get; internal set; }

    /// <summary>MDL_* flags: what the MDL describes and what has been done to it.</summary>
    public short MdlFlags { get; internal set; }

    /// <summary>The process whose user pages MmProbeAndLockPages locked, or null.</summary>
    public EPROCESS? Process { get; internal set; }

    /// <summary>The system-space address of the buffer once mapped (or, for nonpaged pool, the pool address).</summary>
    public PVOID MappedSystemVa { get; internal set; }

    /// <summary>The page-aligned start of the buffer (PAGE_ALIGN of the virtual address).</summary>
    public PVOID StartVa { get; internal set; }

    /// <summary>The length of the buffer in bytes.</summary>
    public uint ByteCount { get; internal set; }

    /// <summary>The buffer's offset in its first page.</summary>
    public uint ByteOffset { get; internal set; }

    /// <summary>Where the MDL lives (for bug check parameters and tracking).</summary>
    internal ulong Address { get; set; }

    /// <summary>The PFN array: the page frame numbers of the pages, once locked or built.</summary>
    internal ulong[] PfnArray { get; set; } = [];

    /// <summary>The physical pages, once locked or built (the PFN array, as Mm uses it).</summary>
    internal List<PageFrame> Pages { get; } = [];

    /// <summary>The lock MmProbeAndLockPages took, until MmUnlockPages.</summary>
    internal LockedPages? Lock { get; set; }

    /// <summary>The first page of the system-space mapping, while mapped.</summary>
    internal ulong MappingStart { get; set; }

    /// <summary>Whether IoAllocateMdl made it (and IoFreeMdl may free it).</summary>
    internal bool FromIoAllocateMdl { get; set; }

    internal bool Freed { get; set; }

    /// <summary>The tracker's handle while it is allocated, or -1.</summary>
    internal int TrackHandle { get; set; } = -1;

    /// <summary>The longest buffer one MDL describes on x64: 4 GiB less a page (IoAllocateMdl fails beyond).</summary>
    internal const ulong MaximumLength = 0x1_0000_0000UL - MmLayout.PageSize;

    /// <summary>The virtual address of the buffer (MmGetMdlVirtualAddress).</summary>
    internal PVOID VirtualAddress => StartVa + (ulong)ByteOffset;

    /// <summary>The number of pages the buffer spans.</summary>
    internal int PageCount => (int)Wdm.ADDRESS_AND_SIZE_TO_SPAN_PAGES(VirtualAddress, ByteCount);

    internal bool Has(short flags) => (MdlFlags & flags) != 0;

    /// <summary>The flags as a bug check parameter shows them.</summary>
    internal ulong FlagsParameter => (ushort)MdlFlags;

    /// <summary>The MDL's address, as C's PMDL is a pointer: ExFreePool(Mdl) frees the MDL
    /// MmAllocatePagesForMdl(Ex) allocated from pool.</summary>
    public static implicit operator PVOID(MDL? mdl) => new(mdl?.Address ?? 0);

    /// <summary>"MDL address for N bytes at virtual address, flags".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"MDL {new PVOID(Address)} for {ByteCount} bytes at {VirtualAddress}, flags 0x{(ushort)MdlFlags:x4}");
}
