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

    public uint Count;

    /// <summary>&amp;List[0]: the first full descriptor of the list at <paramref name="resourceList"/>.</summary>
    public static PVOID FirstFullDescriptor(PVOID resourceList) => resourceList + ListOffset;
}

/// <summary>CM_PARTIAL_RESOURCE_LIST's header: version, revision and the count of partial descriptors.</summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
public struct CM_PARTIAL_RESOURCE_LIST
{
    public ushort Version;
    public ushort Revision;
    public uint Count;
}

/// <summary>CM_FULL_RESOURCE_DESCRIPTOR's header: the bus the resources are on; PartialDescriptors[0] starts at
/// <see cref="PartialDescriptorsOffset"/>.</summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
public struct CM_FULL_RESOURCE_DESCRIPTOR
{
    /// <summary>FIELD_OFFSET(CM_FULL_RESOURCE_DESCRIPTOR, PartialResourceList.PartialDescriptors).</summary>
    public const int PartialDescriptorsOffset = 16;

    public INTERFACE_TYPE InterfaceType;
    public uint BusNumber;
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

    [FieldOffset(0)] public byte Type;
    [FieldOffset(1)] public byte ShareDisposition;
    [FieldOffset(2)] public ushort Flags;
    [FieldOffset(4)] public CM_PARTIAL_RESOURCE_DESCRIPTOR_U u;
}

/// <summary>The union of CM_PARTIAL_RESOURCE_DESCRIPTOR: Port, Memory and Interrupt (the forms NtSim assigns).</summary>
[StructLayout(LayoutKind.Explicit, Size = 16)]
public struct CM_PARTIAL_RESOURCE_DESCRIPTOR_U
{
    [FieldOffset(0)] public CM_RESOURCE_RANGE Port;
    [FieldOffset(0)] public CM_RESOURCE_RANGE Memory;
    [FieldOffset(0)] public CM_RESOURCE_INTERRUPT Interrupt;
}

/// <summary>u.Port and u.Memory: a start address (PHYSICAL_ADDRESS) and a length in bytes.</summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
public struct CM_RESOURCE_RANGE
{
    public LARGE_INTEGER Start;
    public uint Length;
}

/// <summary>u.Interrupt on x64: level, group, vector and affinity.</summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
public struct CM_RESOURCE_INTERRUPT
{
    public ushort Level;
    public ushort Group;
    public uint Vector;
    public ulong Affinity;
}

/// <summary>INTERFACE_TYPE (wdm.h): the bus type of a full resource descriptor.</summary>
public enum INTERFACE_TYPE
{
    InterfaceTypeUndefined = -1,
    Internal = 0,
    Isa = 1,
    PCIBus = 5,
}

public static partial class Wdm
{
    // wdm.h: CM_RESOURCE_TYPE values, share dispositions and the port/memory flags.
    public const byte CmResourceTypeNull = 0;
    public const byte CmResourceTypePort = 1;
    public const byte CmResourceTypeInterrupt = 2;
    public const byte CmResourceTypeMemory = 3;
    public const byte CmResourceShareUndetermined = 0;
    public const byte CmResourceShareDeviceExclusive = 1;
    public const byte CmResourceShareDriverExclusive = 2;
    public const byte CmResourceShareShared = 3;
    public const ushort CM_RESOURCE_PORT_MEMORY = 0x0000;
    public const ushort CM_RESOURCE_PORT_IO = 0x0001;
    public const ushort CM_RESOURCE_PORT_16_BIT_DECODE = 0x0010;
    public const ushort CM_RESOURCE_MEMORY_READ_WRITE = 0x0000;
}
