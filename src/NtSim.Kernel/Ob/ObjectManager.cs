using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace NtSim;

/// <summary>
/// The object manager of one machine: object headers and reference counts, the namespace
/// (<c>\</c>, <c>\Device</c>, <c>\GLOBAL??</c>...), symbolic links and handle tables.
/// One lock guards all of it. It is a leaf: no other lock is taken under it, and body procedures
/// (close, delete, parse) and bug checks run after it is released.
/// </summary>
internal sealed partial class ObjectManager
{
    private readonly Lock _lock = new();
    private readonly Machine _machine;
    private readonly Dictionary<OBJECT_TYPE, ObjectHeader> _typeObjects = [];
    private readonly Dictionary<ulong, ObjectHeader> _live = [];

    internal ObjectManager(Machine machine)
    {
        _machine = machine;
        KernelHandleTable = new HandleTable("System");
        Root = CreateBootObject(ObjectTypes.Directory, new ObjectDirectory(), null, null);
        var objectTypes = CreateBootObject(ObjectTypes.Directory, new ObjectDirectory(), Root, "ObjectTypes");
        foreach (var type in ObjectTypes.All)
        {
            _typeObjects.Add(type, CreateBootObject(ObjectTypes.Type, new ObjectTypeObject(type), objectTypes, type.Name));
        }

        // The directory objects were created before their type object existed: count them now.
        foreach (var header in _live.Values)
        {
            TypeObject(header.Type).ObjectCreated();
        }

        GlobalDosDevices = CreateBootObject(ObjectTypes.Directory, new ObjectDirectory(), Root, "GLOBAL??");
        foreach (var name in (string[])["BaseNamedObjects", "Callback", "Device", "Driver", "FileSystem", "KernelObjects"])
        {
            CreateBootObject(ObjectTypes.Directory, new ObjectDirectory(), Root, name);
        }

        CreateBootObject(ObjectTypes.SymbolicLink, new SymbolicLinkObject(@"\??", SystemTime), Root, "DosDevices");
        CreateBootObject(ObjectTypes.SymbolicLink, new SymbolicLinkObject(@"\GLOBAL??", SystemTime), GlobalDosDevices, "Global");
        CreateBootObject(ObjectTypes.SymbolicLink, new SymbolicLinkObject("", SystemTime), GlobalDosDevices, "GLOBALROOT");
    }

    internal Machine Machine => _machine;

    /// <summary>The root directory, <c>\</c>.</summary>
    internal ObjectHeader Root { get; }

    /// <summary><c>\GLOBAL??</c>: the DosDevices directory that <c>\??</c> stands for in the system context.</summary>
    internal ObjectHeader GlobalDosDevices { get; }

    /// <summary>The kernel handle table (ObpKernelHandleTable), which is the System process's table.</summary>
    internal HandleTable KernelHandleTable { get; }

    /// <summary>The system time now (100 ns units since 1601), for creation times.</summary>
    internal long SystemTime => _machine.SystemTimeAtBoot + _machine.InterruptTime;

    /// <summary>ObCreateObject: a new object with one reference (the caller's), in no directory and
    /// no handle table yet. Its address is carved from system space with room for the header, unless
    /// the body already has one (a thread Ke created).</summary>
    internal ObjectHeader CreateObject(OBJECT_TYPE type, IObjectBody body, KernelModule creator, string? file, int line, ulong bodyAddress = 0)
    {
        if (body.ObjectHeader is not null)
        {
            throw new InvalidOperationException($"ObCreateObject: the {type.Name} body already has an object header ({body.ObjectHeader.Describe()}).");
        }

        if (bodyAddress == 0)
        {
            bodyAddress = _machine.AllocateObjectAddress(ObjectHeader.Size + type.BodySize) + ObjectHeader.Size;
        }

        var header = new ObjectHeader(this, type, body, bodyAddress, creator, file, line) { PointerCount = 1 };
        lock (_lock)
        {
            body.ObjectHeader = header;
            _live.Add(bodyAddress, header);
            TypeObject(type).ObjectCreated();
        }

        return header;
    }

