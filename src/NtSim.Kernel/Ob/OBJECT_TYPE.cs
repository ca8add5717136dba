using System.Diagnostics;

namespace NtSim;

/// <summary>
/// OBJECT_TYPE: what objects of one kind share: the type name WinDbg shows ("Thread", "Device",
/// "File"), the pool tag of their allocations, the access rights they know and how GENERIC_*
/// rights map to them. Drivers pass the exported types (<c>PsThreadType</c>, <c>IoFileObjectType</c>...)
/// to ObReferenceObjectByHandle, as <c>*PsThreadType</c> in C. A type is the same in every machine;
/// each machine also has a type object named after it in <c>\ObjectTypes</c>.
/// </summary>
[DebuggerDisplay("OBJECT_TYPE {Name,nq}")]
public sealed class OBJECT_TYPE
{
    internal OBJECT_TYPE(string name, uint validAccessMask, GenericMapping genericMapping, int bodySize, string? poolTag = null)
    {
        Name = name;
        ValidAccessMask = validAccessMask;
        GenericMapping = genericMapping;
        BodySize = bodySize;
        // ObCreateObjectType tags a type's objects with the first four characters of its name.
        PoolTagText = (poolTag ?? name).PadRight(4)[..4];
        PoolTag = (uint)(PoolTagText[0] | (PoolTagText[1] << 8) | (PoolTagText[2] << 16) | (PoolTagText[3] << 24));
    }

    /// <summary>The type name: "Thread", "Directory", "SymbolicLink"...</summary>
    public string Name { get; }

    /// <summary>The pool tag of the type's objects as four characters ("Thre").</summary>
    internal string PoolTagText { get; }

    /// <summary>The pool tag as ExAllocatePool2 takes it (first character in the low byte).</summary>
    internal uint PoolTag { get; }

    /// <summary>The access rights objects of this type know; a handle's granted access is masked with it.</summary>
    internal uint ValidAccessMask { get; }

    internal GenericMapping GenericMapping { get; }

    /// <summary>OBJECT_TYPE_INITIALIZER.CaseInsensitive: with ObCaseInsensitive on (the default), lookups
    /// of objects of this type ignore case even without OBJ_CASE_INSENSITIVE.</summary>
    internal bool CaseInsensitive { get; init; } = true;

    /// <summary>The size of the body in bytes (x64), for the object's address range.</summary>
    internal int BodySize { get; }

    /// <summary>RtlMapGenericMask: GENERIC_* bits become the type's specific rights; MAXIMUM_ALLOWED
    /// (granted in full from kernel mode) becomes GENERIC_ALL's mapping.</summary>
    internal uint MapAccess(uint desiredAccess)
    {
        var access = desiredAccess & ~(Wdm.GENERIC_READ | Wdm.GENERIC_WRITE | Wdm.GENERIC_EXECUTE | Wdm.GENERIC_ALL | Wdm.MAXIMUM_ALLOWED);
        if ((desiredAccess & Wdm.GENERIC_READ) != 0)
        {
            access |= GenericMapping.Read;
        }

        if ((desiredAccess & Wdm.GENERIC_WRITE) != 0)
        {
            access |= GenericMapping.Write;
        }

        if ((desiredAccess & Wdm.GENERIC_EXECUTE) != 0)
        {
            access |= GenericMapping.Execute;
        }

        if ((desiredAccess & (Wdm.GENERIC_ALL | Wdm.MAXIMUM_ALLOWED)) != 0)
        {
            access |= GenericMapping.All;
        }

        return access & (ValidAccessMask | Wdm.ACCESS_SYSTEM_SECURITY);
    }

    /// <summary>The type's name ("Device", "File").</summary>
    public override string ToString() => Name;
}

/// <summary>GENERIC_MAPPING: the specific rights each generic right stands for in one type.</summary>
internal readonly record struct GenericMapping(uint Read, uint Write, uint Execute, uint All);
