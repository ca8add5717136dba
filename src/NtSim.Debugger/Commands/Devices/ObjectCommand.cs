using System.Globalization;
using NtSim.Debugger.Engine;
using NtSim.Debugger.Target.Views;

namespace NtSim.Debugger.Commands.Devices;

/// <summary><c>!object path|address</c>: an object's header (type, counts, directory, name); a directory's entries by
/// hash bucket; a symbolic link's target.</summary>
internal sealed class ObjectCommand : KdCommand
{
    // NUMBER_HASH_BUCKETS (ob.h): an object directory hashes names into 37 buckets.
    private const int HashBuckets = 37;

    public override IReadOnlyList<string> Names { get; } = ["!object"];

    public override bool ReadsDumps => true;

    public override string Help => "!object <path|address>  an object's header; a directory's entries; a link's target";

    public override void Run(KdContext context, string name, string arguments)
    {
        var words = KdCommandLine.Words(arguments);
        if (words.Count != 1)
        {
            context.Error("Usage: !object <path|address>");
            return;
        }

        if (KdObjects.Missing(context, name, "namespace"))
        {
            return;
        }

        var header = words[0].StartsWith('\\') ? KdObjects.Find(context, words[0]) : KdObjects.AtAddress(context, words[0]);
        if (header is null)
        {
            context.Error(words[0].StartsWith('\\') ? $"Object {words[0]} not found" : $"Not a valid object (ObjectType invalid) at '{words[0]}'");
            return;
        }

        context.Line($"Object: {KdFormat.Hex64(header.Address)}  Type: ({KdFormat.Hex64(header.TypeAddress)}) {header.Type}");
        context.Line($"    ObjectHeader: {KdFormat.Hex64(header.HeaderAddress)} (new version)");
        context.Line($"    HandleCount: {header.HandleCount.ToString(CultureInfo.InvariantCulture)}  PointerCount: {header.PointerCount.ToString(CultureInfo.InvariantCulture)}");
        if (header.Address == context.Target.Snapshot.Namespace!.Root)
        {
            context.Line("    Directory Object: 00000000  Name: \\");
        }
        else if (header.Name is not null)
        {
            var directory = header.Directory != 0 ? KdFormat.Hex64(header.Directory) : "00000000";
            context.Line($"    Directory Object: {directory}  Name: {header.Name}");
        }

        if (header.Entries is { } entries)
        {
            Entries(context, entries);
        }
        else if (header.LinkTarget is { } target)
        {
            context.Line($"    Target String is '{target}'");
        }
    }

    private static void Entries(KdContext context, IReadOnlyList<KdDirectoryEntryView> entries)
    {
        context.Line();
        context.Line("    Hash Address          Type          Name");
        context.Line("    ---- -------          ----          ----");
        // In a bucket Windows lists the newest entry first; NtSim keeps no insertion order, so a bucket is by name.
        foreach (var bucket in entries.GroupBy(e => Hash(e.Name)).OrderBy(g => g.Key))
        {
            var first = true;
            foreach (var entry in bucket)
            {
                var hash = first ? bucket.Key.ToString("x2", CultureInfo.InvariantCulture) : "  ";
                context.Line($"     {hash}  {KdFormat.Hex64(entry.Address)} {entry.Type,-13} {entry.Name}");
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
