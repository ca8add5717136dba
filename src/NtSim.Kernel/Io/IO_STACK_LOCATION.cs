using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;

namespace NtSim;

/// <summary>The Parameters union of IO_STACK_LOCATION, as separate members (the C union overlays them).</summary>
public struct IO_STACK_PARAMETERS
{
    /// <summary>Parameters.Create: IRP_MJ_CREATE's access, options, attributes and share access.</summary>
    public CreateParameters Create;
    /// <summary>Parameters.Read: IRP_MJ_READ's length, key and byte offset.</summary>
    public ReadWriteParameters Read;

    /// <summary>Parameters.Write: the same storage as Parameters.Read, as in the C union, so a
    /// driver reads a write's Length and ByteOffset whichever name the sender used.</summary>
    [UnscopedRef]
    public ref ReadWriteParameters Write => ref Read;

    /// <summary>Parameters.DeviceIoControl: IRP_MJ_DEVICE_CONTROL's and IRP_MJ_INTERNAL_DEVICE_CONTROL's buffer lengths and IOCTL code.</summary>
    public DeviceIoControlParameters DeviceIoControl;
    /// <summary>Parameters.Others: four untyped arguments, for requests (such as internal device controls) the other members do not describe.</summary>
    public OthersParameters Others;
    /// <summary>Parameters.QueryDeviceRelations: IRP_MN_QUERY_DEVICE_RELATIONS's relation type.</summary>
    public QueryDeviceRelationsParameters QueryDeviceRelations;
    /// <summary>Parameters.QueryId: IRP_MN_QUERY_ID's ID type.</summary>
    public QueryIdParameters QueryId;
    /// <summary>Parameters.QueryDeviceText: IRP_MN_QUERY_DEVICE_TEXT's text type and locale.</summary>
    public QueryDeviceTextParameters QueryDeviceText;
    /// <summary>Parameters.DeviceCapabilities: IRP_MN_QUERY_CAPABILITIES's structure to fill in.</summary>
    public DeviceCapabilitiesParameters DeviceCapabilities;
    /// <summary>Parameters.StartDevice: IRP_MN_START_DEVICE's raw and translated resources.</summary>
    public StartDeviceParameters StartDevice;
    /// <summary>Parameters.QueryInterface: IRP_MN_QUERY_INTERFACE's interface GUID, size, version and interface.</summary>
    public QueryInterfaceParameters QueryInterface;
    /// <summary>Parameters.UsageNotification: IRP_MN_DEVICE_USAGE_NOTIFICATION's special file type and whether it is being added.</summary>
    public UsageNotificationParameters UsageNotification;
    /// <summary>Parameters.QueryFile: IRP_MJ_QUERY_INFORMATION's buffer length and information class.</summary>
    public FileInformationParameters QueryFile;
    /// <summary>Parameters.SetFile: IRP_MJ_SET_INFORMATION's buffer length and information class.</summary>
    public FileInformationParameters SetFile;

    /// <summary>Parameters.Create (IRP_MJ_CREATE).</summary>
    public struct CreateParameters
    {
        /// <summary>The access the caller asked for (ACCESS_MASK; in C, SecurityContext-&gt;DesiredAccess).</summary>
        public uint DesiredAccess;
        /// <summary>The create disposition in the high 8 bits and the FILE_* create options in the low 24 bits.</summary>
        public uint Options;
        /// <summary>The FILE_ATTRIBUTE_* flags for a file being created.</summary>
        public ushort FileAttributes;
        /// <summary>The FILE_SHARE_* access the caller grants other opens.</summary>
        public ushort ShareAccess;
        /// <summary>The length of the extended-attribute buffer (0 for a device open).</summary>
        public uint EaLength;
    }

    /// <summary>Parameters.Read and Parameters.Write (IRP_MJ_READ, IRP_MJ_WRITE).</summary>
    public struct ReadWriteParameters
    {
        /// <summary>The number of bytes to transfer.</summary>
        public uint Length;
        /// <summary>The key of a byte-range lock the caller holds (file systems only).</summary>
        public uint Key;
        /// <summary>The starting byte offset of the transfer on the device or file.</summary>
        public LARGE_INTEGER ByteOffset;
    }

    /// <summary>Parameters.DeviceIoControl (IRP_MJ_DEVICE_CONTROL, IRP_MJ_INTERNAL_DEVICE_CONTROL).</summary>
    public struct DeviceIoControlParameters
    {
        /// <summary>The length of the caller's output buffer, in bytes.</summary>
        public uint OutputBufferLength;
        /// <summary>The length of the caller's input buffer, in bytes.</summary>
        public uint InputBufferLength;
        /// <summary>The IOCTL code (CTL_CODE: device type, function, transfer method and access).</summary>
        public uint IoControlCode;
        /// <summary>The caller's input buffer for a METHOD_NEITHER IOCTL (a user address to probe), or an internal IOCTL's argument.</summary>
        public PVOID Type3InputBuffer;
    }

    /// <summary>Parameters.QueryDeviceRelations (IRP_MN_QUERY_DEVICE_RELATIONS).</summary>
    public struct QueryDeviceRelationsParameters
    {
        /// <summary>The relations asked for: BusRelations, RemovalRelations, TargetDeviceRelation, ...</summary>
        public DEVICE_RELATION_TYPE Type;
    }

