using System.Reflection;

namespace NtSim;

/// <summary>Readable names for driver code, as a debugger shows symbols: "Type.Method", with the
/// compiler's lambda and closure names turned back into the method that contains them.</summary>
internal static class CodeNames
{
    /// <summary>"SampleDriver.SampleDpcRoutine", or "SampleDriver.DriverEntry.lambda" for a lambda.</summary>
    internal static string Of(MethodBase method)
    {
        var type = method.DeclaringType;
        while (type is not null && type.IsNested && IsGenerated(type.Name))
        {
            type = type.DeclaringType;
        }

        var name = method.Name;
        var lambda = false;
        var local = name.IndexOf(">g__", StringComparison.Ordinal);
        if (name.StartsWith('<') && local > 0)
        {
            // A local function: "<Outer>g__Name|0_1" is "Outer.Name".
            var end = name.IndexOf('|', local);
            name = name[1..local] + "." + (end > local ? name[(local + 4)..end] : name[(local + 4)..]);
        }
        else if (name.StartsWith('<'))
        {
            var end = name.IndexOf('>', StringComparison.Ordinal);
            name = end > 1 ? name[1..end] : "lambda";
            lambda = true;
        }

        var typeName = type is null ? "" : Clean(type.Name) + ".";
        return typeName + name + (lambda ? ".lambda" : "");
    }

    /// <summary>The name a thread gets from its start routine.</summary>
    internal static string ThreadName(Delegate routine)
    {
        var name = Of(routine.Method);
        // The last part: the method, the local function, or for a lambda the method that holds it.
        name = name.Replace(".lambda", "", StringComparison.Ordinal);
        var dot = name.LastIndexOf('.');
        return dot >= 0 ? name[(dot + 1)..] : name;
    }

    private static bool IsGenerated(string name) => name.StartsWith('<');

    private static string Clean(string name)
    {
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick >= 0 ? name[..tick] : name;
    }
}
