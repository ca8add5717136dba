using System.Diagnostics;

namespace NtSim;

internal sealed partial class ObjectManager
{
    // A lookup gives up after this many reparses (a symbolic link that leads back to itself).
    private const int MaxReparse = 32;

    /// <summary>ObpCaptureObjectCreateInformation: checks OBJECT_ATTRIBUTES and references the root
    /// directory. A malformed name from kernel mode is what Driver Verifier bug checks as 0xC4/0xE4.</summary>
    internal NTSTATUS Capture(in OBJECT_ATTRIBUTES attributes, KPROCESSOR_MODE mode, string ddi, out CapturedName captured)
    {
        captured = default;
        if (attributes.Length != OBJECT_ATTRIBUTES.Size || (attributes.Attributes & ~Wdm.OBJ_VALID_ATTRIBUTES) != 0)
        {
            return Wdm.STATUS_INVALID_PARAMETER;
        }

        string? name = null;
        if (attributes.ObjectName is { } objectName)
        {
            if (objectName.Malformation is { } why)
            {
                if (mode != Wdm.KernelMode)
                {
                    return Wdm.STATUS_INVALID_PARAMETER;
                }

                // 0xC4/0xE4: a Zw routine was passed a malformed UNICODE_STRING (P2 the call, P3 the string: no addresses here).
                _machine.Verifier.Violation(VerifierRules.ZwMalformedUnicodeString, 0, 0, 0,
                    $"{ddi}: ObjectAttributes.ObjectName is a malformed UNICODE_STRING: {why}");

                // Free build: the name is captured by its Length alone; an odd Length is STATUS_OBJECT_NAME_INVALID
                // and a Length past the buffer reads past it (an access violation here).
                if (objectName.ReadMalformation is { } unreadable)
                {
                    if (objectName.Length % 2 != 0)
                    {
                        return Wdm.STATUS_OBJECT_NAME_INVALID;
                    }

                    throw new NtStatusException(Wdm.STATUS_ACCESS_VIOLATION, $"{ddi}: ObjectAttributes.ObjectName: {unreadable}");
                }
            }

            name = objectName.ToString();
        }

        ObjectHeader? root = null;
        if (!attributes.RootDirectory.IsNull)
        {
            var status = ReferenceByHandle(attributes.RootDirectory, 0, null, mode, out root, out _);
            if (!Wdm.NT_SUCCESS(status))
            {
                return status;
            }
        }

        captured = new CapturedName(root, name, attributes.Attributes);
        return Wdm.STATUS_SUCCESS;
    }

    /// <summary>Drops the reference a capture took on its root directory.</summary>
    internal void Release(in CapturedName captured)
    {
        if (captured.Root is not null)
        {
            Dereference(captured.Root);
        }
    }

    /// <summary>
    /// ObpLookupObjectName. Open: <paramref name="found"/> is the object, referenced. Create: either
    /// <paramref name="found"/> is an object that already has the name (referenced), or
    /// <paramref name="parent"/> (referenced) and <paramref name="finalName"/> say where the new name goes.
    /// Names match case-insensitively with OBJ_CASE_INSENSITIVE or ObCaseInsensitive (the default); symbolic links are followed from the root; an object with a parse
    /// procedure gets the rest of the name.
    /// </summary>
    internal NTSTATUS Lookup(LookupRequest request, out ObjectHeader? found, out ObjectHeader? parent, out string? finalName)
    {
        var start = request.Root;
        var name = request.Name;
        for (var reparse = 0; reparse <= MaxReparse; reparse++)
        {
            NTSTATUS status;
            ObjectHeader? parser;
            string remaining;
            lock (_lock)
            {
                status = Walk(request, start, name, out found, out parent, out finalName, out parser, out remaining);
            }

            if (status == Wdm.STATUS_REPARSE)
            {
                name = remaining;
                start = null;
                continue;
            }

            if (parser is null)
            {
                return status;
            }

            string? reparseName;
            try
            {
                var parse = new ParseRequest(remaining, request.Attributes, request.DesiredAccess, request.AccessMode, request.ExpectedType, request.ParseContext);
                status = ((IObjectParser)parser.Body).Parse(parser, parse, out found, out reparseName);
            }
            finally
            {
                Dereference(parser);
            }

            if (status == Wdm.STATUS_REPARSE)
            {
                name = reparseName ?? throw new InvalidOperationException($"The parse procedure of {parser.Describe()} returned STATUS_REPARSE without a name.");
                start = null;
                continue;
            }

            if (!Wdm.NT_SUCCESS(status))
            {
                found = null;
            }

            return status;
        }

        found = parent = null;
        finalName = null;
        return Wdm.STATUS_OBJECT_NAME_NOT_FOUND;
    }

