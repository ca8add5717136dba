using System.Runtime.InteropServices;

namespace NtSim;

// The resource lists of IRP_MN_START_DEVICE (wdm.h), laid out in pool as on x64 (pshpack4): a CM_RESOURCE_LIST
// holds Count CM_FULL_RESOURCE_DESCRIPTORs, each a header and Count 20-byte CM_PARTIAL_RESOURCE_DESCRIPTORs.
// Read them with PVOID.As<T>() at the offsets below, as C indexes List[0].PartialResourceList.PartialDescriptors[i].

/// <summary>CM_RESOURCE_LIST's header: the count of full descriptors; List[0] starts at <see cref="ListOffset"/>.</summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
public struct CM_RESOURCE_LIST
{
    /// <summary>FIELD_OFFSET(CM_RESOURCE_LIST, List).</summary>
    public const int ListOffset = 4;

    /// <summary>The number of full resource descriptors in the list (one for a device on a single bus).</summary>
    public uint Count;

    /// <summary>&amp;List[0]: the first full descriptor of the list at <paramref name="resourceList"/>.</summary>
    public static PVOID FirstFullDescriptor(PVOID resourceList) => resourceList + ListOffset;
}

/// <summary>CM_PARTIAL_RESOURCE_LIST's header: version, revision and the count of partial descriptors.</summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
public struct CM_PARTIAL_RESOURCE_LIST
{
    /// <summary>The version number of the list (1 in practice).</summary>
    public ushort Version;
    /// <summary>The revision number of the list (1 in practice).</summary>
    public ushort Revision;
    /// <summary>The number of partial resource descriptors that follow.</summary>
    public uint Count;
}

/// <summary>CM_FULL_RESOURCE_DESCRIPTOR's header: the bus the resources are on; PartialDescriptors[0] starts at
/// <see cref="PartialDescriptorsOffset"/>.</summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
public struct CM_FULL_RESOURCE_DESCRIPTOR
{
    /// <summary>FIELD_OFFSET(CM_FULL_RESOURCE_DESCRIPTOR, PartialResourceList.PartialDescriptors).</summary>
    public const int PartialDescriptorsOffset = 16;

    /// <summary>The type of bus the resources are on.</summary>
    public INTERFACE_TYPE InterfaceType;
    /// <summary>The number of the bus, zero-based, among the buses of its type.</summary>
    public uint BusNumber;
    /// <summary>The header of the partial descriptor list (its version, revision and count).</summary>
    public CM_PARTIAL_RESOURCE_LIST PartialResourceList;

    /// <summary>&amp;PartialResourceList.PartialDescriptors[<paramref name="index"/>] of the full descriptor at <paramref name="fullDescriptor"/>.</summary>
    public static PVOID PartialDescriptor(PVOID fullDescriptor, uint index) =>
        fullDescriptor + PartialDescriptorsOffset + ((ulong)index * CM_PARTIAL_RESOURCE_DESCRIPTOR.Size);
}

/// <summary>CM_PARTIAL_RESOURCE_DESCRIPTOR: one resource; <see cref="u"/> is read by <see cref="Type"/> (CmResourceType*).</summary>
[StructLayout(LayoutKind.Explicit, Size = Size)]
public struct CM_PARTIAL_RESOURCE_DESCRIPTOR
{
    /// <summary>sizeof(CM_PARTIAL_RESOURCE_DESCRIPTOR) on x64.</summary>
    public const int Size = 20;

    /// <summary>The kind of resource (CmResourceTypePort, CmResourceTypeInterrupt, CmResourceTypeMemory ...): which member of u is valid.</summary>
    [FieldOffset(0)] public byte Type;
    /// <summary>Whether the resource may be shared (CmResourceShareDeviceExclusive, CmResourceShareShared ...).</summary>
    [FieldOffset(1)] public byte ShareDisposition;
    /// <summary>Type-specific flags (CM_RESOURCE_PORT_*, CM_RESOURCE_MEMORY_*, CM_RESOURCE_INTERRUPT_*).</summary>
    [FieldOffset(2)] public ushort Flags;
    /// <summary>The resource's details, read as the member Type names.</summary>
    [FieldOffset(4)] public CM_PARTIAL_RESOURCE_DESCRIPTOR_U u;
}

