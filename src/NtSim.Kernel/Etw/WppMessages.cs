using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace NtSim;

/// <summary>
/// The trace calls WPP generates (DoTraceMessage, TraceEvents). The enabled check is what WPP's macros inline: with no
/// provider of the machine enabled it is a thread-static read and three field reads, and the arguments stay unboxed
/// (the facade's generic overloads). Only an enabled message looks up its driver's registration, formats the message
/// as tracefmt would, and records it; it calls no DDI, as the generated code's WmiTraceMessage is none of NtSim's.
/// </summary>
internal static class WppMessages
{
    /// <summary>Whether the machine of the calling thread has any enabled provider (the cheap first test).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool AnyEnabled() => KTHREAD.Current?.Machine.TracingIfUsed is { EnabledProviders: > 0 };

    /// <summary>Records one message if a session enables its driver's control GUID for its flags (and, for TraceEvents, its level).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void Trace(byte level, uint flags, bool checkLevel, string message, ReadOnlySpan<object?> args)
    {
        var thread = KTHREAD.Current!;
        var tracing = thread.Machine.Tracing;
        if (tracing.WppOf(thread.CurrentModule) is not { Control: { } control } registration
            || !registration.IsWppEnabledFor(checkLevel ? level : (byte)0, flags))
        {
            return;
        }

        // The caller's frame: the function, file and line %!FUNC!, %!FILE! and %!LINE! print (WPP's preprocessor puts them in the message).
        var frame = CallerFrame();
        var function = FunctionName(frame.GetMethod()?.Name ?? "");
        var file = Path.GetFileName(frame.GetFileName() ?? "");
        var line = frame.GetFileLineNumber();
        var site = new WppSite(function, file, line, control.FlagNames(flags), LevelName(level));
        var stamp = tracing.Stamp(thread);
        var record = new TraceEventRecord(TraceEventKind.Wpp, registration.ProviderId, registration.DisplayName)
        {
            SystemTime = stamp.SystemTime, InterruptTime = stamp.InterruptTime, Processor = stamp.Processor,
            ProcessId = stamp.ProcessId, ThreadId = stamp.ThreadId, Level = level, Keyword = flags,
            ActivityId = tracing.ActivityIdOf(thread), Message = WppFormat.Format(message, args, site),
            Function = function, File = file, Line = line,
        };
        var wppLevel = checkLevel ? level : (byte)0;
        tracing.Record(registration, record, enable => enable.PassesWpp(wppLevel, flags));
    }

    /// <summary>The first frame outside the WPP functions (the facade's may be inlined into the driver, or not).</summary>
    private static StackFrame CallerFrame()
    {
        var frames = new StackTrace(1, true).GetFrames();
        return frames.FirstOrDefault(f => f.GetMethod()?.DeclaringType is { } type && type != typeof(Wdm) && type != typeof(WppMessages))
            ?? new StackFrame();
    }

    /// <summary>A lambda's compiler-generated name ("&lt;DriverEntry&gt;b__0_0") is the function that contains it.</summary>
    private static string FunctionName(string name) =>
        name.StartsWith('<') && name.IndexOf('>', StringComparison.Ordinal) is var end and > 1 ? name[1..end] : name;

    internal static string LevelName(byte level) => level switch
    {
        Wdm.TRACE_LEVEL_NONE => "TRACE_LEVEL_NONE",
        Wdm.TRACE_LEVEL_CRITICAL => "TRACE_LEVEL_CRITICAL",
        Wdm.TRACE_LEVEL_ERROR => "TRACE_LEVEL_ERROR",
        Wdm.TRACE_LEVEL_WARNING => "TRACE_LEVEL_WARNING",
        Wdm.TRACE_LEVEL_INFORMATION => "TRACE_LEVEL_INFORMATION",
        Wdm.TRACE_LEVEL_VERBOSE => "TRACE_LEVEL_VERBOSE",
        _ => level.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