    /// <summary>ObOpenObjectByName without the handle: the object a name names, referenced, of the
    /// type asked for (STATUS_OBJECT_TYPE_MISMATCH otherwise).</summary>
    internal NTSTATUS OpenObjectByName(in CapturedName name, OBJECT_TYPE? type, uint desiredAccess, KPROCESSOR_MODE mode, object? parseContext, out ObjectHeader? found)
    {
        var request = new LookupRequest(name.Root, name.Name ?? "", name.Attributes, type, LookupIntent.Open, desiredAccess, mode, parseContext);
        var status = Lookup(request, out found, out _, out _);
        if (Wdm.NT_SUCCESS(status) && type is not null && found!.Type != type)
        {
            Dereference(found);
            found = null;
            return Wdm.STATUS_OBJECT_TYPE_MISMATCH;
        }

        return status;
    }

    /// <summary>ObOpenObjectByName: a handle to the object OBJECT_ATTRIBUTES name (a parse procedure
    /// on the way gets <paramref name="parseContext"/>). OBJ_KERNEL_HANDLE is honoured for kernel-mode
    /// callers only.</summary>
    internal NTSTATUS OpenObjectByName(in OBJECT_ATTRIBUTES attributes, OBJECT_TYPE? type, uint desiredAccess, KPROCESSOR_MODE mode, object? parseContext,
        KernelModule creator, string? file, int line, string ddi, out HANDLE handle)
    {
        handle = HANDLE.NULL;
        var status = Capture(attributes, mode, ddi, out var name);
        if (!Wdm.NT_SUCCESS(status))
        {
            return status;
        }

        try
        {
            status = OpenObjectByName(name, type, desiredAccess, mode, parseContext, out var header);
            if (Wdm.NT_SUCCESS(status))
            {
                var handleAttributes = mode == Wdm.KernelMode ? name.Attributes : name.Attributes & ~Wdm.OBJ_KERNEL_HANDLE;
                handle = parseContext is IParseGrant { GrantedAccess: { } granted }
                    ? InsertHandle(header!, granted, handleAttributes, null, null, creator, file, line)
                    : CreateHandle(header!, desiredAccess, handleAttributes, creator, file, line);
                Dereference(header!);
            }
        }
        finally
        {
            Release(name);
        }

        return status;
    }

    /// <summary>
    /// ObInsertObject: gives a new object (one reference, from <see cref="CreateObject"/>) its name
    /// and, if asked, a handle. The creation reference stays with the caller when
    /// <paramref name="keepReference"/> is set and is dropped otherwise. With a name that exists:
    /// STATUS_OBJECT_NAME_COLLISION, or with OBJ_OPENIF a handle to the existing object and
    /// STATUS_OBJECT_NAME_EXISTS; the new object is then deleted, and <paramref name="result"/> is
    /// the object that ended up with the name.
    /// </summary>
    internal NTSTATUS InsertObject(ObjectHeader header, in CapturedName name, uint desiredAccess, bool createHandle, bool keepReference,
        KernelModule creator, string? file, int line, out HANDLE handle, out ObjectHeader? result)
    {
        handle = HANDLE.NULL;
        result = null;
        var target = header;
        var status = Wdm.STATUS_SUCCESS;
        if (!name.IsUnnamed)
        {
            var request = new LookupRequest(name.Root, name.Name ?? "", name.Attributes, header.Type, LookupIntent.Create);
            status = Lookup(request, out var existing, out var parent, out var finalName);
            if (Wdm.NT_SUCCESS(status) && existing is not null)
            {
                status = (name.Attributes & Wdm.OBJ_OPENIF) == 0 ? Wdm.STATUS_OBJECT_NAME_COLLISION
                    : existing.Type != header.Type ? Wdm.STATUS_OBJECT_TYPE_MISMATCH
                    : Wdm.STATUS_OBJECT_NAME_EXISTS;
                if (status == Wdm.STATUS_OBJECT_NAME_EXISTS)
                {
                    target = existing;
                }
                else
                {
                    Dereference(existing);
                }
            }
            else if (Wdm.NT_SUCCESS(status))
            {
                Debug.Assert(parent is not null && finalName is not null);
                if (!TryName(header, parent, finalName, (name.Attributes & Wdm.OBJ_PERMANENT) != 0, IgnoresCase(request)))
                {
                    // Another thread took the name between the lookup and now.
                    Dereference(parent);
                    status = Wdm.STATUS_OBJECT_NAME_COLLISION;
                }
            }
        }
        else if ((name.Attributes & Wdm.OBJ_PERMANENT) != 0)
        {
            lock (_lock)
            {
                header.Permanent = true;
            }
        }

        if (!Wdm.NT_SUCCESS(status))
        {
            // ObInsertObject fails by deleting the new object.
            Dereference(header);
            return status;
        }

        if (createHandle)
        {
            handle = CreateHandle(target, desiredAccess, name.Attributes, creator, file, line);
        }

        if (target != header)
        {
            // OBJ_OPENIF opened the existing object: the lookup's reference goes to the caller or away, the new object goes.
            if (!keepReference)
            {
                Dereference(target);
            }

            Dereference(header);
        }
        else if (!keepReference)
        {
            Dereference(header);
        }

        result = target;
        return status;
    }

