using System.Runtime.CompilerServices;

namespace NtSim;

public static partial class Wdm
{
    /// <summary>TRACELOGGING_DEFINE_PROVIDER: a provider of this name and GUID, to keep in a static field
    /// (<c>static readonly TraceLoggingHProvider g_hProvider = TRACELOGGING_DEFINE_PROVIDER("MyCompany.MyDriver", new Guid("..."));</c>).</summary>
    public static TraceLoggingHProvider TRACELOGGING_DEFINE_PROVIDER(string ProviderName, Guid ProviderId)
    {
        ArgumentException.ThrowIfNullOrEmpty(ProviderName);
        return new(ProviderName, ProviderId);
    }

    /// <summary>TraceLoggingRegister: registers the provider on the calling driver's machine (an inline function that
    /// calls EtwRegister, and enters under its row). Registering it twice on one machine: STATUS_INVALID_PARAMETER
    /// (the WDK calls it an error). Unregister it before unloading. PASSIVE_LEVEL.</summary>
    public static NTSTATUS TraceLoggingRegister(TraceLoggingHProvider hProvider,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        TraceLoggingRegisterEx(hProvider, null, null, file, line);

    /// <summary>TraceLoggingRegisterEx: TraceLoggingRegister with an enable callback. PASSIVE_LEVEL.</summary>
    public static NTSTATUS TraceLoggingRegisterEx(TraceLoggingHProvider hProvider, PETWENABLECALLBACK? pEnableCallback, object? pCallbackContext,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.EtwRegister);
        KeContext.NotNull(hProvider, nameof(hProvider));
        if (hProvider.RegistrationOn(thread.Machine) is not null)
        {
            return STATUS_INVALID_PARAMETER;
        }

        var registration = thread.Machine.Tracing.Register(thread, hProvider.ProviderId, hProvider.Name, EtwProviderKind.TraceLogging,
            pEnableCallback, pCallbackContext, nameof(TraceLoggingRegister), file, line);
        hProvider.Remember(thread.Machine, registration);
        return STATUS_SUCCESS;
    }

    /// <summary>TraceLoggingUnregister: ends the provider's registration (enters as EtwUnregister); a provider that is
    /// not registered is left as it is. PASSIVE_LEVEL.</summary>
    public static void TraceLoggingUnregister(TraceLoggingHProvider hProvider)
    {
        var thread = DdiGate.Enter(DdiTable.EtwUnregister);
        if (KeContext.NotNull(hProvider, nameof(hProvider)).RegistrationOn(thread.Machine) is { } registration)
        {
            thread.Machine.Tracing.Unregister(registration);
        }
    }

    /// <summary>TraceLoggingProviderEnabled (a macro: reads the provider's enable state, no call into the kernel):
    /// whether some session takes events of this level and keyword.</summary>
    public static bool TraceLoggingProviderEnabled(TraceLoggingHProvider hProvider, byte eventLevel, ulong eventKeyword) =>
        TraceLoggingEvents.Enabled(hProvider, eventLevel, eventKeyword) is not null;

    /// <summary>TraceLoggingWrite: writes the event <paramref name="eventName"/> with its level (TraceLoggingLevel, 5 if
    /// absent), keyword (TraceLoggingKeyword, 0 if absent) and fields. A macro: when no session takes the event it
    /// returns after a few field reads; otherwise it calls EtwWriteTransfer (and enters under its row). Any IRQL.</summary>
    public static void TraceLoggingWrite(TraceLoggingHProvider hProvider, string eventName, params ReadOnlySpan<TraceLoggingArgument> args) =>
        TraceLoggingEvents.Write(hProvider, eventName, args);
}
