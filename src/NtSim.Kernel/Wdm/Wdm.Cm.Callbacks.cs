using System.Runtime.CompilerServices;

namespace NtSim;

public static partial class Wdm
{
    /// <summary>The calling driver or another has a RegistryCallback routine at this altitude.</summary>
    public const NTSTATUS STATUS_FLT_INSTANCE_ALTITUDE_COLLISION = unchecked((NTSTATUS)0xC01C0011);

    /// <summary>From a pre-notification: the driver did the operation itself; the caller sees STATUS_SUCCESS
    /// and the configuration manager does not do it.</summary>
    public const NTSTATUS STATUS_CALLBACK_BYPASS = unchecked((NTSTATUS)0xC0000503);

    /// <summary>CmRegisterCallbackEx: registers a RegistryCallback routine at <paramref name="Altitude"/>
    /// (a decimal number: routines are called from the highest altitude down; one routine per altitude,
    /// else STATUS_FLT_INSTANCE_ALTITUDE_COLLISION). <paramref name="Cookie"/> names the registration for
    /// CmUnRegisterCallback, which the driver must call before it unloads. IRQL &lt;= APC_LEVEL.</summary>
    public static NTSTATUS CmRegisterCallbackEx(EX_CALLBACK_FUNCTION Function, in UNICODE_STRING Altitude, DRIVER_OBJECT Driver, object? Context,
        out LARGE_INTEGER Cookie, object? Reserved, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.CmRegisterCallbackEx);
        KeContext.NotNull(Function, nameof(Function));
        KeContext.NotNull(Driver, nameof(Driver));
        RequireWellFormed(thread, Altitude, nameof(CmRegisterCallbackEx), nameof(Altitude));
        return thread.Machine.RegistryCallbacks.Register(thread, Function, Altitude.ToString(), Context, file, line, out Cookie);
    }

    /// <summary>CmRegisterCallback (before Windows Vista): a RegistryCallback routine without an altitude,
    /// called before those with one, in the order of registration. IRQL &lt;= APC_LEVEL.</summary>
    public static NTSTATUS CmRegisterCallback(EX_CALLBACK_FUNCTION Function, object? Context, out LARGE_INTEGER Cookie,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.CmRegisterCallback);
        KeContext.NotNull(Function, nameof(Function));
        return thread.Machine.RegistryCallbacks.Register(thread, Function, null, Context, file, line, out Cookie);
    }

    /// <summary>CmUnRegisterCallback: removes the registration <paramref name="Cookie"/> names
    /// (STATUS_INVALID_PARAMETER if none). IRQL &lt;= APC_LEVEL.</summary>
    public static NTSTATUS CmUnRegisterCallback(LARGE_INTEGER Cookie)
    {
        var thread = DdiGate.Enter(DdiTable.CmUnRegisterCallback);
        return thread.Machine.RegistryCallbacks.Unregister(Cookie);
    }

    /// <summary>CmCallbackGetKeyObjectID: the full path of the key a notification's Object is, and an id
    /// that is the same for every key object of one key. STATUS_INVALID_PARAMETER for an unknown cookie
    /// or an object that is not a key. IRQL &lt;= APC_LEVEL.</summary>
    public static NTSTATUS CmCallbackGetKeyObjectID(in LARGE_INTEGER Cookie, object Object, out ulong ObjectID, out UNICODE_STRING ObjectName)
    {
        var thread = DdiGate.Enter(DdiTable.CmCallbackGetKeyObjectID);
        ObjectID = 0;
        ObjectName = default;
        if (!thread.Machine.RegistryCallbacks.IsRegistered(Cookie) || Object is not CmKeyBody key)
        {
            return STATUS_INVALID_PARAMETER;
        }

        ObjectID = key.Registry.KeyId(key.Node);
        ObjectName = new UNICODE_STRING(key.Node.FullName);
        return STATUS_SUCCESS;
    }

    /// <summary>CmGetCallbackVersion: version 1.1, as since Windows 7 (a failed create or open has a NULL
    /// Object in its post-notification; an exception a RegistryCallback routine does not handle bug checks).
    /// IRQL &lt;= APC_LEVEL.</summary>
    public static void CmGetCallbackVersion(out uint Major, out uint Minor)
    {
        DdiGate.Enter(DdiTable.CmGetCallbackVersion);
        Major = 1;
        Minor = 1;
    }
}
