using System.Runtime.CompilerServices;

namespace NtSim;

/// <summary>
/// WPP software tracing: what tracewpp generates for a driver, as functions. A driver defines its control GUID with
/// its trace flags, calls WPP_INIT_TRACING in DriverEntry and WPP_CLEANUP in DriverUnload, and traces with
/// DoTraceMessage(flag, format, ...) or TraceEvents(level, flag, format, ...); the format takes printf conversions and
/// WPP's %!STATUS!-style extensions (docs/tracing.md).
/// </summary>
public static partial class Wdm
{
    /// <summary>WPP_DEFINE_CONTROL_GUID: a control GUID with its trace flags, in order (the first is 0x1).</summary>
    public static WPP_CONTROL_GUID WPP_DEFINE_CONTROL_GUID(string Name, Guid Guid, params string[] Bits)
    {
        ArgumentException.ThrowIfNullOrEmpty(Name);
        ArgumentNullException.ThrowIfNull(Bits);
        if (Bits.Length > 31)
        {
            throw new ArgumentOutOfRangeException(nameof(Bits), Bits.Length, "WPP_DEFINE_CONTROL_GUID: at most 31 WPP_DEFINE_BIT flags per control GUID.");
        }

        return new WPP_CONTROL_GUID(Name, Guid, [.. Bits]);
    }

    /// <summary>WPP_DEFINE_BIT: names the next trace flag of a control GUID.</summary>
    public static string WPP_DEFINE_BIT(string Name) => Name;

    /// <summary>WPP_INIT_TRACING: registers the driver's control GUID (the generated code calls EtwRegister, and this
    /// enters under its row). Call WPP_CLEANUP before the driver unloads. PASSIVE_LEVEL.</summary>
    public static void WPP_INIT_TRACING(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath, WPP_CONTROL_GUID Control,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.EtwRegister);
        KeContext.NotNull(DriverObject, nameof(DriverObject));
        KeContext.NotNull(Control, nameof(Control));
        var tracing = thread.Machine.Tracing;
        if (tracing.WppOf(thread.CurrentModule) is not null)
        {
            return;   // the generated code registers once
        }

        tracing.Register(thread, Control.Guid, Control.Name, EtwProviderKind.Wpp, null, null, nameof(WPP_INIT_TRACING), file, line,
            displayName: thread.CurrentModule.Name, control: Control);
    }

    /// <summary>WPP_CLEANUP: unregisters the driver's control GUID (enters as EtwUnregister). PASSIVE_LEVEL.</summary>
    public static void WPP_CLEANUP(DRIVER_OBJECT DriverObject)
    {
        var thread = DdiGate.Enter(DdiTable.EtwUnregister);
        KeContext.NotNull(DriverObject, nameof(DriverObject));
        if (thread.Machine.Tracing.WppOf(thread.CurrentModule) is { } registration)
        {
            thread.Machine.Tracing.Unregister(registration);
        }
    }

    /// <summary>DoTraceMessage: a trace message recorded when a session enables one of <paramref name="Flag"/>'s flags.</summary>
    public static void DoTraceMessage(uint Flag, string Message)
    {
        if (WppMessages.AnyEnabled())
        {
            WppMessages.Trace(TRACE_LEVEL_NONE, Flag, false, Message, []);
        }
    }

    /// <summary>DoTraceMessage with one argument for the message's format specifiers.</summary>
    public static void DoTraceMessage<T1>(uint Flag, string Message, T1 a1)
    {
        if (WppMessages.AnyEnabled())
        {
            WppMessages.Trace(TRACE_LEVEL_NONE, Flag, false, Message, [a1]);
        }
    }

    /// <summary>DoTraceMessage with two arguments for the message's format specifiers.</summary>
    public static void DoTraceMessage<T1, T2>(uint Flag, string Message, T1 a1, T2 a2)
    {
        if (WppMessages.AnyEnabled())
        {
            WppMessages.Trace(TRACE_LEVEL_NONE, Flag, false, Message, [a1, a2]);
        }
    }

    /// <summary>DoTraceMessage with three arguments for the message's format specifiers.</summary>
    public static void DoTraceMessage<T1, T2, T3>(uint Flag, string Message, T1 a1, T2 a2, T3 a3)
    {
        if (WppMessages.AnyEnabled())
        {
            WppMessages.Trace(TRACE_LEVEL_NONE, Flag, false, Message, [a1, a2, a3]);
        }
    }

    /// <summary>DoTraceMessage with four arguments for the message's format specifiers.</summary>
    public static void DoTraceMessage<T1, T2, T3, T4>(uint Flag, string Message, T1 a1, T2 a2, T3 a3, T4 a4)
    {
        if (WppMessages.AnyEnabled())
        {
            WppMessages.Trace(TRACE_LEVEL_NONE, Flag, false, Message, [a1, a2, a3, a4]);
        }
    }

    /// <summary>TraceEvents: a trace message recorded when a session enables one of <paramref name="Flags"/> at a level
    /// of at least <paramref name="Level"/> (the WPP_LEVEL_FLAGS_ENABLED rule of the WDK's templates).</summary>
    public static void TraceEvents(byte Level, uint Flags, string Message)
    {
        if (WppMessages.AnyEnabled())
        {
            WppMessages.Trace(Level, Flags, true, Message, []);
        }
    }

    /// <summary>TraceEvents with one argument for the message's format specifiers.</summary>
    public static void TraceEvents<T1>(byte Level, uint Flags, string Message, T1 a1)
    {
        if (WppMessages.AnyEnabled())
        {
            WppMessages.Trace(Level, Flags, true, Message, [a1]);
        }
    }

    /// <summary>TraceEvents with two arguments for the message's format specifiers.</summary>
    public static void TraceEvents<T1, T2>(byte Level, uint Flags, string Message, T1 a1, T2 a2)
    {
        if (WppMessages.AnyEnabled())
        {
            WppMessages.Trace(Level, Flags, true, Message, [a1, a2]);
        }
    }

    /// <summary>TraceEvents with three arguments for the message's format specifiers.</summary>
    public static void TraceEvents<T1, T2, T3>(byte Level, uint Flags, string Message, T1 a1, T2 a2, T3 a3)
    {
        if (WppMessages.AnyEnabled())
        {
            WppMessages.Trace(Level, Flags, true, Message, [a1, a2, a3]);
        }
    }

    /// <summary>TraceEvents with four arguments for the message's format specifiers.</summary>
    public static void TraceEvents<T1, T2, T3, T4>(byte Level, uint Flags, string Message, T1 a1, T2 a2, T3 a3, T4 a4)
    {
        if (WppMessages.AnyEnabled())
        {
            WppMessages.Trace(Level, Flags, true, Message, [a1, a2, a3, a4]);
        }
    }
}
