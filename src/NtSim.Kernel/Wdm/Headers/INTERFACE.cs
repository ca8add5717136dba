namespace NtSim;

/// <summary>PINTERFACE_REFERENCE (wdm.h): takes a reference on the interface for its caller.</summary>
public delegate void PINTERFACE_REFERENCE(object? Context);

/// <summary>PINTERFACE_DEREFERENCE (wdm.h): releases a reference the caller holds.</summary>
public delegate void PINTERFACE_DEREFERENCE(object? Context);

/// <summary>
/// INTERFACE (wdm.h): the header of a direct-call interface that IRP_MN_QUERY_INTERFACE asks a stack for. A
/// driver derives its interface from it (as C puts INTERFACE first in its structure) and adds its routines
/// as fields. The caller allocates the interface; the driver that answers fills it in.
/// </summary>
public class INTERFACE
{
    /// <summary>The size of the whole interface structure, in bytes, set by the caller.</summary>
    public ushort Size;
    /// <summary>The interface version the caller asks for; the driver fills in the one it returns.</summary>
    public ushort Version;
    /// <summary>The driver's context, passed to every routine of the interface.</summary>
    public object? Context;
    /// <summary>Takes a reference on the interface (the driver calls it before returning the interface).</summary>
    public PINTERFACE_REFERENCE? InterfaceReference;
    /// <summary>Releases a reference; the caller calls it when done with the interface.</summary>
    public PINTERFACE_DEREFERENCE? InterfaceDereference;
}
