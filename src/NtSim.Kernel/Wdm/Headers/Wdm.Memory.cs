namespace NtSim;

public static partial class Wdm
{
    // wdm.h: page protections (ZwAllocateVirtualMemory, ZwProtectVirtualMemory).
    public const uint PAGE_NOACCESS = 0x01;
    public const uint PAGE_READONLY = 0x02;
    public const uint PAGE_READWRITE = 0x04;
    public const uint PAGE_WRITECOPY = 0x08;
    public const uint PAGE_EXECUTE = 0x10;
    public const uint PAGE_EXECUTE_READ = 0x20;
    public const uint PAGE_EXECUTE_READWRITE = 0x40;
    public const uint PAGE_EXECUTE_WRITECOPY = 0x80;
    public const uint PAGE_GUARD = 0x100;
    public const uint PAGE_NOCACHE = 0x200;
    public const uint PAGE_WRITECOMBINE = 0x400;

    // wdm.h: allocation types.
    public const uint MEM_COMMIT = 0x1000;
    public const uint MEM_RESERVE = 0x2000;
    public const uint MEM_DECOMMIT = 0x4000;
    public const uint MEM_RELEASE = 0x8000;

    // wdm.h: LOCK_OPERATION, for MmProbeAndLockPages. IoWriteAccess and IoModifyAccess are equivalent.
    public const LOCK_OPERATION IoReadAccess = 0;
    public const LOCK_OPERATION IoWriteAccess = (LOCK_OPERATION)1;
    public const LOCK_OPERATION IoModifyAccess = (LOCK_OPERATION)2;

    // wdm.h: MDL.MdlFlags (a CSHORT).
    public const short MDL_MAPPED_TO_SYSTEM_VA = 0x0001;
    public const short MDL_PAGES_LOCKED = 0x0002;
    public const short MDL_SOURCE_IS_NONPAGED_POOL = 0x0004;
    public const short MDL_ALLOCATED_FIXED_SIZE = 0x0008;
    public const short MDL_PARTIAL = 0x0010;
    public const short MDL_PARTIAL_HAS_BEEN_MAPPED = 0x0020;
    public const short MDL_IO_PAGE_READ = 0x0040;
    public const short MDL_WRITE_OPERATION = 0x0080;
    public const short MDL_PARENT_MAPPED_SYSTEM_VA = 0x0100;
    public const short MDL_FREE_EXTRA_PTES = 0x0200;
    public const short MDL_DESCRIBES_AWE = 0x0400;
    public const short MDL_IO_SPACE = 0x0800;
    public const short MDL_NETWORK_HEADER = 0x1000;
    public const short MDL_MAPPING_CAN_FAIL = 0x2000;
    public const short MDL_ALLOCATED_MUST_SUCCEED = 0x4000;
    public const short MDL_INTERNAL = unchecked((short)0x8000);

    // wdm.h: MM_PAGE_PRIORITY, the Priority of MmGetSystemAddressForMdlSafe. ULONGs here, because
    // since Windows 8 the MdlMapping* flags are ORed into the same argument.
    public const uint LowPagePriority = 0;
    public const uint NormalPagePriority = 16;
    public const uint HighPagePriority = 32;

    // WDK wdm.h (Windows 8 and later; absent from mingw-w64), documented with MmGetSystemAddressForMdlSafe.
    public const uint MdlMappingNoWrite = 0x80000000;
    public const uint MdlMappingNoExecute = 0x40000000;
}
