using System.Runtime.CompilerServices;

namespace NtSim;

public static partial class Wdm
{
    /// <summary>ExCreateCallback: opens the callback object ObjectAttributes names (<c>\Callback\Name</c>),
    /// or, when <paramref name="Create"/> is TRUE and there is none, creates it (AllowMultipleCallbacks:
    /// whether more than one routine may register). The object comes referenced: release it with
    /// ObDereferenceObject. A missing name without Create: STATUS_OBJECT_NAME_NOT_FOUND. PASSIVE_LEVEL.</summary>
    public static NTSTATUS ExCreateCallback(out CALLBACK_OBJECT? CallbackObject, in OBJECT_ATTRIBUTES ObjectAttributes, bool Create,
        bool AllowMultipleCallbacks, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.ExCreateCallback);
        var status = CallbackObjects.Create(thread, ObjectAttributes, Create, AllowMultipleCallbacks, file, line, out CallbackObject);
        return DdiGate.Leave(thread, DdiTable.ExCreateCallback, status);
    }

    /// <summary>ExRegisterCallback: registers <paramref name="CallbackFunction"/> with a callback object; the
    /// result is the registration for ExUnregisterCallback, or NULL when the object allows one routine
    /// and has it. The driver must unregister before it unloads. IRQL &lt;= APC_LEVEL.</summary>
    public static object? ExRegisterCallback(CALLBACK_OBJECT CallbackObject, CALLBACK_FUNCTION CallbackFunction, object? CallbackContext,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.ExRegisterCallback);
        KeContext.NotNull(CallbackObject, nameof(CallbackObject));
        KeContext.NotNull(CallbackFunction, nameof(CallbackFunction));
        return CallbackObjects.Register(thread, CallbackObject, CallbackFunction, CallbackContext, file, line);
    }

    /// <summary>ExUnregisterCallback: removes a registration ExRegisterCallback returned. IRQL &lt;= APC_LEVEL.</summary>
    public static void ExUnregisterCallback(object CallbackRegistration)
    {
        var thread = DdiGate.Enter(DdiTable.ExUnregisterCallback);
        if (KeContext.NotNull(CallbackRegistration, nameof(CallbackRegistration)) is not NtSim.CallbackRegistration registration)
        {
            throw new ArgumentException("ExUnregisterCallback: CallbackRegistration is not a value ExRegisterCallback returned.", nameof(CallbackRegistration));
        }

        CallbackObjects.Unregister(thread, registration);
    }

    /// <summary>ExNotifyCallback: calls every routine registered with the object, in the order of
    /// registration, in the calling thread at its IRQL. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static void ExNotifyCallback(CALLBACK_OBJECT CallbackObject, object? Argument1, object? Argument2)
    {
        var thread = DdiGate.Enter(DdiTable.ExNotifyCallback);
        CallbackObjects.Notify(thread, KeContext.NotNull(CallbackObject, nameof(CallbackObject)), Argument1, Argument2);
    }
}
