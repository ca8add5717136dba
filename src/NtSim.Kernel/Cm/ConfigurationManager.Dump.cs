using System.Text;

namespace NtSim;

internal sealed partial class ConfigurationManager
{
    /// <summary>
    /// A key tree as text: the key's full name, then, two spaces deeper for each level, its values
    /// ("Start = REG_DWORD 0x00000003 (3)") and its subkeys in enumeration order; volatile keys are
    /// marked, symbolic links show their target and are not descended into.
    /// </summary>
    internal string Dump(string path, bool recursive)
    {
        var text = new StringBuilder();
        lock (_lock)
        {
            var node = Find(path, openLink: true) ?? throw NoSuchKey(path);
            text.Append(node.FullName).Append(Describe(node)).AppendLine();
            DumpKey(text, node, 1, recursive);
        }

        return text.ToString();
    }

    private static void DumpKey(StringBuilder text, CmKeyNode node, int depth, bool recursive)
    {
        foreach (var value in node.Values)
        {
            text.Append(' ', depth * 2).Append(ToHost(value)).AppendLine();
        }

        if (node.IsSymbolicLink)
        {
            return;
        }

        foreach (var child in node.SubKeys)
        {
            text.Append(' ', depth * 2).Append(child.Name).Append(Describe(child)).AppendLine();
            if (recursive && !child.IsSymbolicLink)
            {
                DumpKey(text, child, depth + 1, recursive);
            }
        }
    }

    private static string Describe(CmKeyNode node) =>
        (node.IsVolatile ? " [volatile]" : "") + (node.IsSymbolicLink ? " -> " + (node.LinkTarget ?? "(no target)") : "");
}
