namespace NtSim;

/// <summary>WDFMEMORY_OFFSET (wdfmemory.h): a window into a memory object; a zero BufferLength means "to the end".</summary>
public struct WDFMEMORY_OFFSET
{
    public ulong BufferOffset;
    public ulong BufferLength;
}

/// <summary>WDF_MEMORY_DESCRIPTOR_TYPE (wdfmemory.h).</summary>
public enum WDF_MEMORY_DESCRIPTOR_TYPE
{
    WdfMemoryDescriptorTypeInvalid = 0,
    WdfMemoryDescriptorTypeBuffer = 1,
    WdfMemoryDescriptorTypeMdl = 2,
    WdfMemoryDescriptorTypeHandle = 3,
}

/// <summary>WDF_MEMORY_DESCRIPTOR.u.BufferType.</summary>
public struct WDF_MEMORY_DESCRIPTOR_BUFFER
{
    public PVOID Buffer;
    public uint Length;
}

/// <summary>WDF_MEMORY_DESCRIPTOR.u.MdlType.</summary>
public struct WDF_MEMORY_DESCRIPTOR_MDL
{
    public MDL? Mdl;
    public uint BufferLength;
}

/// <summary>WDF_MEMORY_DESCRIPTOR.u.HandleType.</summary>
public struct WDF_MEMORY_DESCRIPTOR_HANDLE
{
    public WDFMEMORY Memory;
    public WDFMEMORY_OFFSET? Offsets;
}

/// <summary>WDF_MEMORY_DESCRIPTOR.u: one member per descriptor type (separate fields here: a union cannot overlay references).</summary>
public struct WDF_MEMORY_DESCRIPTOR_UNION
{
    public WDF_MEMORY_DESCRIPTOR_BUFFER BufferType;
    public WDF_MEMORY_DESCRIPTOR_MDL MdlType;
    public WDF_MEMORY_DESCRIPTOR_HANDLE HandleType;
}

/// <summary>
/// WDF_MEMORY_DESCRIPTOR: a buffer, an MDL or a memory object, as the synchronous sends take it
/// (they return only when the request is done, so the caller's buffer is safe for the call).
/// Fill it with <see cref="Wdf.WDF_MEMORY_DESCRIPTOR_INIT_BUFFER"/>, <see cref="Wdf.WDF_MEMORY_DESCRIPTOR_INIT_MDL"/>
/// or <see cref="Wdf.WDF_MEMORY_DESCRIPTOR_INIT_HANDLE"/>.
/// </summary>
public sealed class WDF_MEMORY_DESCRIPTOR
{
    public WDF_MEMORY_DESCRIPTOR_TYPE Type;
    public WDF_MEMORY_DESCRIPTOR_UNION u;
}
