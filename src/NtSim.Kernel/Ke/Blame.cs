using System.Diagnostics;
using System.Globalization;
using System.Reflection;

namespace NtSim;

/// <summary>Finds who is at fault for a bug check: the first stack frame outside NtSim and the .NET
/// runtime, as "Module!Type.Method, File.cs:42".</summary>
internal static class Blame
{
    /// <param name="frames">The stack of the thread that broke the rule.</param>
    /// <param name="thread">The simulated thread, whose current module is blamed when no frame is a driver's.</param>
    /// <param name="modules">The machine's loaded modules, which name a frame's module.</param>
    /// <param name="requireLine">Pass over driver frames without a source line (an instrumented
    /// method's entry probe runs before its first line) to the first that has one.</param>
    internal static (string? Module, string? Location) Find(StackTrace frames, KTHREAD? thread, ModuleList modules, bool requireLine = false)
    {
        (string? Module, string? Location)? first = null;
        foreach (var frame in frames.GetFrames())
        {
            var method = frame.GetMethod();
            var assembly = method?.DeclaringType?.Assembly;
            if (method is null || assembly is null || ModuleList.IsNtSim(assembly) || IsRuntime(assembly))
            {
                continue;
            }

            var module = modules.For(method).Name;
            var location = $"{module}!{CodeNames.Of(method)}";
            if (requireLine && frame.GetFileName() is null)
            {
                first ??= (module, location);
                continue;
            }

            var file = frame.GetFileName();
            if (file is not null)
            {
                location += ", " + SourceSite.Format(file, frame.GetFileLineNumber());
            }

            return (module, location);
        }

        if (first is { } unlined)
        {
            return unlined;
        }

        var current = thread?.CurrentModule;
        return (current is null || current == modules.Kernel ? null : current.Name, null);
    }

    /// <summary>A routine that has returned, named from its symbols: "Sample!SampleDriver.DispatchRead,
    /// SampleDriver.cs:42" (the line where its code starts).</summary>
    internal static (string Module, string Location) Of(MethodInfo method, ModuleList modules)
    {
        var module = modules.For(method).Name;
        var location = $"{module}!{CodeNames.Of(method)}";
        return SourceLines.Of(method) is { } line ? (module, $"{location}, {line}") : (module, location);
    }

    internal static bool IsRuntime(Assembly assembly)
    {
        var name = assembly.GetName().Name ?? "";
        return name.StartsWith("System.", StringComparison.Ordinal) || name is "System" or "mscorlib" or "netstandard"
            || name.StartsWith("Microsoft.", StringComparison.Ordinal) || name.StartsWith("xunit", StringComparison.Ordinal);
    }
}

/// <summary>The NT exception code Windows would report for a .NET exception.</summary>
internal static class ExceptionCodes
{
    // .NET raises its own exceptions with this SEH code ("CCR") on Windows.
    private const uint ClrException = 0xE0434352;

    internal static NTSTATUS For(Exception e) => e switch
    {
        NtStatusException s => s.Status,
        NullReferenceException or AccessViolationException => Wdm.STATUS_ACCESS_VIOLATION,
        DivideByZeroException => Wdm.STATUS_INTEGER_DIVIDE_BY_ZERO,
        OverflowException => Wdm.STATUS_INTEGER_OVERFLOW,
        IndexOutOfRangeException => Wdm.STATUS_ARRAY_BOUNDS_EXCEEDED,
        _ => unchecked((NTSTATUS)ClrException),
    };
}
