using NtSim.Debugger.Target.Views;

namespace NtSim.Debugger.Target;

internal sealed partial class KdSnapshot
{
    /// <summary>The object namespace and every live object (!object; the names !drvobj, !devobj and !devstack take).
    /// Not in a small dump, which keeps no object manager state.</summary>
    [KdSection("namespace")]
    internal KdNamespaceView? Namespace => Section("namespace", CaptureNamespace, null);

    private static KdNamespaceView CaptureNamespace(Machine machine)
    {
        var objects = machine.ObjectManager;
        return new KdNamespaceView(objects.Root.BodyAddress, objects.GlobalDosDevices.BodyAddress, machine.Options.ObCaseInsensitive,
            [.. objects.LiveObjects().Select(h => new KdObjectView(h.BodyAddress, h.Address, h.Type.Name, objects.TypeObjectAddress(h.Type),
                h.HandleCount, h.PointerCount, h.Name, h.Directory?.BodyAddress ?? 0, (h.Body as SymbolicLinkObject)?.Target, h.Body is IObjectParser,
                h.Body is ObjectDirectory ? [.. objects.EntriesOf(h).Select(e => new KdDirectoryEntryView(e.BodyAddress, e.Type.Name, e.Name!))] : null))]);
    }
}