    /// <summary>The header of an object a driver passed in. A thread that Ps did not create (the
    /// host's run thread, a worker thread) is adopted as a Thread object on first use, with one
    /// reference that stands for the thread itself.</summary>
    internal ObjectHeader HeaderOf(object body, [CallerMemberName] string ddi = "")
    {
        ArgumentNullException.ThrowIfNull(body);
        if (body is IObjectBody objectBody)
        {
            var header = objectBody.ObjectHeader ?? (body is KTHREAD thread ? AdoptThread(thread) : null);
            if (header is not null)
            {
                if (header.Manager != this)
                {
                    throw new ArgumentException($"{ddi}: {header.Describe()} belongs to another machine.");
                }

                return header;
            }
        }

        throw new ArgumentException($"{ddi}: the {body.GetType().Name} is not an object of the object manager (it has no object header). " +
            "Only objects the system created (threads, processes, directories, symbolic links, device, driver and file objects) can be referenced.");
    }

    /// <summary>The header of a thread, which gets one if it has none yet.</summary>
    internal ObjectHeader AdoptThread(KTHREAD thread, KernelModule? creator = null, string? file = null, int line = 0)
    {
        if (thread.Machine != _machine)
        {
            throw new ArgumentException($"{thread} belongs to another machine.");
        }

        var body = (IObjectBody)thread;
        lock (_lock)
        {
            if (body.ObjectHeader is { } existing)
            {
                return existing;
            }

            var header = new ObjectHeader(this, ObjectTypes.Thread, thread, thread.Address, creator ?? thread.Module, file, line) { PointerCount = 1 };
            body.ObjectHeader = header;
            _live.Add(header.BodyAddress, header);
            TypeObject(ObjectTypes.Thread).ObjectCreated();
            return header;
        }
    }

    /// <summary>ObReferenceObject: one more pointer reference. Referencing an object whose count is
    /// already zero (it was deleted) bug checks 0xC4/0x3F.</summary>
    internal long Reference(ObjectHeader header)
    {
        long count;
        lock (_lock)
        {
            count = header.PointerCount == 0 ? 0 : ++header.PointerCount;
        }

        if (count == 0)
        {
            // Free build: the count of a deleted object goes from 0 to 1 and nothing notices yet; NtSim leaves
            // it at zero, so the matching ObDereferenceObject is REFERENCE_BY_POINTER.
            ZeroCount(header, 1, "ObReferenceObject");
            return 1;
        }

        return count;
    }

    /// <summary>ObDereferenceObject: one reference fewer; at zero (and no handles) the object is
    /// deleted. Dereferencing at zero bug checks 0xC4/0x3F; reaching zero while handles are open
    /// bug checks REFERENCE_BY_POINTER (0x18).</summary>
    internal long Dereference(ObjectHeader header)
    {
        long count;
        var wasZero = false;
        var handlesOpen = false;
        ObjectHeader? parent = null;
        lock (_lock)
        {
            if (header.PointerCount == 0)
            {
                wasZero = true;
                count = 0;
            }
            else
            {
                count = --header.PointerCount;
                if (count == 0)
                {
                    handlesOpen = header.HandleCount != 0;
                    if (!handlesOpen)
                    {
                        parent = MarkDeleted(header);
                    }
                }
            }
        }

        if (wasZero)
        {
            // Free build: REFERENCE_BY_POINTER (0x18: P1 the object type, P2 the object), bugcheck-parameters.md §5.
            ZeroCount(header, unchecked((ulong)-1), "ObDereferenceObject");
            _machine.RaiseBugCheck(Wdm.REFERENCE_BY_POINTER, TypeObjectAddress(header.Type), header.BodyAddress, 0, 0,
                $"ObDereferenceObject on {header.Describe()}, whose reference count is already zero; created by {header.CreatorLocation}");
        }

        if (handlesOpen)
        {
            // REFERENCE_BY_POINTER: P1 the object type, P2 the object.
            _machine.RaiseBugCheck(Wdm.REFERENCE_BY_POINTER, TypeObjectAddress(header.Type), header.BodyAddress, 0, 0,
                $"the reference count of {header.Describe()} reached zero while {header.HandleCount} handle(s) to it are open (one dereference too many)");
        }

        if (count == 0)
        {
            Delete(header, parent);
        }

        return count;
    }

