namespace NtSim;

/// <summary>WDFMEMORY_OFFSET (wdfmemory.h): a window into a memory object; a zero BufferLength means "to the end".</summary>
public struct WDFMEMORY_OFFSET
{
    /// <summary>The offset in bytes from the start of the memory object's buffer.</summary>
    public ulong BufferOffset;
    /// <summary>The number of bytes from BufferOffset; 0 means to the end of the buffer.</summary>
    public ulong BufferLength;
}

/// <summary>WDF_MEMORY_DESCRIPTOR_TYPE (wdfmemory.h).</summary>
public enum WDF_MEMORY_DESCRIPTOR_TYPE
{
    /// <summary>Not a valid descriptor type (0).</summary>
    WdfMemoryDescriptorTypeInvalid = 0,
    /// <summary>The descriptor holds a buffer and its length (u.BufferType).</summary>
    WdfMemoryDescriptorTypeBuffer = 1,
    /// <summary>The descriptor holds an MDL and its buffer length (u.MdlType).</summary>
    WdfMemoryDescriptorTypeMdl = 2,
    /// <summary>The descriptor holds a memory object and an optional window into it (u.HandleType).</summary>
    WdfMemoryDescriptorTypeHandle = 3,
}

/// <summary>WDF_MEMORY_DESCRIPTOR.u.BufferType.</summary>
public struct WDF_MEMORY_DESCRIPTOR_BUFFER
{
    /// <summary>The buffer's address.</summary>
    public PVOID Buffer;
    /// <summary>The buffer's length in bytes.</summary>
    public uint Length;
}

/// <summary>WDF_MEMORY_DESCRIPTOR.u.MdlType.</summary>
public struct WDF_MEMORY_DESCRIPTOR_MDL
{
    /// <summary>The MDL that describes the buffer.</summary>
    public MDL? Mdl;
    /// <summary>The length in bytes of the buffer the MDL describes.</summary>
    public uint BufferLength;
}

/// <summary>WDF_MEMORY_DESCRIPTOR.u.HandleType.</summary>
public struct WDF_MEMORY_DESCRIPTOR_HANDLE
{
    /// <summary>The memory object.</summary>
    public WDFMEMORY Memory;
    /// <summary>The window into the memory object to use (optional; NULL for all of it).</summary>
    public WDFMEMORY_OFFSET? Offsets;
}

/// <summary>WDF_MEMORY_DESCRIPTOR.u: one member per descriptor type (separate fields here: a union cannot overlay references).</summary>
public struct WDF_MEMORY_DESCRIPTOR_UNION
{
    /// <summary>Filled for WdfMemoryDescriptorTypeBuffer.</summary>
    public WDF_MEMORY_DESCRIPTOR_BUFFER BufferType;
    /// <summary>Filled for WdfMemoryDescriptorTypeMdl.</summary>
    public WDF_MEMORY_DESCRIPTOR_MDL MdlType;
    /// <summary>Filled for WdfMemoryDescriptorTypeHandle.</summary>
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
    /// <summary>Which member of u describes the memory.</summary>
    public WDF_MEMORY_DESCRIPTOR_TYPE Type;
    /// <summary>The buffer, MDL or memory object, as Type says.</summary>
    public WDF_MEMORY_DESCRIPTOR_UNION u;
}
