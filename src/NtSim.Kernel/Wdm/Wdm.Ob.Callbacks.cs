using System.Globalization;
using System.Runtime.CompilerServices;

namespace NtSim;

public static partial class Wdm
{
    /// <summary>OB_FLT_REGISTRATION_VERSION (wdm.h): the version of OB_CALLBACK_REGISTRATION drivers pass.</summary>
    public const ushort OB_FLT_REGISTRATION_VERSION = 0x0100;

    /// <summary>OB_OPERATION_HANDLE_CREATE: a process or thread handle is (or was) opened.</summary>
    public const uint OB_OPERATION_HANDLE_CREATE = 0x00000001;

    /// <summary>OB_OPERATION_HANDLE_DUPLICATE: a process or thread handle is (or was) duplicated.</summary>
    public const uint OB_OPERATION_HANDLE_DUPLICATE = 0x00000002;

    /// <summary>
    /// ObRegisterCallbacks: registers ObjectPreCallback/ObjectPostCallback routines for process and thread
    /// handle operations at CallbackRegistration.Altitude; <paramref name="RegistrationHandle"/> is what
    /// ObUnRegisterCallbacks takes, which the driver must call before it unloads. Returns
    /// STATUS_FLT_INSTANCE_ALTITUDE_COLLISION for an altitude already registered; STATUS_INVALID_PARAMETER
    /// for a Version other than OB_FLT_REGISTRATION_VERSION, no entries, an entry with no routine, no
    /// operation or a type without callbacks (neither PsProcessType nor PsThreadType), or an altitude that
    /// is not a number; STATUS_ACCESS_DENIED when a routine is not in an image linked with /integritycheck
    /// (<see cref="IntegrityCheckAttribute"/>). IRQL &lt;= APC_LEVEL.
    /// </summary>
    public static NTSTATUS ObRegisterCallbacks(in OB_CALLBACK_REGISTRATION CallbackRegistration, out object? RegistrationHandle,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.ObRegisterCallbacks);
        RegistrationHandle = null;
        var registration = CallbackRegistration;
        if (registration.Version != OB_FLT_REGISTRATION_VERSION || registration.OperationRegistrationCount == 0
            || registration.OperationRegistration is not { } entries || entries.Length < registration.OperationRegistrationCount)
        {
            return STATUS_INVALID_PARAMETER;
        }

        RequireWellFormed(thread, registration.Altitude, nameof(ObRegisterCallbacks), "CallbackRegistration->Altitude");
        var altitudeText = registration.Altitude.ToString();
        if (!decimal.TryParse(altitudeText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var altitude))
        {
            return STATUS_INVALID_PARAMETER;
        }

        var operations = new List<ObjectCallbackOperation>(registration.OperationRegistrationCount);
        foreach (var entry in entries.AsSpan(0, registration.OperationRegistrationCount))
        {
            var status = CheckOperation(entry);
            if (!NT_SUCCESS(status))
            {
                return status;
            }

            var routine = (Delegate?)entry.PreOperation ?? entry.PostOperation!;
            operations.Add(new ObjectCallbackOperation(entry.ObjectType!, entry.Operations, entry.PreOperation, entry.PostOperation,
                thread.Machine.Modules.For(routine)));
        }

        var result = thread.Machine.ObjectCallbacks.Register(thread, altitude, altitudeText, registration.RegistrationContext, operations, file, line,
            out var handle);
        RegistrationHandle = handle;
        return result;
    }

    /// <summary>ObUnRegisterCallbacks: removes the routines of one ObRegisterCallbacks registration. A second
    /// call with the same handle touches the freed registration: an access violation, which a system thread
    /// does not handle ("a double free and results in Bug Check 0x7E"). IRQL &lt;= APC_LEVEL.</summary>
    public static void ObUnRegisterCallbacks(object RegistrationHandle)
    {
        var thread = DdiGate.Enter(DdiTable.ObUnRegisterCallbacks);
        if (KeContext.NotNull(RegistrationHandle, nameof(RegistrationHandle)) is not ObjectCallbackRegistration registration
            || !thread.Machine.ObjectCallbacks.Unregister(registration))
        {
            throw new NtStatusException(STATUS_ACCESS_VIOLATION);
        }
    }

    /// <summary>One OB_OPERATION_REGISTRATION: a supported type, an operation, a routine, each routine signed.</summary>
    private static NTSTATUS CheckOperation(in OB_OPERATION_REGISTRATION entry)
    {
        if (!ObjectCallbacks.Supports(entry.ObjectType) || (entry.Operations & (OB_OPERATION_HANDLE_CREATE | OB_OPERATION_HANDLE_DUPLICATE)) == 0
            || (entry.Operations & ~(OB_OPERATION_HANDLE_CREATE | OB_OPERATION_HANDLE_DUPLICATE)) != 0
            || (entry.PreOperation is null && entry.PostOperation is null))
        {
            return STATUS_INVALID_PARAMETER;
        }

        // MmVerifyCallbackFunction: each routine must be in an image linked with /integritycheck.
        if ((entry.PreOperation is { } pre && !IntegrityCheckAttribute.Covers(pre)) || (entry.PostOperation is { } post && !IntegrityCheckAttribute.Covers(post)))
        {
            return STATUS_ACCESS_DENIED;
        }

        return STATUS_SUCCESS;
    }
}
