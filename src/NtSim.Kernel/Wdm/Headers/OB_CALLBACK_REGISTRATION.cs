namespace NtSim;

/// <summary>OB_PREOP_CALLBACK_STATUS (wdm.h): what an ObjectPreCallback returns; drivers must return OB_PREOP_SUCCESS.</summary>
public enum OB_PREOP_CALLBACK_STATUS
{
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
    public OBJECT_TYPE? ObjectType;
    public uint Operations;
    public POB_PRE_OPERATION_CALLBACK? PreOperation;
    public POB_POST_OPERATION_CALLBACK? PostOperation;
}

/// <summary>
/// OB_CALLBACK_REGISTRATION (wdm.h): Version (OB_FLT_REGISTRATION_VERSION), the number of entries of
/// OperationRegistration, the driver's Altitude (a decimal number, as minifilter altitudes), and the
/// context every routine of the registration gets.
/// </summary>
public struct OB_CALLBACK_REGISTRATION
{
    public ushort Version;
    public ushort OperationRegistrationCount;
    public UNICODE_STRING Altitude;
    public object? RegistrationContext;
    public OB_OPERATION_REGISTRATION[]? OperationRegistration;
}

/// <summary>OB_PRE_CREATE_HANDLE_INFORMATION (wdm.h): the access to grant (a routine may clear bits of
/// it, never add any) and the access first asked for.</summary>
public struct OB_PRE_CREATE_HANDLE_INFORMATION
{
    public uint DesiredAccess;
    public uint OriginalDesiredAccess;
}

/// <summary>OB_PRE_DUPLICATE_HANDLE_INFORMATION (wdm.h): as the create form, with the source and target processes.</summary>
public struct OB_PRE_DUPLICATE_HANDLE_INFORMATION
{
    public uint DesiredAccess;
    public uint OriginalDesiredAccess;
    public EPROCESS? SourceProcess;
    public EPROCESS? TargetProcess;
}

/// <summary>OB_PRE_OPERATION_PARAMETERS (wdm.h, a union in C): the member the Operation names is valid.</summary>
public sealed class OB_PRE_OPERATION_PARAMETERS
{
    public OB_PRE_CREATE_HANDLE_INFORMATION CreateHandleInformation;
    public OB_PRE_DUPLICATE_HANDLE_INFORMATION DuplicateHandleInformation;
}

/// <summary>OB_POST_CREATE_HANDLE_INFORMATION (wdm.h): the access the handle was granted.</summary>
public struct OB_POST_CREATE_HANDLE_INFORMATION
{
    public uint GrantedAccess;
}

/// <summary>OB_POST_DUPLICATE_HANDLE_INFORMATION (wdm.h): the access the duplicate was granted.</summary>
public struct OB_POST_DUPLICATE_HANDLE_INFORMATION
{
    public uint GrantedAccess;
}

/// <summary>OB_POST_OPERATION_PARAMETERS (wdm.h, a union in C).</summary>
public sealed class OB_POST_OPERATION_PARAMETERS
{
    public OB_POST_CREATE_HANDLE_INFORMATION CreateHandleInformation;
    public OB_POST_DUPLICATE_HANDLE_INFORMATION DuplicateHandleInformation;
}

/// <summary>
/// OB_PRE_OPERATION_INFORMATION (wdm.h): the operation, whether the handle is a kernel handle
/// (KernelHandle, bit 0 of Flags), the process or thread object (EPROCESS or KTHREAD), its type, a
/// CallContext the routine may set for its post routine, and the parameters.
/// </summary>
public sealed class OB_PRE_OPERATION_INFORMATION
{
    public uint Operation { get; internal init; }

    /// <summary>Reserved: use KernelHandle (bit 0).</summary>
    public uint Flags => KernelHandle ? 1u : 0u;

    /// <summary>TRUE for a kernel handle (OBJ_KERNEL_HANDLE): the routines are called for those too.</summary>
    public bool KernelHandle { get; internal init; }

    public object Object { get; internal init; } = null!;

    public OBJECT_TYPE ObjectType { get; internal init; } = null!;

    /// <summary>NULL on entry; what the routine leaves here its ObjectPostCallback gets.</summary>
    public object? CallContext { get; set; }

    public OB_PRE_OPERATION_PARAMETERS Parameters { get; internal init; } = null!;
}

/// <summary>OB_POST_OPERATION_INFORMATION (wdm.h): as the pre form, with the operation's ReturnStatus.</summary>
public sealed class OB_POST_OPERATION_INFORMATION
{
    public uint Operation { get; internal init; }

    public uint Flags => KernelHandle ? 1u : 0u;

    public bool KernelHandle { get; internal init; }

    public object Object { get; internal init; } = null!;

    public OBJECT_TYPE ObjectType { get; internal init; } = null!;

    /// <summary>What the routine's ObjectPreCallback left in CallContext.</summary>
    public object? CallContext { get; internal init; }

    public NTSTATUS ReturnStatus { get; internal init; }

    public OB_POST_OPERATION_PARAMETERS Parameters { get; internal init; } = null!;
}
