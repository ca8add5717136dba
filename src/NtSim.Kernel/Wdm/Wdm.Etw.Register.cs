using System.Runtime.CompilerServices;

namespace NtSim;

public static partial class Wdm
{
    /// <summary>EtwRegister: registers the calling driver as the provider <paramref name="ProviderId"/>. Sessions that
    /// already enable the provider enable it now (its <paramref name="EnableCallback"/> runs before this returns);
    /// later ones call it when they start and stop. Unregister it before unloading: a registration left behind is in
    /// the unload report, and a later callback into the unloaded driver bug checks 0xCE. PASSIVE_LEVEL.</summary>
    public static NTSTATUS EtwRegister(in Guid ProviderId, PETWENABLECALLBACK? EnableCallback, object? CallbackContext, out REGHANDLE RegHandle,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.EtwRegister);
        var registration = thread.Machine.Tracing.Register(thread, ProviderId, null, EtwProviderKind.Manifest, EnableCallback, CallbackContext,
            nameof(EtwRegister), file, line);
        RegHandle = new REGHANDLE(registration);
        return STATUS_SUCCESS;
    }

    /// <summary>EtwUnregister: ends the registration. A handle that is not registered (zero, already unregistered,
    /// or of another machine): STATUS_INVALID_HANDLE. PASSIVE_LEVEL.</summary>
    public static NTSTATUS EtwUnregister(REGHANDLE RegHandle)
    {
        var thread = DdiGate.Enter(DdiTable.EtwUnregister);
        return EtwWrites.Registered(thread, RegHandle) is { } registration && thread.Machine.Tracing.Unregister(registration)
            ? STATUS_SUCCESS
            : STATUS_INVALID_HANDLE;
    }

    /// <summary>EtwEventEnabled: whether some session takes an event of this descriptor's level and keyword (FALSE for
    /// an invalid handle). Any IRQL.</summary>
    public static bool EtwEventEnabled(REGHANDLE RegHandle, in EVENT_DESCRIPTOR EventDescriptor)
    {
        var thread = DdiGate.Enter(DdiTable.EtwEventEnabled);
        return EtwWrites.Registered(thread, RegHandle) is { IsEnabled: true } registration
            && registration.IsEnabledFor(EventDescriptor.Level, EventDescriptor.Keyword);
    }

    /// <summary>EtwProviderEnabled: whether some session takes events of this level and keyword from the provider
    /// (FALSE for an invalid handle). Any IRQL.</summary>
    public static bool EtwProviderEnabled(REGHANDLE RegHandle, byte Level, ulong Keyword)
    {
        var thread = DdiGate.Enter(DdiTable.EtwProviderEnabled);
        return EtwWrites.Registered(thread, RegHandle) is { IsEnabled: true } registration && registration.IsEnabledFor(Level, Keyword);
    }

    /// <summary>EtwActivityIdControl: gets, sets, creates or swaps the calling thread's activity id
    /// (EVENT_ACTIVITY_CTRL_*); another code is STATUS_INVALID_PARAMETER. IRQL &lt; DISPATCH_LEVEL, any IRQL for
    /// EVENT_ACTIVITY_CTRL_CREATE_ID.</summary>
    public static NTSTATUS EtwActivityIdControl(uint ControlCode, ref Guid ActivityId)
    {
        var thread = DdiGate.Enter(DdiTable.EtwActivityIdControl);
        var irql = thread.Processor!.Irql;
        if (ControlCode != EVENT_ACTIVITY_CTRL_CREATE_ID && irql >= DISPATCH_LEVEL)
        {
            thread.Machine.Verifier.Violation(VerifierRules.ApiAtWrongIrql, (ulong)irql, 0, 0,
                $"EtwActivityIdControl with control code {ControlCode} called at IRQL {(int)irql}; it must be called below DISPATCH_LEVEL");
        }

        return EtwActivities.Control(thread, ControlCode, ref ActivityId);
    }

    /// <summary>EventDescCreate (an inline function of evntprov.h): fills an event descriptor.</summary>
    public static void EventDescCreate(out EVENT_DESCRIPTOR EventDescriptor, ushort Id, byte Version, byte Channel, byte Level, ushort Task,
        byte Opcode, ulong Keyword) =>
        EventDescriptor = new EVENT_DESCRIPTOR { Id = Id, Version = Version, Channel = Channel, Level = Level, Task = Task, Opcode = Opcode, Keyword = Keyword };

    /// <summary>EventDataDescCreate (an inline function of evntprov.h): a descriptor of a value (an integer, a GUID,
    /// a struct), held in place for up to 16 bytes.</summary>
    public static void EventDataDescCreate<T>(out EVENT_DATA_DESCRIPTOR EventDataDescriptor, T DataPtr)
        where T : unmanaged =>
        EventDataDescriptor = EVENT_DATA_DESCRIPTOR.Of(DataPtr);

    /// <summary>EventDataDescCreate of a string: its UTF-16 characters and the terminating NUL.</summary>
    public static void EventDataDescCreate(out EVENT_DATA_DESCRIPTOR EventDataDescriptor, string DataPtr) =>
        EventDataDescriptor = EVENT_DATA_DESCRIPTOR.OfString(KeContext.NotNull(DataPtr, nameof(DataPtr)));

    /// <summary>EventDataDescCreate of bytes (copied).</summary>
    public static void EventDataDescCreate(out EVENT_DATA_DESCRIPTOR EventDataDescriptor, ReadOnlySpan<byte> DataPtr) =>
        EventDataDescriptor = EVENT_DATA_DESCRIPTOR.OfBytes(DataPtr);
}