    /// <summary>The full name of an object ("\Device\Foo", "\" for the root), or null if it has none (any more).</summary>
    internal string? QueryName(ObjectHeader header)
    {
        lock (_lock)
        {
            return FullName(header);
        }
    }

    /// <summary>Names <paramref name="header"/> in <paramref name="directory"/> unless the name is
    /// taken; the name keeps the directory's reference the lookup took, and holds one on the object.
    /// OBJ_PERMANENT only keeps the name (and so that reference) past the last handle.</summary>
    private bool TryName(ObjectHeader header, ObjectHeader directory, string name, bool permanent, bool ignoreCase)
    {
        lock (_lock)
        {
            if (((ObjectDirectory)directory.Body).TryGet(name, ignoreCase, out _))
            {
                return false;
            }

            AddName(header, directory, name);
            header.Permanent = permanent;
            return true;
        }
    }

    /// <summary>Puts the name in the directory, with the pointer reference a name holds on its object
    /// (the one the object manager keeps for a permanent object: "Life Cycle of an Object", WDK).
    /// Lock held; the caller accounts for the directory's reference.</summary>
    private static void AddName(ObjectHeader header, ObjectHeader directory, string name)
    {
        ((ObjectDirectory)directory.Body).Add(name, header);
        header.Name = name;
        header.Directory = directory;
        header.PointerCount++;
    }

    /// <summary>Takes the name out of its directory and returns the directory, whose reference the
    /// caller drops after the lock, and then the object's reference the name held (DropName); null if
    /// the object had no name. Lock held.</summary>
    private static ObjectHeader? RemoveName(ObjectHeader header)
    {
        var directory = header.Directory;
        if (directory is not null)
        {
            ((ObjectDirectory)directory.Body).Remove(header.Name!, header);
            header.Directory = null;
        }

        return directory;
    }

    /// <summary>The object's full name (<c>\GLOBAL??\Hello</c>), or null for an unnamed object.</summary>
    internal string? FullNameOf(ObjectHeader header)
    {
        lock (_lock)
        {
            return FullName(header);
        }
    }

    /// <summary>Lock held.</summary>
    private string? FullName(ObjectHeader header)
    {
        if (header == Root)
        {
            return "\\";
        }

        if (header.Directory is null)
        {
            return null;
        }

        var parts = new List<string>();
        for (var h = header; h != Root; h = h.Directory)
        {
            if (h?.Directory is null)
            {
                return null;
            }

            parts.Add(h.Name!);
        }

        parts.Reverse();
        return "\\" + string.Join('\\', parts);
    }

    /// <summary>Whether a lookup ignores case (ObpLookupObjectName): with OBJ_CASE_INSENSITIVE; otherwise
    /// by "the default system settings" (OBJECT_ATTRIBUTES, ntdef.h): ObCaseInsensitive (on by default)
    /// for a lookup of no type or of a case-insensitive type. Events, mutants and semaphores are not:
    /// "Name comparison is case sensitive" (CreateEvent, CreateMutex, CreateSemaphore).</summary>
    private bool IgnoresCase(LookupRequest request) => (request.Attributes & Wdm.OBJ_CASE_INSENSITIVE) != 0
        || (_machine.Options.ObCaseInsensitive && (request.ExpectedType is null || request.ExpectedType.CaseInsensitive));

