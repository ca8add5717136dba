using NtSim.Debugger.Engine;
using NtSim.Debugger.Target.Views;

namespace NtSim.Debugger.Commands.Wdf;

/// <summary>What the wdfkd commands share: a handle argument resolved to the framework object it names (in the target's
/// view of the framework), a driver named as wdfkd takes it (<c>echo</c> or <c>echo.sys</c>), and a callback as
/// <c>(0xaddress) module!Routine</c>.</summary>
internal static class WdfLookup
{
    /// <summary>The object among <paramref name="objects"/> whose handle the command's one argument (a handle expression)
    /// names; prints the error and returns null otherwise.</summary>
    internal static T? Object<T>(KdContext context, string command, string arguments, string typeName, IEnumerable<T> objects, Func<T, ulong> handleOf)
        where T : class
    {
        var words = KdCommandLine.Words(arguments);
        if (words.Count == 0)
        {
            // NtSim's line: wdfkd prints its usage; the handle is the one argument these commands need.
            context.Error($"{command}: a {typeName} handle is required ({command} <handle>)");
            return null;
        }

        if (context.Evaluate(words[0]) is not { } handle)
        {
            return null;
        }

        if (Target.KdSectionMissing.Report(context, command, "wdf"))
        {
            return null;
        }

        if (objects.FirstOrDefault(o => handleOf(o) == handle) is { } found)
        {
            return found;
        }

        context.Error($"{command}: 0x{handle:x} is not the handle of a live {typeName}");
        return null;
    }

    /// <summary>The KMDF driver named <paramref name="name"/> (its service, with or without <c>.sys</c>), or null after the error.</summary>
    internal static KdWdfDriverView? Driver(KdContext context, string command, string name)
    {
        if (Target.KdSectionMissing.Report(context, command, "wdf"))
        {
            return null;
        }

        var service = name.EndsWith(".sys", StringComparison.OrdinalIgnoreCase) ? name[..^4] : name;
        var found = context.Target.Snapshot.Wdf.Drivers
            .FirstOrDefault(c => string.Equals(c.ServiceName, service, StringComparison.OrdinalIgnoreCase));
        if (found is null)
        {
            context.Error($"{command}: no KMDF driver named '{name}' is loaded");
        }

        return found;
    }

    /// <summary>A callback as wdfkd prints it: <c>(0xfffff80012341010) echo!EchoQueue.EchoEvtIoRead</c>.</summary>
    internal static string Callback(Machine machine, Delegate routine)
    {
        // The shared symbol mapping (Engine/KdSymbols), as x, ln and !drvobj name routines.
        return $"(0x{KdSymbols.AddressOf(machine, routine):x}) {KdSymbols.NameOf(machine, routine)}";
    }

    /// <summary>The enum's name without KMDF's <c>Wdf</c> prefix, as wdfkd prints scopes and levels (<c>ExecutionLevelDispatch</c>).</summary>
    internal static string WithoutWdf<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var text = value.ToString();
        return text.StartsWith("Wdf", StringComparison.Ordinal) ? text[3..] : text;
    }
}