    /// <summary>ObMakeTemporaryObject: the object loses its permanence; with no handle open, its name
    /// goes at once, and the reference the name held with it.</summary>
    internal void MakeTemporary(ObjectHeader header)
    {
        ObjectHeader? parent = null;
        lock (_lock)
        {
            header.Permanent = false;
            if (header.HandleCount == 0)
            {
                parent = RemoveName(header);
            }
        }

        DropName(header, parent);
    }

    /// <summary>After a name was removed (lock released): the directory's reference the name kept,
    /// then the object's reference the name held (ObpDeleteNameCheck).</summary>
    internal void DropName(ObjectHeader header, ObjectHeader? parent)
    {
        if (parent is not null)
        {
            Dereference(parent);
            Dereference(header);
        }
    }

    /// <summary>The objects alive now (tracking, leak reports, the debugger).</summary>
    internal IReadOnlyList<ObjectHeader> LiveObjects()
    {
        lock (_lock)
        {
            return [.. _live.Values.OrderBy(h => h.BodyAddress)];
        }
    }

    /// <summary>The object whose body is at <paramref name="address"/>, if it is alive.</summary>
    internal ObjectHeader? FindObject(ulong address)
    {
        lock (_lock)
        {
            return _live.GetValueOrDefault(address);
        }
    }

    /// <summary>The address of the type object of <paramref name="type"/> (bug check parameters).</summary>
    internal ulong TypeObjectAddress(OBJECT_TYPE type)
    {
        lock (_lock)
        {
            return _typeObjects[type].BodyAddress;
        }
    }

    /// <summary>The counters of <paramref name="type"/> in this machine.</summary>
    internal ObjectTypeObject TypeObject(OBJECT_TYPE type) => (ObjectTypeObject)_typeObjects[type].Body;

    private ObjectHeader CreateBootObject(OBJECT_TYPE type, IObjectBody body, ObjectHeader? directory, string? name)
    {
        var bodyAddress = _machine.AllocateObjectAddress(ObjectHeader.Size + type.BodySize) + ObjectHeader.Size;
        var header = new ObjectHeader(this, type, body, bodyAddress, _machine.Modules.Kernel, null, 0) { PointerCount = 1, Permanent = true };
        body.ObjectHeader = header;
        _live.Add(bodyAddress, header);
        if (_typeObjects.TryGetValue(type, out var typeObject))
        {
            ((ObjectTypeObject)typeObject.Body).ObjectCreated();
        }

        if (directory is not null)
        {
            AddName(header, directory, name!);
        }

        return header;
    }

    /// <summary>Marks a header deleted and takes it out of the namespace; returns the directory whose
    /// reference the name held, to dereference after the lock. Lock held.</summary>
    private ObjectHeader? MarkDeleted(ObjectHeader header)
    {
        Debug.Assert(header.PointerCount == 0 && header.HandleCount == 0 && !header.Deleted);
        header.Deleted = true;
        _live.Remove(header.BodyAddress);
        TypeObject(header.Type).ObjectDeleted();
        return RemoveName(header);
    }

    private void Delete(ObjectHeader header, ObjectHeader? parent)
    {
        // The type's DeleteProcedure; the address goes back with the object (pool will reuse it).
        header.Body.OnDelete(header);
        if (parent is not null)
        {
            Dereference(parent);
        }
    }

    private void ZeroCount(ObjectHeader header, ulong newCount, string ddi)
    {
        // 0xC4/0x3F: P2 the object, P3 the new count (-1 for a dereference, 1 for a reference), P4 0.
        _machine.Verifier.Violation(VerifierRules.ReferenceCountFromZero, header.BodyAddress, newCount, 0,
            $"{ddi} on {header.Describe()}, whose reference count is already zero{(header.Deleted ? " (the object was deleted)" : "")}; created by {header.CreatorLocation}");
    }
}