    /// <summary>One pass over a name from <paramref name="start"/> (the root when null), under the
    /// lock. Returns STATUS_REPARSE with the new name in <paramref name="remaining"/> at a symbolic
    /// link, or success with <paramref name="parser"/> (referenced) and the rest of the name when an
    /// object with a parse procedure must continue.</summary>
    private NTSTATUS Walk(LookupRequest request, ObjectHeader? start, string name, out ObjectHeader? found, out ObjectHeader? parent,
        out string? finalName, out ObjectHeader? parser, out string remaining)
    {
        found = parent = parser = null;
        finalName = null;
        remaining = "";
        ObjectHeader current;
        int pos;
        if (start is null)
        {
            // Without a root directory the name must be absolute (ZwOpenDirectoryObject: STATUS_OBJECT_PATH_SYNTAX_BAD).
            if (name.Length == 0 || name[0] != '\\')
            {
                return Wdm.STATUS_OBJECT_PATH_SYNTAX_BAD;
            }

            current = Root;
            pos = 1;
        }
        else
        {
            if (name.Length > 0 && name[0] == '\\')
            {
                return Wdm.STATUS_OBJECT_PATH_SYNTAX_BAD;
            }

            current = start;
            pos = 0;
            if (current.Body is not ObjectDirectory)
            {
                // A root that is not a directory (a file object) hands the whole name to its parse procedure.
                if (current.Body is IObjectParser)
                {
                    current.PointerCount++;
                    parser = current;
                    remaining = name;
                    return Wdm.STATUS_SUCCESS;
                }

                return Wdm.STATUS_OBJECT_TYPE_MISMATCH;
            }
        }

        if (pos == name.Length)
        {
            // "\" or an empty name relative to a root: the start directory itself.
            current.PointerCount++;
            found = current;
            return Wdm.STATUS_SUCCESS;
        }

        while (true)
        {
            var end = name.IndexOf('\\', pos);
            if (end < 0)
            {
                end = name.Length;
            }

            var component = name.AsSpan(pos, end - pos);
            if (component.IsEmpty)
            {
                // An empty string after a separator ("\Foo\", "\\Foo").
                return Wdm.STATUS_OBJECT_NAME_INVALID;
            }

            var last = end == name.Length;
            ObjectHeader? entry;
            if (current == Root && component.SequenceEqual("??"))
            {
                // \?? is the caller's DosDevices directory: \GLOBAL?? in the system context.
                entry = GlobalDosDevices;
            }
            else if (!((ObjectDirectory)current.Body).TryGet(component, IgnoresCase(request), out entry))
            {
                entry = null;
            }

            if (entry is null)
            {
                if (!last)
                {
                    return Wdm.STATUS_OBJECT_PATH_NOT_FOUND;
                }

                if (request.Intent != LookupIntent.Create)
                {
                    return Wdm.STATUS_OBJECT_NAME_NOT_FOUND;
                }

                current.PointerCount++;
                parent = current;
                finalName = component.ToString();
                return Wdm.STATUS_SUCCESS;
            }

            if (entry.Body is SymbolicLinkObject link)
            {
                // A last component that is a link names the link itself with OBJ_OPENLINK, when the
                // caller wants a link (ZwOpenSymbolicLinkObject), or when a new object would take its name.
                var keep = last && ((request.Attributes & Wdm.OBJ_OPENLINK) != 0 || request.ExpectedType == ObjectTypes.SymbolicLink
                    || request.Intent == LookupIntent.Create);
                if (!keep)
                {
                    var rest = name[end..];
                    remaining = link.Target.Length == 0 && rest.Length == 0 ? "\\" : link.Target + rest;
                    return Wdm.STATUS_REPARSE;
                }
            }
            else if (entry.Body is IObjectParser && (!last
                || (request.Intent == LookupIntent.Open && request.ExpectedType is not null && request.ExpectedType != entry.Type)))
            {
                // A device object: the I/O manager's parse procedure opens what lies beyond it (or, with
                // nothing beyond, a file on the device itself when the caller wants another type).
                entry.PointerCount++;
                parser = entry;
                remaining = name[end..];
                return Wdm.STATUS_SUCCESS;
            }

            if (last)
            {
                entry.PointerCount++;
                found = entry;
                return Wdm.STATUS_SUCCESS;
            }

            if (entry.Body is not ObjectDirectory)
            {
                return Wdm.STATUS_OBJECT_TYPE_MISMATCH;
            }

            current = entry;
            pos = end + 1;
        }
    }
}
