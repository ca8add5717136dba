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
    public ushort Size;
    public ushort Version;
    public object? Context;
    public PINTERFACE_REFERENCE? InterfaceReference;
    public PINTERFACE_DEREFERENCE? InterfaceDereference;
}
