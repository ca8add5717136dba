using static NtSim.Samples.ProcessProtector.ProtectPublic;
using static NtSim.Wdm;

namespace NtSim.Samples.ProcessProtector;

/// <summary>
/// ProcessProtect: keeps processes from being terminated. An ObRegisterCallbacks pre-operation routine
/// strips PROCESS_TERMINATE from every handle opened (or duplicated) to a protected process, so
/// TerminateProcess through it fails with ERROR_ACCESS_DENIED; the client adds, removes and clears
/// protected ids with IOCTLs. The image is linked with /integritycheck, as ObRegisterCallbacks requires.
/// </summary>
public sealed class ProtectorDriver : IDriver
{
    internal const string DEVICE_NAME = @"\Device\KProtect";
    internal const string SYMBOLIC_LINK_NAME = @"\??\KProtect";

    /// <summary>The altitude of the registration (one per altitude on a machine).</summary>
    internal const string ALTITUDE = "12345.6171";

    internal static readonly Globals g_Data = new();

    public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
    {
        g_Data.Init();
        OB_OPERATION_REGISTRATION[] operations =
        [
            new()
            {
                ObjectType = PsProcessType,
                Operations = OB_OPERATION_HANDLE_CREATE | OB_OPERATION_HANDLE_DUPLICATE,
                PreOperation = OnPreOpenProcess,
            },
        ];
        var registration = new OB_CALLBACK_REGISTRATION
        {
            Version = OB_FLT_REGISTRATION_VERSION,
            OperationRegistrationCount = (ushort)operations.Length,
            Altitude = RTL_CONSTANT_STRING(ALTITUDE),
            RegistrationContext = null,
            OperationRegistration = operations,
        };

        var status = ObRegisterCallbacks(registration, out g_Data.RegHandle);
        if (!NT_SUCCESS(status))
        {
            KdPrint("ProcessProtect: ObRegisterCallbacks failed (0x%08X)\n", status);
            return status;
        }

        status = IoCreateDevice(DriverObject, 0, DEVICE_NAME, FILE_DEVICE_UNKNOWN, 0, false, out var deviceObject);
        if (NT_SUCCESS(status))
        {
            status = IoCreateSymbolicLink(SYMBOLIC_LINK_NAME, DEVICE_NAME);
            if (!NT_SUCCESS(status))
            {
                IoDeleteDevice(deviceObject!);
            }
        }

        if (!NT_SUCCESS(status))
        {
            ObUnRegisterCallbacks(g_Data.RegHandle!);
            return status;
        }

        DriverObject.DriverUnload = ProtectUnload;
        DriverObject.MajorFunction[IRP_MJ_CREATE] = ProtectCreateClose;
        DriverObject.MajorFunction[IRP_MJ_CLOSE] = ProtectCreateClose;
        DriverObject.MajorFunction[IRP_MJ_DEVICE_CONTROL] = ProtectDeviceControl;
        return STATUS_SUCCESS;
    }

    /// <summary>The pre-operation routine: a handle to a protected process loses PROCESS_TERMINATE.
    /// Kernel handles are left alone (the kernel and drivers may need them whole).</summary>
    internal static OB_PREOP_CALLBACK_STATUS OnPreOpenProcess(object? RegistrationContext, OB_PRE_OPERATION_INFORMATION Info)
    {
        if (Info.KernelHandle)
        {
            return OB_PREOP_CALLBACK_STATUS.OB_PREOP_SUCCESS;
        }

        var pid = (uint)PsGetProcessId((EPROCESS)Info.Object).Value;
        if (g_Data.FindProcess(pid))
        {
            if (Info.Operation == OB_OPERATION_HANDLE_CREATE)
            {
                Info.Parameters.CreateHandleInformation.DesiredAccess &= ~PROCESS_TERMINATE;
            }
            else
            {
                Info.Parameters.DuplicateHandleInformation.DesiredAccess &= ~PROCESS_TERMINATE;
            }
        }

        return OB_PREOP_CALLBACK_STATUS.OB_PREOP_SUCCESS;
    }

    private static void ProtectUnload(DRIVER_OBJECT DriverObject)
    {
        ObUnRegisterCallbacks(g_Data.RegHandle!);
        IoDeleteSymbolicLink(SYMBOLIC_LINK_NAME);
        IoDeleteDevice(DriverObject.DeviceObject!);
    }

    private static NTSTATUS ProtectCreateClose(DEVICE_OBJECT DeviceObject, IRP Irp) => CompleteIrp(Irp, STATUS_SUCCESS);

    /// <summary>The three IOCTLs; the ids come in the system buffer (METHOD_BUFFERED).</summary>
    private static NTSTATUS ProtectDeviceControl(DEVICE_OBJECT DeviceObject, IRP Irp)
    {
        var stack = IoGetCurrentIrpStackLocation(Irp);
        var code = stack.Parameters.DeviceIoControl.IoControlCode;
        var size = stack.Parameters.DeviceIoControl.InputBufferLength;
        if (code == IOCTL_PROCESS_PROTECT_CLEAR)
        {
            g_Data.Clear();
            return CompleteIrp(Irp, STATUS_SUCCESS);
        }

        if (code != IOCTL_PROCESS_PROTECT_BY_PID && code != IOCTL_PROCESS_UNPROTECT_BY_PID)
        {
            return CompleteIrp(Irp, STATUS_INVALID_DEVICE_REQUEST);
        }

        if (size == 0 || size % sizeof(uint) != 0)
        {
            return CompleteIrp(Irp, STATUS_INVALID_BUFFER_SIZE);
        }

        var buffer = Irp.AssociatedIrp.SystemBuffer;
        var status = STATUS_SUCCESS;
        for (var i = 0u; i < size / sizeof(uint); i++)
        {
            var pid = (buffer + i * sizeof(uint)).Read<uint>();
            if (pid == 0)
            {
                status = STATUS_INVALID_PARAMETER;
                break;
            }

            if (code == IOCTL_PROCESS_UNPROTECT_BY_PID)
            {
                g_Data.RemoveProcess(pid);
            }
            else if (!g_Data.AddProcess(pid))
            {
                status = STATUS_INSUFFICIENT_RESOURCES;
                break;
            }
        }

        return CompleteIrp(Irp, status);
    }

    private static NTSTATUS CompleteIrp(IRP Irp, NTSTATUS status)
    {
        Irp.IoStatus.Status = status;
        Irp.IoStatus.Information = 0;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return status;
    }
}
