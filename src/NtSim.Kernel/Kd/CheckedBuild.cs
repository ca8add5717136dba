using System.Diagnostics;
using System.Reflection;

namespace NtSim;

/// <summary>
/// Whether the code that failed an assertion is a checked (DBG=1) build. In C that is a property of
/// the driver's build: the WDK's Debug configuration defines DBG=1, which turns ASSERT, NT_ASSERT and
/// KdBreakPoint on. Here a driver assembly built in Debug (its DebuggableAttribute disables the JIT
/// optimizer) is checked and one built in Release is free, unless <see cref="MachineOptions.Checked"/>
/// decides for every driver. Asked only when an assertion fails (or KdBreakPoint is called), so a
/// passing assertion costs nothing.
/// </summary>
internal static class CheckedBuild
{
    internal static bool IsChecked(Machine machine) =>
        machine.Options.Checked ?? (Caller() is { } assembly && IsDebugBuild(assembly));

    /// <summary>A Debug build: the compiler marked the assembly for the debugger with the JIT optimizer off.</summary>
    internal static bool IsDebugBuild(Assembly assembly) =>
        assembly.GetCustomAttribute<DebuggableAttribute>() is { IsJITOptimizerDisabled: true };

    /// <summary>The assembly of the first frame outside NtSim: the driver that wrote the macro.</summary>
    private static Assembly? Caller()
    {
        foreach (var frame in new StackTrace(1, false).GetFrames())
        {
            var assembly = frame.GetMethod()?.DeclaringType?.Assembly;
            if (assembly is not null && !ModuleList.IsNtSim(assembly))
            {
                return assembly;
            }
        }

        return null;
    }
}
