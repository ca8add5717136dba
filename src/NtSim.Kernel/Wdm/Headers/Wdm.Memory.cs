namespace NtSim;

public static partial class Wdm
{
    // wdm.h: page protections (ZwAllocateVirtualMemory, ZwProtectVirtualMemory).
    /// <summary>Page protection 0x01: no access; any access faults.</summary>
    public const uint PAGE_NOACCESS = 0x01;
    /// <summary>Page protection 0x02: read-only.</summary>
    public const uint PAGE_READONLY = 0x02;
    /// <summary>Page protection 0x04: read and write.</summary>
    public const uint PAGE_READWRITE = 0x04;
    /// <summary>Page protection 0x08: read, and copy on write (for mapped views).</summary>
    public const uint PAGE_WRITECOPY = 0x08;
    /// <summary>Page protection 0x10: execute only.</summary>
    public const uint PAGE_EXECUTE = 0x10;
    /// <summary>Page protection 0x20: execute and read.</summary>
    public const uint PAGE_EXECUTE_READ = 0x20;
    /// <summary>Page protection 0x40: execute, read and write.</summary>
    public const uint PAGE_EXECUTE_READWRITE = 0x40;
    /// <summary>Page protection 0x80: execute, read, and copy on write.</summary>
    public const uint PAGE_EXECUTE_WRITECOPY = 0x80;
    /// <summary>Page protection modifier 0x100: a guard page; the first access raises STATUS_GUARD_PAGE_VIOLATION.</summary>
    public const uint PAGE_GUARD = 0x100;
    /// <summary>Page protection modifier 0x200: not cached.</summary>
    public const uint PAGE_NOCACHE = 0x200;
    /// <summary>Page protection modifier 0x400: write-combined.</summary>
    public const uint PAGE_WRITECOMBINE = 0x400;

    // wdm.h: allocation types.
    /// <summary>Allocation type 0x1000: commit memory for the pages (ZwAllocateVirtualMemory).</summary>
    public const uint MEM_COMMIT = 0x1000;
    /// <summary>Allocation type 0x2000: reserve a range of addresses without committing memory.</summary>
    public const uint MEM_RESERVE = 0x2000;
    /// <summary>Free type 0x4000: decommit the pages but keep the range reserved (ZwFreeVirtualMemory).</summary>
    public const uint MEM_DECOMMIT = 0x4000;
    /// <summary>Free type 0x8000: release the whole reserved range (ZwFreeVirtualMemory).</summary>
    public const uint MEM_RELEASE = 0x8000;

    // wdm.h: LOCK_OPERATION, for MmProbeAndLockPages. IoWriteAccess and IoModifyAccess are equivalent.
    /// <summary>LOCK_OPERATION 0: MmProbeAndLockPages checks the pages are readable; the device writes nothing to them.</summary>
    public const LOCK_OPERATION IoReadAccess = 0;
    /// <summary>LOCK_OPERATION 1: MmProbeAndLockPages checks the pages are writable (the device writes to them).</summary>
    public const LOCK_OPERATION IoWriteAccess = (LOCK_OPERATION)1;
    /// <summary>LOCK_OPERATION 2: MmProbeAndLockPages checks the pages are readable and writable.</summary>
    public const LOCK_OPERATION IoModifyAccess = (LOCK_OPERATION)2;

    // wdm.h: MDL.MdlFlags (a CSHORT).
    /// <summary>MDL flag 0x0001: the pages are mapped into system space (MappedSystemVa is valid).</summary>
    public const short MDL_MAPPED_TO_SYSTEM_VA = 0x0001;
    /// <summary>MDL flag 0x0002: the pages are locked (MmProbeAndLockPages).</summary>
    public const short MDL_PAGES_LOCKED = 0x0002;
    /// <summary>MDL flag 0x0004: the buffer is in nonpaged pool (MmBuildMdlForNonPagedPool).</summary>
    public const short MDL_SOURCE_IS_NONPAGED_POOL = 0x0004;
    /// <summary>MDL flag 0x0008: the MDL was allocated with a fixed size.</summary>
    public const short MDL_ALLOCATED_FIXED_SIZE = 0x0008;
    /// <summary>MDL flag 0x0010: a partial MDL describing part of another MDL's buffer (IoBuildPartialMdl).</summary>
    public const short MDL_PARTIAL = 0x0010;
    /// <summary>MDL flag 0x0020: the partial MDL has been mapped into system space.</summary>
    public const short MDL_PARTIAL_HAS_BEEN_MAPPED = 0x0020;
    /// <summary>MDL flag 0x0040: the MDL is used for a paging read.</summary>
    public const short MDL_IO_PAGE_READ = 0x0040;
    /// <summary>MDL flag 0x0080: the pages were locked for a write (IoWriteAccess or IoModifyAccess).</summary>
    public const short MDL_WRITE_OPERATION = 0x0080;
    /// <summary>MDL flag 0x0100: the partial MDL's system address comes from its parent's mapping.</summary>
    public const short MDL_PARENT_MAPPED_SYSTEM_VA = 0x0100;
    /// <summary>MDL flag 0x0200: extra page table entries are freed with the mapping.</summary>
    public const short MDL_FREE_EXTRA_PTES = 0x0200;
    /// <summary>MDL flag 0x0400: the MDL describes AWE (address windowing) memory.</summary>
    public const short MDL_DESCRIBES_AWE = 0x0400;
    /// <summary>MDL flag 0x0800: the MDL describes I/O space, not RAM.</summary>
    public const short MDL_IO_SPACE = 0x0800;
    /// <summary>MDL flag 0x1000: the MDL describes a network header.</summary>
    public const short MDL_NETWORK_HEADER = 0x1000;
    /// <summary>MDL flag 0x2000: mapping the MDL may fail instead of bug checking.</summary>
    public const short MDL_MAPPING_CAN_FAIL = 0x2000;
    /// <summary>MDL flag 0x4000: the MDL came from must-succeed pool.</summary>
    public const short MDL_ALLOCATED_MUST_SUCCEED = 0x4000;
    /// <summary>MDL flag 0x8000: internal to the memory manager.</summary>
    public const short MDL_INTERNAL = unchecked((short)0x8000);

    // wdm.h: MM_PAGE_PRIORITY, the Priority of MmGetSystemAddressForMdlSafe. ULONGs here, because
    // since Windows 8 the MdlMapping* flags are ORed into the same argument.
    /// <summary>MmGetSystemAddressForMdlSafe priority 0: the mapping may fail when system resources are low.</summary>
    public const uint LowPagePriority = 0;
    /// <summary>MmGetSystemAddressForMdlSafe priority 16: the mapping may fail when system resources are very low.</summary>
    public const uint NormalPagePriority = 16;
    /// <summary>MmGetSystemAddressForMdlSafe priority 32: the mapping fails only when system resources are exhausted.</summary>
    public const uint HighPagePriority = 32;

    // WDK wdm.h (Windows 8 and later; absent from mingw-w64), documented with MmGetSystemAddressForMdlSafe.
    /// <summary>Flag ORed into the MmGetSystemAddressForMdlSafe priority (0x80000000): map the pages read-only (Windows 8 and later).</summary>
    public const uint MdlMappingNoWrite = 0x80000000;
    /// <summary>Flag ORed into the MmGetSystemAddressForMdlSafe priority (0x40000000): map the pages non-executable (Windows 8 and later).</summary>
    public const uint MdlMappingNoExecute = 0x40000000;
}