/// <summary>The union of CM_PARTIAL_RESOURCE_DESCRIPTOR: Port, Memory and Interrupt (the forms NtSim assigns).</summary>
[StructLayout(LayoutKind.Explicit, Size = 16)]
public struct CM_PARTIAL_RESOURCE_DESCRIPTOR_U
{
    /// <summary>u.Port, for CmResourceTypePort: the I/O port range.</summary>
    [FieldOffset(0)] public CM_RESOURCE_RANGE Port;
    /// <summary>u.Memory, for CmResourceTypeMemory: the memory range.</summary>
    [FieldOffset(0)] public CM_RESOURCE_RANGE Memory;
    /// <summary>u.Interrupt, for CmResourceTypeInterrupt: the interrupt.</summary>
    [FieldOffset(0)] public CM_RESOURCE_INTERRUPT Interrupt;
}

/// <summary>u.Port and u.Memory: a start address (PHYSICAL_ADDRESS) and a length in bytes.</summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
public struct CM_RESOURCE_RANGE
{
    /// <summary>The physical (raw) or translated start address of the range.</summary>
    public LARGE_INTEGER Start;
    /// <summary>The length of the range, in bytes.</summary>
    public uint Length;
}

/// <summary>u.Interrupt on x64: level, group, vector and affinity.</summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
public struct CM_RESOURCE_INTERRUPT
{
    /// <summary>The interrupt's IRQL (translated) or bus level (raw).</summary>
    public ushort Level;
    /// <summary>The processor group the interrupt is delivered to.</summary>
    public ushort Group;
    /// <summary>The interrupt vector (translated) or the bus's interrupt line (raw).</summary>
    public uint Vector;
    /// <summary>The processors, within the group, the interrupt can be delivered to.</summary>
    public ulong Affinity;
}

/// <summary>INTERFACE_TYPE (wdm.h): the bus type of a full resource descriptor.</summary>
public enum INTERFACE_TYPE
{
    /// <summary>The bus type is not known (-1).</summary>
    InterfaceTypeUndefined = -1,
    /// <summary>A bus internal to the platform (0), e.g. root-enumerated devices.</summary>
    Internal = 0,
    /// <summary>An ISA bus (1).</summary>
    Isa = 1,
    /// <summary>A PCI bus (5).</summary>
    PCIBus = 5,
}

public static partial class Wdm
{
    // wdm.h: CM_RESOURCE_TYPE values, share dispositions and the port/memory flags.
    /// <summary>CM_RESOURCE_TYPE 0: no resource (an unused descriptor).</summary>
    public const byte CmResourceTypeNull = 0;
    /// <summary>CM_RESOURCE_TYPE 1: an I/O port range (u.Port).</summary>
    public const byte CmResourceTypePort = 1;
    /// <summary>CM_RESOURCE_TYPE 2: an interrupt (u.Interrupt).</summary>
    public const byte CmResourceTypeInterrupt = 2;
    /// <summary>CM_RESOURCE_TYPE 3: a memory range (u.Memory).</summary>
    public const byte CmResourceTypeMemory = 3;
    /// <summary>Share disposition 0: not specified (reserved).</summary>
    public const byte CmResourceShareUndetermined = 0;
    /// <summary>Share disposition 1: the device uses the resource exclusively.</summary>
    public const byte CmResourceShareDeviceExclusive = 1;
    /// <summary>Share disposition 2: the driver uses the resource exclusively.</summary>
    public const byte CmResourceShareDriverExclusive = 2;
    /// <summary>Share disposition 3: the resource may be shared with other devices.</summary>
    public const byte CmResourceShareShared = 3;
    /// <summary>Port flag 0x0000: the device's registers are in memory space.</summary>
    public const ushort CM_RESOURCE_PORT_MEMORY = 0x0000;
    /// <summary>Port flag 0x0001: the device's registers are in I/O space.</summary>
    public const ushort CM_RESOURCE_PORT_IO = 0x0001;
    /// <summary>Port flag 0x0010: the device decodes 16 bits of the port address.</summary>
    public const ushort CM_RESOURCE_PORT_16_BIT_DECODE = 0x0010;
    /// <summary>Memory flag 0x0000: the memory may be read and written.</summary>
    public const ushort CM_RESOURCE_MEMORY_READ_WRITE = 0x0000;
}
