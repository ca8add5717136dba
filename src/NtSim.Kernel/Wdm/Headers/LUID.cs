using System.Diagnostics;

namespace NtSim;

/// <summary>LUID: a locally unique identifier; privileges are named by LUIDs whose low part is the
/// SE_*_PRIVILEGE value (RtlConvertLongToLuid).</summary>
[DebuggerDisplay("{HighPart}:{LowPart}")]
public struct LUID : IEquatable<LUID>
{
    public uint LowPart;
    public int HighPart;

    public readonly bool Equals(LUID other) => LowPart == other.LowPart && HighPart == other.HighPart;

    public override readonly bool Equals(object? obj) => obj is LUID other && Equals(other);

    public override readonly int GetHashCode() => HashCode.Combine(LowPart, HighPart);

    public static bool operator ==(LUID left, LUID right) => left.Equals(right);

    public static bool operator !=(LUID left, LUID right) => !left.Equals(right);
}

/// <summary>LUID_AND_ATTRIBUTES: a privilege and its SE_PRIVILEGE_* attributes.</summary>
public struct LUID_AND_ATTRIBUTES
{
    public LUID Luid;
    public uint Attributes;
}

/// <summary>PRIVILEGE_SET: the privileges SePrivilegeCheck requires (Control PRIVILEGE_SET_ALL_NECESSARY: all
/// of them; 0: any one). SePrivilegeCheck marks those held with SE_PRIVILEGE_USED_FOR_ACCESS.</summary>
public sealed class PRIVILEGE_SET
{
    public uint PrivilegeCount;
    public uint Control;
    public LUID_AND_ATTRIBUTES[] Privilege = [];
}

/// <summary>GENERIC_MAPPING: the specific rights each generic right stands for in one object type.</summary>
public struct GENERIC_MAPPING
{
    public uint GenericRead;
    public uint GenericWrite;
    public uint GenericExecute;
    public uint GenericAll;
}
