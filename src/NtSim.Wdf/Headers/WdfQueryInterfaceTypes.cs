namespace NtSim;

/// <summary>EVT_WDF_DEVICE_PROCESS_QUERY_INTERFACE_REQUEST (wdfqueryinterface.h): sees, and may change, the interface
/// the framework is about to return; STATUS_NOT_SUPPORTED lets the query go on as if the callback were absent.</summary>
public delegate NTSTATUS EVT_WDF_DEVICE_PROCESS_QUERY_INTERFACE_REQUEST(WDFDEVICE Device, in Guid InterfaceType, INTERFACE ExposedInterface,
    object? ExposedInterfaceSpecificData);

/// <summary>WDF_QUERY_INTERFACE_CONFIG (wdfqueryinterface.h): an interface the device answers IRP_MN_QUERY_INTERFACE with.</summary>
public sealed class WDF_QUERY_INTERFACE_CONFIG
{
    /// <summary>The structure's size in bytes, set by its _INIT function; KMDF checks it to tell the structure's version.</summary>
    public uint Size;

    /// <summary>The interface copied to each caller (its Size and Version are checked against the query's).</summary>
    public INTERFACE? Interface;

    /// <summary>The GUID of the interface, which IRP_MN_QUERY_INTERFACE's InterfaceType is matched against.</summary>
    public Guid InterfaceType;

    /// <summary>A PDO's query goes on to its parent's stack (only a PDO may set it).</summary>
    public bool SendQueryToParentStack;

    /// <summary>Sees, and may change, the interface before it is returned (optional).</summary>
    public EVT_WDF_DEVICE_PROCESS_QUERY_INTERFACE_REQUEST? EvtDeviceProcessQueryInterfaceRequest;

    /// <summary>The caller's interface is input as well as output: nothing is copied into it, the callback fills it.</summary>
    public bool ImportInterface;
}
