using System.Globalization;
using System.Text;

namespace NtSim;

/// <summary>
/// The Security Descriptor Definition Language: <c>O:owner G:group D:flags(ace)... S:flags(ace)...</c>
/// with ACEs <c>(type;flags;rights;object;inherit-object;sid)</c>. The full parser takes what INF files
/// use (allow and deny ACEs, inheritance flags, file, key and directory-service rights); the device
/// subset is what IoCreateDeviceSecure accepts ("SDDL for Device Objects"): "D:P" followed by
/// <c>(A;;rights;;;sid)</c> ACEs with generic and standard rights or hex.
/// </summary>
internal static class Sddl
{
    /// <summary>Parses <paramref name="text"/>; false with a message naming what is wrong and where.</summary>
    internal static bool TryParse(string? text, bool deviceSubset, out SECURITY_DESCRIPTOR? descriptor, out string error)
    {
        descriptor = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "the SDDL string is empty";
            return false;
        }

        var reader = new SddlReader(text, deviceSubset);
        try
        {
            descriptor = reader.Parse();
            error = "";
            return true;
        }
        catch (FormatException e)
        {
            error = $"'{text}' is not valid SDDL{(deviceSubset ? " for a device object" : "")}: {e.Message}";
            return false;
        }
    }

    /// <summary>The SDDL text of a descriptor: owner, group, DACL, SACL.</summary>
    internal static string Format(SECURITY_DESCRIPTOR descriptor)
    {
        var text = new StringBuilder();
        if (descriptor.Owner is { } owner)
        {
            text.Append("O:").Append(FormatSid(owner));
        }

        if (descriptor.Group is { } group)
        {
            text.Append("G:").Append(FormatSid(group));
        }

        if ((descriptor.Control & Wdm.SE_DACL_PRESENT) != 0)
        {
            text.Append("D:");
            AppendAcl(text, descriptor.Dacl, descriptor.Control, Wdm.SE_DACL_PROTECTED, Wdm.SE_DACL_AUTO_INHERIT_REQ, Wdm.SE_DACL_AUTO_INHERITED);
        }

        if ((descriptor.Control & Wdm.SE_SACL_PRESENT) != 0)
        {
            text.Append("S:");
            AppendAcl(text, descriptor.Sacl, descriptor.Control, Wdm.SE_SACL_PROTECTED, Wdm.SE_SACL_AUTO_INHERIT_REQ, Wdm.SE_SACL_AUTO_INHERITED);
        }

        return text.ToString();
    }

    internal static string FormatAce(Ace ace)
    {
        var type = ace.Type switch
        {
            Wdm.ACCESS_ALLOWED_ACE_TYPE => "A",
            Wdm.ACCESS_DENIED_ACE_TYPE => "D",
            Wdm.SYSTEM_AUDIT_ACE_TYPE => "AU",
            SddlReader.SystemAlarmAceType => "AL",
            SddlReader.SystemMandatoryLabelAceType => "ML",
            _ => string.Create(CultureInfo.InvariantCulture, $"0x{ace.Type:x}"),
        };
        var flags = string.Concat(s_aceFlags.Where(f => (ace.Flags & f.Bit) != 0).Select(f => f.Code));
        var rights = ace.Type == SddlReader.SystemMandatoryLabelAceType ? SddlRights.FormatLabel(ace.Mask) : SddlRights.Format(ace.Mask);
        return $"({type};{flags};{rights};;;{FormatSid(ace.Sid)})";
    }

    internal static string FormatSid(SID sid) => WellKnownSids.AliasOf(sid) ?? sid.ToString();

    private static void AppendAcl(StringBuilder text, ACL? acl, ushort control, ushort protectedBit, ushort requiredBit, ushort inheritedBit)
    {
        if ((control & protectedBit) != 0)
        {
            text.Append('P');
        }

        if ((control & requiredBit) != 0)
        {
            text.Append("AR");
        }

        if ((control & inheritedBit) != 0)
        {
            text.Append("AI");
        }

        if (acl is null)
        {
            text.Append("NO_ACCESS_CONTROL");
            return;
        }

        foreach (var ace in acl.Aces)
        {
            text.Append(FormatAce(ace));
        }
    }

    private static readonly (string Code, byte Bit)[] s_aceFlags =
    [
        ("OI", Wdm.OBJECT_INHERIT_ACE), ("CI", Wdm.CONTAINER_INHERIT_ACE), ("NP", Wdm.NO_PROPAGATE_INHERIT_ACE),
        ("IO", Wdm.INHERIT_ONLY_ACE), ("ID", Wdm.INHERITED_ACE), ("SA", 0x40), ("FA", 0x80),
    ];
}
