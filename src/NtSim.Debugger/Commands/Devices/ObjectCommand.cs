using System.Globalization;
using NtSim.Debugger.Engine;

namespace NtSim.Debugger.Commands.Devices;

/// <summary><c>!object path|address</c>: an object's header (type, counts, directory, name); a directory's entries by
/// hash bucket; a symbolic link's target.</summary>
internal sealed class ObjectCommand : KdCommand
{
    // NUMBER_HASH_BUCKETS (ob.h): an object directory hashes names into 37 buckets.
    private const int HashBuckets = 37;

    public override IReadOnlyList<string> Names { get; } = ["!object"];

    public override string Help => "!object <path|address>  an object's header; a directory's entries; a link's target";

    public override void Run(KdContext context, string name, string arguments)
    {
        var words = KdCommandLine.Words(arguments);
        if (words.Count != 1)
        {
            context.Error("Usage: !object <path|address>");
            return;
        }

        var objects = context.Machine.ObjectManager;
        var header = words[0].StartsWith('\\')
            ? objects.Find(words[0])
            : KdExpression.TryEvaluate(words[0], context, out var address, out _) ? objects.FindObject(address) : null;
        if (header is null)
        {
            context.Error(words[0].StartsWith('\\') ? $"Object {words[0]} not found" : $"Not a valid object (ObjectType invalid) at '{words[0]}'");
            return;
        }

        context.Line($"Object: {KdFormat.Hex64(header.BodyAddress)}  Type: ({KdFormat.Hex64(objects.TypeObjectAddress(header.Type))}) {header.Type.Name}");
        context.Line($"    ObjectHeader: {KdFormat.Hex64(header.Address)} (new version)");
        context.Line($"    HandleCount: {header.HandleCount.ToString(CultureInfo.InvariantCulture)}  PointerCount: {header.PointerCount.ToString(CultureInfo.InvariantCulture)}");
        if (header == objects.Root)
        {
            context.Line("    Directory Object: 00000000  Name: \\");
        }
        else if (header.Name is not null)
        {
            var directory = header.Directory is { } parent ? KdFormat.Hex64(parent.BodyAddress) : "00000000";
            context.Line($"    Directory Object: {directory}  Name: {header.Name}");
        }

        switch (header.Body)
        {
            case ObjectDirectory:
                Entries(context, objects.EntriesOf(header));
                break;
            case SymbolicLinkObject link:
                context.Line($"    Target String is '{link.Target}'");
                break;
        }
    }

    private static void Entries(KdContext context, IReadOnlyList<ObjectHeader> entries)
    {
        context.Line();
        context.Line("    Hash Address          Type          Name");
        context.Line("    ---- -------          ----          ----");
        // In a bucket Windows lists the newest entry first; NtSim keeps no insertion order, so a bucket is by name.
        foreach (var bucket in entries.GroupBy(e => Hash(e.Name!)).OrderBy(g => g.Key))
        {
            var first = true;
            foreach (var entry in bucket)
            {
                var hash = first ? bucket.Key.ToString("x2", CultureInfo.InvariantCulture) : "  ";
                context.Line($"     {hash}  {KdFormat.Hex64(entry.BodyAddress)} {entry.Type.Name,-13} {entry.Name}");
                first = false;
            }
        }
    }

    // ObpLookupEntryDirectory's hash: over the upcased name, h += (h << 1) + (h >> 1) + c; bucket = h % 37.
    private static int Hash(string name)
    {
        uint hash = 0;
        foreach (var c in name)
        {
            hash += (hash << 1) + (hash >> 1) + char.ToUpperInvariant(c);
        }

        return (int)(hash % HashBuckets);
    }
}
