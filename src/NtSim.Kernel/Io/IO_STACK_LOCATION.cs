using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;

namespace NtSim;

/// <summary>The Parameters union of IO_STACK_LOCATION, as separate members (the C union overlays them).</summary>
public struct IO_STACK_PARAMETERS
{
    public CreateParameters Create;
    public ReadWriteParameters Read;

    /// <summary>Parameters.Write: the same storage as Parameters.Read, as in the C union, so a
    /// driver reads a write's Length and ByteOffset whichever name the sender used.</summary>
    [UnscopedRef]
    public ref ReadWriteParameters Write => ref Read;

    public DeviceIoControlParameters DeviceIoControl;
    public OthersParameters Others;
    public QueryDeviceRelationsParameters QueryDeviceRelations;
    public QueryIdParameters QueryId;
    public QueryDeviceTextParameters QueryDeviceText;
    public DeviceCapabilitiesParameters DeviceCapabilities;
    public StartDeviceParameters StartDevice;
    public QueryInterfaceParameters QueryInterface;
    public UsageNotificationParameters UsageNotification;
    public FileInformationParameters QueryFile;
    public FileInformationParameters SetFile;

    public struct CreateParameters
    {
        public uint DesiredAccess;
        public uint Options;
        public ushort FileAttributes;
        public ushort ShareAccess;
        public uint EaLength;
    }

    public struct ReadWriteParameters
    {
        public uint Length;
        public uint Key;
        public LARGE_INTEGER ByteOffset;
    }

    public struct DeviceIoControlParameters
    {
        public uint OutputBufferLength;
        public uint InputBufferLength;
        public uint IoControlCode;
        public PVOID Type3InputBuffer;
    }

    public struct QueryDeviceRelationsParameters
    {
        public DEVICE_RELATION_TYPE Type;
    }

    public struct QueryIdParameters
    {
        public BUS_QUERY_ID_TYPE IdType;
    }

    public struct QueryDeviceTextParameters
    {
        public DEVICE_TEXT_TYPE DeviceTextType;
        public uint LocaleId;
    }

    public struct DeviceCapabilitiesParameters
    {
        public DEVICE_CAPABILITIES? Capabilities;
    }

    /// <summary>The resources assigned to the device (CM_RESOURCE_LISTs in pool, freed when the IRP is back); NULL when it has none.</summary>
    /// <summary>IRP_MN_QUERY_INTERFACE: the interface GUID, the size and version the caller allocated, and its interface.</summary>
    public struct QueryInterfaceParameters
    {
        public Guid InterfaceType;
        public ushort Size;
        public ushort Version;
        public INTERFACE? Interface;
        public object? InterfaceSpecificData;
    }

    public struct StartDeviceParameters
    {
        public PVOID AllocatedResources;
        public PVOID AllocatedResourcesTranslated;
    }

    public struct UsageNotificationParameters
    {
        public bool InPath;
        public DEVICE_USAGE_NOTIFICATION_TYPE Type;
    }

    /// <summary>Parameters.QueryFile and Parameters.SetFile (IRP_MJ_QUERY_INFORMATION, IRP_MJ_SET_INFORMATION):
    /// the buffer's length and the FILE_INFORMATION_CLASS.</summary>
    public struct FileInformationParameters
    {
        public uint Length;
        public FILE_INFORMATION_CLASS FileInformationClass;
    }

    public struct OthersParameters
    {
        public object? Argument1;
        public object? Argument2;
        public object? Argument3;
        public object? Argument4;
    }
}

/// <summary>IO_STACK_LOCATION: what one driver in the stack is asked to do with an IRP.</summary>
[DebuggerDisplay("MJ {MajorFunction} MN {MinorFunction} {DeviceObject}")]
public sealed class IO_STACK_LOCATION
{
    public byte MajorFunction;
    public byte MinorFunction;
    public byte Flags;
    public byte Control;
    public IO_STACK_PARAMETERS Parameters;
    public DEVICE_OBJECT? DeviceObject;
    public FILE_OBJECT? FileObject;
    public IO_COMPLETION_ROUTINE? CompletionRoutine;
    public object? Context;

    /// <summary>IoMarkIrpPending was called for this location during the current dispatch.</summary>
    internal bool MarkedPending { get; set; }

    /// <summary>IoStatus.Status as the completion walk passed this location during the current
    /// dispatch (before the upper driver's completion routine ran): what the routine must return.</summary>
    internal NTSTATUS? CompletedWith { get; set; }

    /// <summary>IoCopyCurrentIrpStackLocationToNext: everything but the completion routine, its
    /// context and the control flags.</summary>
    internal void CopyTo(IO_STACK_LOCATION next)
    {
        next.MajorFunction = MajorFunction;
        next.MinorFunction = MinorFunction;
        next.Flags = Flags;
        next.Parameters = Parameters;
        next.DeviceObject = DeviceObject;
        next.FileObject = FileObject;
        next.CompletionRoutine = null;
        next.Context = null;
        next.Control = 0;
    }

    /// <summary>Drops the routine and objects the location refers to, keeping its codes and flags.</summary>
    internal void ReleaseReferences()
    {
        DeviceObject = null;
        FileObject = null;
        CompletionRoutine = null;
        Context = null;
        Parameters.Others = default;
        Parameters.DeviceCapabilities = default;
    }

    internal void Clear()
    {
        MajorFunction = 0;
        MinorFunction = 0;
        Flags = 0;
        Control = 0;
        Parameters = default;
        DeviceObject = null;
        FileObject = null;
        CompletionRoutine = null;
        Context = null;
    }
}
