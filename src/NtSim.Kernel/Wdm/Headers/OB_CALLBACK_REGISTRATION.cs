namespace NtSim;

/// <summary>OB_PREOP_CALLBACK_STATUS (wdm.h): what an ObjectPreCallback returns; drivers must return OB_PREOP_SUCCESS.</summary>
public enum OB_PREOP_CALLBACK_STATUS
{
    /// <summary>The only value an ObjectPreCallback may return (0).</summary>
    OB_PREOP_SUCCESS = 0,
}

/// <summary>POB_PRE_OPERATION_CALLBACK (wdm.h): called before a process or thread handle is opened or
/// duplicated, at PASSIVE_LEVEL in the thread that opens it; it may clear bits of the DesiredAccess.</summary>
public delegate OB_PREOP_CALLBACK_STATUS POB_PRE_OPERATION_CALLBACK(object? RegistrationContext, OB_PRE_OPERATION_INFORMATION OperationInformation);

/// <summary>POB_POST_OPERATION_CALLBACK (wdm.h): called once the handle operation is done; informational.</summary>
public delegate void POB_POST_OPERATION_CALLBACK(object? RegistrationContext, OB_POST_OPERATION_INFORMATION OperationInformation);

/// <summary>
/// OB_OPERATION_REGISTRATION (wdm.h): the object type (<c>PsProcessType</c>, <c>PsThreadType</c>), the
/// operations (OB_OPERATION_HANDLE_CREATE, OB_OPERATION_HANDLE_DUPLICATE) and the routines; at least
/// one of PreOperation and PostOperation. C passes <c>*PsProcessType</c>'s address; here the type itself.
/// </summary>
public struct OB_OPERATION_REGISTRATION
{
    /// <summary>The type of object the routines watch: PsProcessType or PsThreadType.</summary>
    public OBJECT_TYPE? ObjectType;
    /// <summary>OB_OPERATION_HANDLE_CREATE and/or OB_OPERATION_HANDLE_DUPLICATE.</summary>
    public uint Operations;
    /// <summary>Called before the operation; may be null if PostOperation is set.</summary>
    public POB_PRE_OPERATION_CALLBACK? PreOperation;
    /// <summary>Called after the operation; may be null if PreOperation is set.</summary>
    public POB_POST_OPERATION_CALLBACK? PostOperation;
}

/// <summary>
/// OB_CALLBACK_REGISTRATION (wdm.h): Version (OB_FLT_REGISTRATION_VERSION), the number of entries of
/// OperationRegistration, the driver's Altitude (a decimal number, as minifilter altitudes), and the
/// context every routine of the registration gets.
/// </summary>
public struct OB_CALLBACK_REGISTRATION
{
    /// <summary>The registration version: OB_FLT_REGISTRATION_VERSION.</summary>
    public ushort Version;
    /// <summary>The number of entries in OperationRegistration.</summary>
    public ushort OperationRegistrationCount;
    /// <summary>The driver's altitude, a decimal string unique among the registrations (else STATUS_FLT_INSTANCE_ALTITUDE_COLLISION).</summary>
    public UNICODE_STRING Altitude;
    /// <summary>The context passed to every routine of the registration.</summary>
    public object? RegistrationContext;
    /// <summary>The object types, operations and routines to register.</summary>
    public OB_OPERATION_REGISTRATION[]? OperationRegistration;
}

/// <summary>OB_PRE_CREATE_HANDLE_INFORMATION (wdm.h): the access to grant (a routine may clear bits of
/// it, never add any) and the access first asked for.</summary>
public struct OB_PRE_CREATE_HANDLE_INFORMATION
{
    /// <summary>The access to grant; the routine may clear bits of it but not add any.</summary>
    public uint DesiredAccess;
    /// <summary>The access the caller first asked for.</summary>
    public uint OriginalDesiredAccess;
}

/// <summary>OB_PRE_DUPLICATE_HANDLE_INFORMATION (wdm.h): as the create form, with the source and target processes.</summary>
public struct OB_PRE_DUPLICATE_HANDLE_INFORMATION
{
    /// <summary>The access to grant the duplicate; the routine may clear bits of it but not add any.</summary>
    public uint DesiredAccess;
    /// <summary>The access the caller first asked for.</summary>
    public uint OriginalDesiredAccess;
    /// <summary>The process the handle is duplicated from.</summary>
    public EPROCESS? SourceProcess;
    /// <summary>The process the handle is duplicated into.</summary>
    public EPROCESS? TargetProcess;
}

