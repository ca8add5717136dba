namespace NtSim;

public static partial class Wdm
{
    /// <summary>RtlValidSid: whether the SID is well formed (revision 1, at most 15 sub-authorities); FALSE for NULL.</summary>
    public static bool RtlValidSid(SID? Sid)
    {
        DdiGate.Enter(DdiTable.RtlValidSid);
        return Sid is not null && Sid.IsValid;
    }

    /// <summary>RtlLengthSid: 8 + 4 * SubAuthorityCount bytes (undefined for an invalid SID on Windows; here its count is used).</summary>
    public static uint RtlLengthSid(SID Sid)
    {
        DdiGate.Enter(DdiTable.RtlLengthSid);
        return KeContext.NotNull(Sid, nameof(Sid)).Length;
    }

    /// <summary>RtlEqualSid: same revision, identifier authority and sub-authorities.</summary>
    public static bool RtlEqualSid(SID Sid1, SID Sid2)
    {
        DdiGate.Enter(DdiTable.RtlEqualSid);
        return KeContext.NotNull(Sid1, nameof(Sid1)).SameAs(KeContext.NotNull(Sid2, nameof(Sid2)));
    }

    /// <summary>RtlCopySid: copies <paramref name="SourceSid"/> into <paramref name="DestinationSid"/>;
    /// STATUS_BUFFER_TOO_SMALL when <paramref name="DestinationSidLength"/> is less than the source's length.</summary>
    public static NTSTATUS RtlCopySid(uint DestinationSidLength, SID DestinationSid, SID SourceSid)
    {
        DdiGate.Enter(DdiTable.RtlCopySid);
        KeContext.NotNull(DestinationSid, nameof(DestinationSid));
        if (DestinationSidLength < KeContext.NotNull(SourceSid, nameof(SourceSid)).Length)
        {
            return STATUS_BUFFER_TOO_SMALL;
        }

        SourceSid.CopyTo(DestinationSid);
        return STATUS_SUCCESS;
    }

    /// <summary>RtlConvertLongToLuid (an inline function of wdm.h): the LUID whose low part is <paramref name="Long"/>,
    /// as <c>RtlConvertLongToLuid(SE_LOAD_DRIVER_PRIVILEGE)</c> names a privilege.</summary>
    public static LUID RtlConvertLongToLuid(int Long) => new() { LowPart = (uint)Long, HighPart = Long < 0 ? -1 : 0 };
}
