using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace NtSim;

/// <summary>
/// SID: a security identifier, S-1-5-32-544 and so on. Laid out as in winnt.h: a revision, the number
/// of sub-authorities, a 48-bit identifier authority and up to 15 sub-authorities; its length is
/// 8 + 4 * SubAuthorityCount bytes. Drivers get well-known SIDs from <c>SeExports</c> and copy them with
/// RtlCopySid into a SID of their own (<c>new SID()</c> holds any SID).
/// </summary>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class SID
{
    /// <summary>SID_REVISION (1).</summary>
    public byte Revision = Wdm.SID_REVISION;
    /// <summary>How many entries of SubAuthority are in use (at most 15).</summary>
    public byte SubAuthorityCount;

    /// <summary>SID_IDENTIFIER_AUTHORITY's six bytes as a number (5 is SECURITY_NT_AUTHORITY).</summary>
    public ulong IdentifierAuthority;

    /// <summary>The sub-authorities (relative identifiers), the last one usually the RID.</summary>
    public uint[] SubAuthority = new uint[Wdm.SID_MAX_SUB_AUTHORITIES];

    /// <summary>A SID with the given authority and sub-authorities.</summary>
    internal static SID Of(ulong authority, params uint[] subAuthorities)
    {
        var sid = new SID { IdentifierAuthority = authority, SubAuthorityCount = (byte)subAuthorities.Length };
        subAuthorities.CopyTo(sid.SubAuthority, 0);
        return sid;
    }

    /// <summary>RtlValidSid: revision 1, at most 15 sub-authorities, all of them present.</summary>
    internal bool IsValid => Revision == Wdm.SID_REVISION && SubAuthorityCount <= Wdm.SID_MAX_SUB_AUTHORITIES
        && SubAuthority is not null && SubAuthority.Length >= SubAuthorityCount && IdentifierAuthority < (1UL << 48);

    /// <summary>RtlLengthSid: 8 bytes of header and 4 per sub-authority.</summary>
    internal uint Length => 8u + (4u * SubAuthorityCount);

    /// <summary>RtlEqualSid: same revision, authority and sub-authorities.</summary>
    internal bool SameAs(SID other) =>
        Revision == other.Revision && SubAuthorityCount == other.SubAuthorityCount && IdentifierAuthority == other.IdentifierAuthority
        && SubAuthority.AsSpan(0, SubAuthorityCount).SequenceEqual(other.SubAuthority.AsSpan(0, other.SubAuthorityCount));

    /// <summary>A copy that shares nothing with this SID.</summary>
    internal SID Clone()
    {
        var copy = new SID { Revision = Revision, SubAuthorityCount = SubAuthorityCount, IdentifierAuthority = IdentifierAuthority };
        SubAuthority.AsSpan(0, SubAuthorityCount).CopyTo(copy.SubAuthority);
        return copy;
    }

    /// <summary>Copies this SID's fields into <paramref name="destination"/> (RtlCopySid).</summary>
    internal void CopyTo(SID destination)
    {
        destination.Revision = Revision;
        destination.SubAuthorityCount = SubAuthorityCount;
        destination.IdentifierAuthority = IdentifierAuthority;
        if (destination.SubAuthority is null || destination.SubAuthority.Length < SubAuthorityCount)
        {
            destination.SubAuthority = new uint[Wdm.SID_MAX_SUB_AUTHORITIES];
        }

        SubAuthority.AsSpan(0, SubAuthorityCount).CopyTo(destination.SubAuthority);
    }

    /// <summary>The string form (ConvertSidToStringSid): "S-1-5-32-544".</summary>
    public override string ToString()
    {
        var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"S-{Revision}-{IdentifierAuthority}"));
        for (var i = 0; i < Math.Min((int)SubAuthorityCount, SubAuthority?.Length ?? 0); i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"-{SubAuthority![i]}");
        }

        return text.ToString();
    }
}
