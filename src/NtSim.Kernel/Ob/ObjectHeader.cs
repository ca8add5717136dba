using System.Diagnostics;
using System.Globalization;

namespace NtSim;

/// <summary>
/// OBJECT_HEADER with its optional parts (name information, creator information): what the object
/// manager keeps for every object. The header lies just before the body, as on Windows; counts,
/// name and flags are guarded by the manager's lock.
/// Invariant: PointerCount &gt;= HandleCount (each handle holds one pointer reference); a name
/// holds one reference on its directory and one on its object; OBJ_PERMANENT adds none (it keeps
/// the name past the last handle).
/// </summary>
[DebuggerDisplay("{Describe(),nq} P={PointerCount} H={HandleCount}")]
internal sealed class ObjectHeader
{
    /// <summary>sizeof(OBJECT_HEADER) on x64: the body starts 0x30 bytes after the header.</summary>
    internal const int Size = 0x30;

    internal ObjectHeader(ObjectManager manager, OBJECT_TYPE type, IObjectBody body, ulong bodyAddress, KernelModule creator, string? file, int line)
    {
        Manager = manager;
        Type = type;
        Body = body;
        BodyAddress = bodyAddress;
        CreatorModule = creator;
        CreatorFile = file;
        CreatorLine = line;
    }

    internal ObjectManager Manager { get; }

    internal OBJECT_TYPE Type { get; }

    internal IObjectBody Body { get; }

    /// <summary>The address of the body: what a pointer to the object holds, and what bug checks report.</summary>
    internal ulong BodyAddress { get; }

    /// <summary>The address of the header (OBJECT_HEADER), as <c>!object</c> prints it.</summary>
    internal ulong Address => BodyAddress - Size;

    /// <summary>The object's name in its directory; null for an unnamed object or after the name was removed.</summary>
    internal string? Name { get; set; }

    /// <summary>The directory that holds the name (and is referenced by this object), or null.</summary>
    internal ObjectHeader? Directory { get; set; }

    internal long PointerCount { get; set; }

    internal long HandleCount { get; set; }

    /// <summary>OBJ_PERMANENT: the name stays when the last handle closes.</summary>
    internal bool Permanent { get; set; }

    /// <summary>Both counts reached zero and the delete procedure ran (or is running).</summary>
    internal bool Deleted { get; set; }

    /// <summary>The module that created the object (tracking, leak reports).</summary>
    internal KernelModule CreatorModule { get; }

    internal string? CreatorFile { get; }

    internal int CreatorLine { get; }

    /// <summary>"Sample, Sample.cs:42" or "nt".</summary>
    internal string CreatorLocation => CreatorFile is null
        ? CreatorModule.Name
        : $"{CreatorModule.Name}, {SourceSite.Format(CreatorFile, CreatorLine)}";

    /// <summary>"Directory 'Device' @FFFFD00000000150".</summary>
    internal string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{Type.Name} {(Name is null ? "(unnamed)" : "'" + Name + "'")} @{BodyAddress:X}");
}
