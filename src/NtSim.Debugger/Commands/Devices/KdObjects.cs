using NtSim.Debugger.Engine;
using NtSim.Debugger.Target.Views;

namespace NtSim.Debugger.Commands.Devices;

/// <summary>How the device commands find their object in the target's views (live or dump alike): a name in the
/// namespace or an address (an expression).</summary>
internal static class KdObjects
{
    // ObpLookupObjectName gives up after this many symbolic links (NtSim's ObjectManager: MaxReparse).
    private const int MaxReparse = 32;

    /// <summary>The driver object named <c>Zero</c>, <c>\Driver\Zero</c> (or <c>\FileSystem\...</c>), or at an address; null after printing why not.</summary>
    internal static KdDriverView? Driver(KdContext context, string argument)
    {
        var address = Named(context, argument, @"\Driver\", @"\FileSystem\") ?? AtAddress(context, argument)?.Address;
        if (context.Target.Snapshot.Drivers.FirstOrDefault(d => d.Address == address) is { } driver)
        {
            return driver;
        }

        context.Error($"Could not find driver object {argument}");
        return null;
    }

    /// <summary>The device object named <c>Zero</c> or <c>\Device\Zero</c>, or at an address; null after printing why not.</summary>
    internal static KdDeviceView? Device(KdContext context, string argument)
    {
        var address = Named(context, argument, @"\Device\") ?? AtAddress(context, argument)?.Address;
        if (DeviceAt(context, address ?? 0) is { } device)
        {
            return device;
        }

        context.Error($"Could not find device object {argument}");
        return null;
    }

    /// <summary>The device object at <paramref name="address"/>, or null.</summary>
    internal static KdDeviceView? DeviceAt(KdContext context, ulong address) =>
        address == 0 ? null : context.Target.Snapshot.Devices.FirstOrDefault(d => d.Address == address);

    /// <summary>The device node at <paramref name="address"/>, or null.</summary>
    internal static KdDevNodeView? DevNodeAt(KdContext context, ulong address) =>
        address == 0 ? null : context.Target.Snapshot.DevNodes.FirstOrDefault(n => n.Address == address);

    /// <summary>The object whose body is at the address <paramref name="expression"/> names, quietly null if none.</summary>
    internal static KdObjectView? AtAddress(KdContext context, string expression) =>
        KdExpression.TryEvaluate(expression, context, out var address, out _) && context.Target.Snapshot.Namespace is { } names
            ? names.Objects.FirstOrDefault(o => o.Address == address)
            : null;

    /// <summary>The object a full name names, following symbolic links except a last one (as OBJ_OPENLINK does) and
    /// stopping at an object with a parse procedure (a device), as the object manager's look-up does; null if none.</summary>
    internal static KdObjectView? Find(KdContext context, string path)
    {
        if (context.Target.Snapshot.Namespace is not { } names)
        {
            return null;
        }

        var objects = names.Objects.ToDictionary(o => o.Address);
        var name = path;
        for (var reparse = 0; reparse <= MaxReparse; reparse++)
        {
            if (name.Length == 0 || name[0] != '\\' || !objects.TryGetValue(names.Root, out var current))
            {
                return null;
            }

            if (name.Length == 1)
            {
                return current;
            }

            var pos = 1;
            while (true)
            {
                var end = name.IndexOf('\\', pos);
                end = end < 0 ? name.Length : end;
                var component = name[pos..end];
                var last = end == name.Length;
                // \?? is the caller's DosDevices directory: \GLOBAL?? in the system context.
                var entry = current.Address == names.Root && component == "??" ? objects.GetValueOrDefault(names.GlobalDosDevices)
                    : Entry(current, component, names.CaseInsensitive) is { } found ? objects.GetValueOrDefault(found.Address) : null;
                if (component.Length == 0 || entry is null)
                {
                    return null;
                }

                if (entry.LinkTarget is { } target && !last)
                {
                    var rest = name[end..];
                    name = target.Length == 0 && rest.Length == 0 ? "\\" : target + rest;
                    break;
                }

                if (last || (entry.Parses && entry.LinkTarget is null))
                {
                    return entry;
                }

                if (entry.Entries is null)
                {
                    return null;
                }

                current = entry;
                pos = end + 1;
            }
        }

        return null;
    }

    /// <summary>Prints that the dump lacks <paramref name="section"/>, which <paramref name="command"/> reads, and returns true, when it does.</summary>
    internal static bool Missing(KdContext context, string command, string section)
    {
        if (context.Target.Snapshot.Has(section))
        {
            return false;
        }

        context.Error($"{command}: not in this dump (a small dump keeps no driver, device or object manager state; a kernel dump does)");
        return true;
    }

    // The exact spelling first, then, ignoring case, the first entry that differs only in case (the object manager takes
    // the oldest such entry; its directory listing keeps no age, so here the first by name).
    private static KdDirectoryEntryView? Entry(KdObjectView directory, string name, bool ignoreCase) =>
        directory.Entries?.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.Ordinal))
        ?? (ignoreCase ? directory.Entries?.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase)) : null);

    private static ulong? Named(KdContext context, string argument, params string[] directories) =>
        argument.StartsWith('\\') ? Find(context, argument)?.Address
        : directories.Select(d => Find(context, d + argument)?.Address).FirstOrDefault(a => a is not null);
}
