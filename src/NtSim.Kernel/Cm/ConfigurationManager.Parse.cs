namespace NtSim;

internal sealed partial class ConfigurationManager
{
    // Registry symbolic links are followed this many times in one name resolution at most.
    private const int MaxLinkDepth = 32;

    /// <summary>
    /// CmpParseKey, the Key type's parse procedure: resolves <paramref name="request"/>'s remaining
    /// name below <paramref name="start"/> and makes a new key object for the key it names. Names
    /// are case-insensitive; empty components (a doubled or trailing backslash) are skipped, as
    /// CmpGetNextName does. A missing key is STATUS_OBJECT_NAME_NOT_FOUND, wherever it is in the
    /// path, unless it is the last one and the caller creates (ZwCreateKey). A symbolic link key is
    /// followed (STATUS_REPARSE with its target and the rest of the name) unless it is the last key
    /// and the caller asked for the link itself (OBJ_OPENLINK or REG_OPTION_OPEN_LINK).
    /// </summary>
    internal NTSTATUS Parse(CmKeyBody start, ParseRequest request, out ObjectHeader? found, out string? reparseName)
    {
        found = null;
        reparseName = null;
        if (request.ExpectedType is not null && request.ExpectedType != ObjectTypes.Key)
        {
            // A name below \REGISTRY names keys only (ZwOpenDirectoryObject(\Registry\Machine)...).
            return Wdm.STATUS_OBJECT_TYPE_MISMATCH;
        }

        var context = request.Context as CmParseContext;
        var openLink = (request.Attributes & Wdm.OBJ_OPENLINK) != 0 || ((context?.Options ?? 0) & Wdm.REG_OPTION_OPEN_LINK) != 0;
        CmKeyNode target;
        lock (_lock)
        {
            var status = Resolve(start.Node, request.RemainingName, context, openLink, out target, out reparseName);
            Commit();
            if (status != Wdm.STATUS_SUCCESS)
            {
                return status;
            }

            target.OpenCount++;
        }

        var creator = context?.Creator ?? _machine.Modules.Kernel;
        found = _machine.ObjectManager.CreateObject(ObjectTypes.Key, new CmKeyBody(this, target), creator, context?.File, context?.Line ?? 0);
        return Wdm.STATUS_SUCCESS;
    }

    /// <summary>The key a name names below <paramref name="start"/>, creating the last one when
    /// the context says so. Lock held.</summary>
    private NTSTATUS Resolve(CmKeyNode start, string name, CmParseContext? context, bool openLink, out CmKeyNode target, out string? reparseName)
    {
        target = start;
        reparseName = null;
        if (start.Deleted)
        {
            return Wdm.STATUS_KEY_DELETED;
        }

        // The components are walked in place: a lookup allocates nothing unless it creates or reparses.
        var node = start;
        var created = false;
        var position = SkipSeparators(name, 0);
        while (position < name.Length)
        {
            var end = name.IndexOf('\\', position);
            end = end < 0 ? name.Length : end;
            var component = name.AsSpan(position, end - position);
            var next = SkipSeparators(name, end);
            var last = next >= name.Length;
            var child = node.FindSubKey(component);
            if (child is null)
            {
                if (!last || context is not { Create: true })
                {
                    return Wdm.STATUS_OBJECT_NAME_NOT_FOUND;
                }

                var status = CreateSubKey(node, component.ToString(), context.Options, context.Class, out child);
                if (status != Wdm.STATUS_SUCCESS)
                {
                    return status;
                }

                created = true;
            }
            else if (child.IsSymbolicLink && (!last || !openLink))
            {
                // A link without a target names nothing.
                var linkTarget = child.LinkTarget;
                if (string.IsNullOrEmpty(linkTarget))
                {
                    return Wdm.STATUS_OBJECT_NAME_NOT_FOUND;
                }

                reparseName = last ? linkTarget : linkTarget + "\\" + string.Join('\\', name[next..].Split('\\', StringSplitOptions.RemoveEmptyEntries));
                return Wdm.STATUS_REPARSE;
            }

            node = child!;
            position = next;
        }

        if (context is not null)
        {
            context.Disposition = created ? Wdm.REG_CREATED_NEW_KEY : Wdm.REG_OPENED_EXISTING_KEY;
        }

        target = node;
        return Wdm.STATUS_SUCCESS;
    }

    /// <summary>
    /// The key an absolute registry path names, for the host and the debugger: "\REGISTRY\MACHINE\...",
    /// or the abbreviations HKLM\..., HKEY_LOCAL_MACHINE\..., HKU\..., HKEY_USERS\.... Symbolic
    /// links are followed, the last one too unless <paramref name="openLink"/>; null if there is no
    /// such key. Lock held.
    /// </summary>
    private CmKeyNode? Find(string path, bool openLink = false)
    {
        var name = Canonical(path);
        for (var depth = 0; depth <= MaxLinkDepth; depth++)
        {
            var prefix = "\\" + RootName;
            if (!name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                || (name.Length > prefix.Length && name[prefix.Length] != '\\'))
            {
                return null;
            }

            var status = Resolve(Root, name[prefix.Length..], null, openLink, out var target, out var reparse);
            if (status == Wdm.STATUS_REPARSE)
            {
                name = reparse!;
                continue;
            }

            return status == Wdm.STATUS_SUCCESS ? target : null;
        }

        return null;
    }

    private static int SkipSeparators(string name, int position)
    {
        while (position < name.Length && name[position] == '\\')
        {
            position++;
        }

        return position;
    }

    /// <summary>"HKLM\SYSTEM" as "\REGISTRY\MACHINE\SYSTEM"; other names unchanged.</summary>
    internal static string Canonical(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        foreach (var (abbreviation, full) in s_roots)
        {
            if (path.StartsWith(abbreviation, StringComparison.OrdinalIgnoreCase)
                && (path.Length == abbreviation.Length || path[abbreviation.Length] == '\\'))
            {
                return full + path[abbreviation.Length..];
            }
        }

        return path;
    }

    private static readonly (string Abbreviation, string Full)[] s_roots =
    [
        ("HKEY_LOCAL_MACHINE", @"\REGISTRY\MACHINE"),
        ("HKLM", @"\REGISTRY\MACHINE"),
        ("HKEY_USERS", @"\REGISTRY\USER"),
        ("HKU", @"\REGISTRY\USER"),
    ];
}
