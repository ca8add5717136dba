using System.Diagnostics;

namespace NtSim;

/// <summary>LUID: a locally unique identifier; privileges are named by LUIDs whose low part is the
/// SE_*_PRIVILEGE value (RtlConvertLongToLuid).</summary>
[DebuggerDisplay("{HighPart}:{LowPart}")]
public struct LUID : IEquatable<LUID>
{
    /// <summary>The low 32 bits of the LUID (for a privilege, its SE_*_PRIVILEGE value).</summary>
    public uint LowPart;
    /// <summary>The high 32 bits of the LUID.</summary>
    public int HighPart;

    /// <summary>Whether both parts of the two LUIDs are equal.</summary>
    public readonly bool Equals(LUID other) => LowPart == other.LowPart && HighPart == other.HighPart;

    /// <inheritdoc/>
    public override readonly bool Equals(object? obj) => obj is LUID other && Equals(other);

    /// <inheritdoc/>
    public override readonly int GetHashCode() => HashCode.Combine(LowPart, HighPart);

    /// <summary>Equal when both parts are.</summary>
    public static bool operator ==(LUID left, LUID right) => left.Equals(right);

    /// <summary>Different when either part is.</summary>
    public static bool operator !=(LUID left, LUID right) => !left.Equals(right);
}

/// <summary>LUID_AND_ATTRIBUTES: a privilege and its SE_PRIVILEGE_* attributes.</summary>
public struct LUID_AND_ATTRIBUTES
{
    /// <summary>The privilege's LUID.</summary>
    public LUID Luid;
    /// <summary>The privilege's attributes (SE_PRIVILEGE_ENABLED, SE_PRIVILEGE_USED_FOR_ACCESS ...).</summary>
    public uint Attributes;
}

/// <summary>PRIVILEGE_SET: the privileges SePrivilegeCheck requires (Control PRIVILEGE_SET_ALL_NECESSARY: all
/// of them; 0: any one). SePrivilegeCheck marks those held with SE_PRIVILEGE_USED_FOR_ACCESS.</summary>
public sealed class PRIVILEGE_SET
{
    /// <summary>The number of privileges in the set.</summary>
    public uint PrivilegeCount;
    /// <summary>PRIVILEGE_SET_ALL_NECESSARY if every privilege is required, 0 if any one is enough.</summary>
    public uint Control;
    /// <summary>The privileges and their attributes.</summary>
    public LUID_AND_ATTRIBUTES[] Privilege = [];
}

/// <summary>GENERIC_MAPPING: the specific rights each generic right stands for in one object type.</summary>
public struct GENERIC_MAPPING
{
    /// <summary>The specific rights GENERIC_READ stands for.</summary>
    public uint GenericRead;
    /// <summary>The specific rights GENERIC_WRITE stands for.</summary>
    public uint GenericWrite;
    /// <summary>The specific rights GENERIC_EXECUTE stands for.</summary>
    public uint GenericExecute;
    /// <summary>The specific rights GENERIC_ALL stands for.</summary>
    public uint GenericAll;
}