/// <summary>OB_PRE_OPERATION_PARAMETERS (wdm.h, a union in C): the member the Operation names is valid.</summary>
public sealed class OB_PRE_OPERATION_PARAMETERS
{
    /// <summary>Valid for OB_OPERATION_HANDLE_CREATE.</summary>
    public OB_PRE_CREATE_HANDLE_INFORMATION CreateHandleInformation;
    /// <summary>Valid for OB_OPERATION_HANDLE_DUPLICATE.</summary>
    public OB_PRE_DUPLICATE_HANDLE_INFORMATION DuplicateHandleInformation;
}

/// <summary>OB_POST_CREATE_HANDLE_INFORMATION (wdm.h): the access the handle was granted.</summary>
public struct OB_POST_CREATE_HANDLE_INFORMATION
{
    /// <summary>The access the new handle was granted.</summary>
    public uint GrantedAccess;
}

/// <summary>OB_POST_DUPLICATE_HANDLE_INFORMATION (wdm.h): the access the duplicate was granted.</summary>
public struct OB_POST_DUPLICATE_HANDLE_INFORMATION
{
    /// <summary>The access the duplicate handle was granted.</summary>
    public uint GrantedAccess;
}

/// <summary>OB_POST_OPERATION_PARAMETERS (wdm.h, a union in C).</summary>
public sealed class OB_POST_OPERATION_PARAMETERS
{
    /// <summary>Valid for OB_OPERATION_HANDLE_CREATE.</summary>
    public OB_POST_CREATE_HANDLE_INFORMATION CreateHandleInformation;
    /// <summary>Valid for OB_OPERATION_HANDLE_DUPLICATE.</summary>
    public OB_POST_DUPLICATE_HANDLE_INFORMATION DuplicateHandleInformation;
}

/// <summary>
/// OB_PRE_OPERATION_INFORMATION (wdm.h): the operation, whether the handle is a kernel handle
/// (KernelHandle, bit 0 of Flags), the process or thread object (EPROCESS or KTHREAD), its type, a
/// CallContext the routine may set for its post routine, and the parameters.
/// </summary>
public sealed class OB_PRE_OPERATION_INFORMATION
{
    /// <summary>OB_OPERATION_HANDLE_CREATE or OB_OPERATION_HANDLE_DUPLICATE.</summary>
    public uint Operation { get; internal init; }

    /// <summary>Reserved: use KernelHandle (bit 0).</summary>
    public uint Flags => KernelHandle ? 1u : 0u;

    /// <summary>TRUE for a kernel handle (OBJ_KERNEL_HANDLE): the routines are called for those too.</summary>
    public bool KernelHandle { get; internal init; }

    /// <summary>The process (EPROCESS) or thread (KTHREAD) the handle is for.</summary>
    public object Object { get; internal init; } = null!;

    /// <summary>The object's type: PsProcessType or PsThreadType.</summary>
    public OBJECT_TYPE ObjectType { get; internal init; } = null!;

    /// <summary>NULL on entry; what the routine leaves here its ObjectPostCallback gets.</summary>
    public object? CallContext { get; set; }

    /// <summary>The operation's parameters; the member Operation names is valid.</summary>
    public OB_PRE_OPERATION_PARAMETERS Parameters { get; internal init; } = null!;
}

/// <summary>OB_POST_OPERATION_INFORMATION (wdm.h): as the pre form, with the operation's ReturnStatus.</summary>
public sealed class OB_POST_OPERATION_INFORMATION
{
    /// <summary>OB_OPERATION_HANDLE_CREATE or OB_OPERATION_HANDLE_DUPLICATE.</summary>
    public uint Operation { get; internal init; }

    /// <summary>Reserved: use KernelHandle (bit 0).</summary>
    public uint Flags => KernelHandle ? 1u : 0u;

    /// <summary>TRUE for a kernel handle (OBJ_KERNEL_HANDLE).</summary>
    public bool KernelHandle { get; internal init; }

    /// <summary>The process (EPROCESS) or thread (KTHREAD) the handle is for.</summary>
    public object Object { get; internal init; } = null!;

    /// <summary>The object's type: PsProcessType or PsThreadType.</summary>
    public OBJECT_TYPE ObjectType { get; internal init; } = null!;

    /// <summary>What the routine's ObjectPreCallback left in CallContext.</summary>
    public object? CallContext { get; internal init; }

    /// <summary>The status the handle operation ended with.</summary>
    public NTSTATUS ReturnStatus { get; internal init; }

    /// <summary>The operation's results; the member Operation names is valid.</summary>
    public OB_POST_OPERATION_PARAMETERS Parameters { get; internal init; } = null!;
}