    /// <summary>Parameters.QueryId (IRP_MN_QUERY_ID).</summary>
    public struct QueryIdParameters
    {
        /// <summary>The ID asked for: BusQueryDeviceID, BusQueryHardwareIDs, BusQueryInstanceID, ...</summary>
        public BUS_QUERY_ID_TYPE IdType;
    }

    /// <summary>Parameters.QueryDeviceText (IRP_MN_QUERY_DEVICE_TEXT).</summary>
    public struct QueryDeviceTextParameters
    {
        /// <summary>The text asked for: DeviceTextDescription or DeviceTextLocationInformation.</summary>
        public DEVICE_TEXT_TYPE DeviceTextType;
        /// <summary>The locale of the text asked for (an LCID).</summary>
        public uint LocaleId;
    }

    /// <summary>Parameters.DeviceCapabilities (IRP_MN_QUERY_CAPABILITIES).</summary>
    public struct DeviceCapabilitiesParameters
    {
        /// <summary>The capabilities structure the drivers of the stack fill in.</summary>
        public DEVICE_CAPABILITIES? Capabilities;
    }

    /// <summary>IRP_MN_QUERY_INTERFACE: the interface GUID, the size and version the caller allocated, and its interface.</summary>
    public struct QueryInterfaceParameters
    {
        /// <summary>The GUID of the interface asked for.</summary>
        public Guid InterfaceType;
        /// <summary>The size of the interface structure the caller allocated.</summary>
        public ushort Size;
        /// <summary>The version of the interface the caller wants.</summary>
        public ushort Version;
        /// <summary>The interface structure the driver that exports the interface fills in.</summary>
        public INTERFACE? Interface;
        /// <summary>Interface-specific data from the caller, or NULL.</summary>
        public object? InterfaceSpecificData;
    }

    /// <summary>Parameters.StartDevice (IRP_MN_START_DEVICE).</summary>
    public struct StartDeviceParameters
    {
        /// <summary>The raw resources assigned to the device (a CM_RESOURCE_LIST in pool, freed when the IRP is back), or NULL when it has none.</summary>
        public PVOID AllocatedResources;
        /// <summary>The translated resources assigned to the device (a CM_RESOURCE_LIST), or NULL when it has none.</summary>
        public PVOID AllocatedResourcesTranslated;
    }

    /// <summary>Parameters.UsageNotification (IRP_MN_DEVICE_USAGE_NOTIFICATION).</summary>
    public struct UsageNotificationParameters
    {
        /// <summary>True when a special file (paging, hibernation, dump) is being put on the device, false when it is being taken off.</summary>
        public bool InPath;
        /// <summary>The kind of special file: DeviceUsageTypePaging, DeviceUsageTypeHibernation, DeviceUsageTypeDumpFile, ...</summary>
        public DEVICE_USAGE_NOTIFICATION_TYPE Type;
    }

    /// <summary>Parameters.QueryFile and Parameters.SetFile (IRP_MJ_QUERY_INFORMATION, IRP_MJ_SET_INFORMATION):
    /// the buffer's length and the FILE_INFORMATION_CLASS.</summary>
    public struct FileInformationParameters
    {
        /// <summary>The length of the caller's buffer, in bytes.</summary>
        public uint Length;
        /// <summary>The FILE_INFORMATION_CLASS asked for or set.</summary>
        public FILE_INFORMATION_CLASS FileInformationClass;
    }

    /// <summary>Parameters.Others: four arguments whose meaning the request defines.</summary>
    public struct OthersParameters
    {
        /// <summary>The request's first argument.</summary>
        public object? Argument1;
        /// <summary>The request's second argument.</summary>
        public object? Argument2;
        /// <summary>The request's third argument.</summary>
        public object? Argument3;
        /// <summary>The request's fourth argument.</summary>
        public object? Argument4;
    }
}

/// <summary>IO_STACK_LOCATION: what one driver in the stack is asked to do with an IRP.</summary>
[DebuggerDisplay("MJ {MajorFunction} MN {MinorFunction} {DeviceObject}")]
public sealed class IO_STACK_LOCATION
{
    /// <summary>The IRP_MJ_* code of the request: which dispatch routine the driver runs.</summary>
    public byte MajorFunction;
    /// <summary>The IRP_MN_* code for IRP_MJ_PNP, IRP_MJ_POWER and IRP_MJ_SYSTEM_CONTROL.</summary>
    public byte MinorFunction;
    /// <summary>SL_* flags of the request (SL_CASE_SENSITIVE, SL_OVERRIDE_VERIFY_VOLUME, ...).</summary>
    public byte Flags;
    /// <summary>SL_* control flags: SL_PENDING_RETURNED and when the completion routine runs (SL_INVOKE_ON_SUCCESS, _ERROR, _CANCEL).</summary>
    public byte Control;
    /// <summary>The request's parameters; which member applies depends on MajorFunction and MinorFunction.</summary>
    public IO_STACK_PARAMETERS Parameters;
    /// <summary>The device object the request is for at this location.</summary>
    public DEVICE_OBJECT? DeviceObject;
    /// <summary>The file object the request concerns, or NULL.</summary>
    public FILE_OBJECT? FileObject;
    /// <summary>The completion routine the driver above set with IoSetCompletionRoutine, run as the IRP completes back up.</summary>
    public IO_COMPLETION_ROUTINE? CompletionRoutine;
    /// <summary>The context passed to the completion routine.</summary>
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
