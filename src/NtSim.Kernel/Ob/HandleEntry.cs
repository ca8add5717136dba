using System.Diagnostics;
using System.Globalization;

namespace NtSim;

/// <summary>HANDLE_TABLE_ENTRY: the object a handle refers to, the access granted when it was
/// opened, its attributes (OBJ_INHERIT, OBJ_PROTECT_CLOSE) and who opened it (tracking).</summary>
[DebuggerDisplay("{Object.Describe(),nq} access={GrantedAccess}")]
internal sealed class HandleEntry
{
    internal HandleEntry(ObjectHeader obj, uint grantedAccess, uint attributes, KernelModule creator, string? file, int line)
    {
        Object = obj;
        GrantedAccess = grantedAccess;
        Attributes = attributes;
        CreatorModule = creator;
        CreatorFile = file;
        CreatorLine = line;
    }

    internal ObjectHeader Object { get; }

    internal uint GrantedAccess { get; }

    /// <summary>OBJ_INHERIT and OBJ_PROTECT_CLOSE.</summary>
    internal uint Attributes { get; set; }

    internal bool ProtectFromClose => (Attributes & HandleTable.OBJ_PROTECT_CLOSE) != 0;

    internal KernelModule CreatorModule { get; }

    internal string? CreatorFile { get; }

    internal int CreatorLine { get; }

    internal string CreatorLocation => CreatorFile is null
        ? CreatorModule.Name
        : $"{CreatorModule.Name}, {SourceSite.Format(CreatorFile, CreatorLine)}";
}
