using System.Globalization;
using System.Text;

namespace NtSim;

internal sealed partial class ObjectManager
{
    /// <summary>The object a full name names, following symbolic links except a last one (as
    /// OBJ_OPENLINK does), without calling parse procedures; null if there is none.</summary>
    internal ObjectHeader? Find(string path)
    {
        var request = new LookupRequest(null, path, Wdm.OBJ_OPENLINK, null, LookupIntent.Open);
        lock (_lock)
        {
            var status = Walk(request, null, path, out var found, out _, out _, out var parser, out var remaining);
            for (var reparse = 0; status == Wdm.STATUS_REPARSE && reparse < MaxReparse; reparse++)
            {
                status = Walk(request, null, remaining, out found, out _, out _, out parser, out remaining);
            }

            var result = Wdm.NT_SUCCESS(status) && status != Wdm.STATUS_REPARSE ? found ?? parser : null;
            // Walk referenced what it returned; a debugger's look takes no reference.
            foreach (var h in (ObjectHeader?[])[found, parser])
            {
                if (h is not null)
                {
                    h.PointerCount--;
                }
            }

            return result;
        }
    }

    /// <summary>The entries of a directory: (name, type name, link target or null), ordered by name.</summary>
    internal IReadOnlyList<(string Name, string Type, string? Target)> ListDirectory(string path)
    {
        var directory = Find(path) ?? throw new ArgumentException($"No object is named {path}.", nameof(path));
        if (directory.Body is not ObjectDirectory body)
        {
            throw new ArgumentException($"{path} is a {directory.Type.Name}, not a Directory.", nameof(path));
        }

        lock (_lock)
        {
            return [.. body.Entries.Select(e => (e.Name!, e.Type.Name, (e.Body as SymbolicLinkObject)?.Target))];
        }
    }

    /// <summary>A directory tree as text, one object a line, the way WinObj shows it:
    /// "  Device  Directory", "  DosDevices  SymbolicLink -> \??".</summary>
    internal string Dump(string path, bool recursive)
    {
        var text = new StringBuilder();
        var start = Find(path) ?? throw new ArgumentException($"No object is named {path}.", nameof(path));
        lock (_lock)
        {
            text.Append(FullName(start)).Append("  ").Append(start.Type.Name).AppendLine();
            if (start.Body is ObjectDirectory directory)
            {
                DumpDirectory(text, directory, 1, recursive);
            }
        }

        return text.ToString();
    }

    private static void DumpDirectory(StringBuilder text, ObjectDirectory directory, int depth, bool recursive)
    {
        foreach (var entry in directory.Entries)
        {
            text.Append(' ', depth * 2).Append(entry.Name).Append("  ").Append(entry.Type.Name);
            if (entry.Body is SymbolicLinkObject link)
            {
                text.Append(" -> ").Append(link.Target.Length == 0 ? "\"\"" : link.Target);
            }

            text.Append(CultureInfo.InvariantCulture, $"  (P={entry.PointerCount} H={entry.HandleCount})").AppendLine();
            if (recursive && entry.Body is ObjectDirectory child)
            {
                DumpDirectory(text, child, depth + 1, recursive);
            }
        }
    }
}
