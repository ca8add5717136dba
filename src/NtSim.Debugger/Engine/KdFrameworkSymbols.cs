using System.Reflection;

namespace NtSim.Debugger.Engine;

/// <summary>
/// The framework's routines named as KMDF's module names them: NtSim.Wdf plays Wdf01000.sys, so the dispatch
/// routines it puts in a KMDF driver's object are <c>Wdf01000!FxDevice::DispatchWithLock</c>, its unload and
/// AddDevice <c>Wdf01000!FxDriver::Unload</c> and <c>Wdf01000!FxDriver::AddDevice</c> (Windows-Driver-Frameworks
/// fxdriver.cpp and fxdriverkm.cpp set them so); another framework routine is <c>Wdf01000!Type::Method</c>, in
/// the C++ spelling WinDbg prints for the framework's classes.
/// </summary>
internal static class KdFrameworkSymbols
{
    /// <summary>The framework's module name as Windows loads it.</summary>
    internal const string Module = "Wdf01000";

    // NtSim's framework assembly: a KMDF driver's routines that live there are the framework's.
    private const string Assembly = "NtSim.Wdf";

    // NtSim's routines that stand for KMDF's own, by "Type.Method".
    private static readonly Dictionary<string, string> s_kmdf = new(StringComparer.Ordinal)
    {
        ["FxDispatch.Dispatch"] = "FxDevice::DispatchWithLock",
        ["FxDriver.Unload"] = "FxDriver::Unload",
        ["FxDriver.AddDevice"] = "FxDriver::AddDevice",
    };

    /// <summary><c>Wdf01000!FxDevice::DispatchWithLock</c> for a framework routine, null for any other.</summary>
    internal static string? NameOf(MethodInfo method)
    {
        if (method.DeclaringType is not { } type || type.Assembly.GetName().Name != Assembly)
        {
            return null;
        }

        var outer = type;
        while (outer.DeclaringType is { } declaring && outer.Name.StartsWith('<'))
        {
            // A lambda's closure class: the routine is named after the class that holds it.
            outer = declaring;
        }

        var key = outer.Name + "." + method.Name;
        return Module + "!" + (s_kmdf.TryGetValue(key, out var kmdf) ? kmdf : outer.Name + "::" + method.Name);
    }
}
