using System.Globalization;

namespace NtSim;

/// <summary>One pass over an SDDL string; throws <see cref="FormatException"/> naming the offset.</summary>
internal sealed class SddlReader(string text, bool deviceSubset)
{
    // winnt.h: SYSTEM_ALARM_ACE_TYPE, SYSTEM_MANDATORY_LABEL_ACE_TYPE, SUCCESSFUL_ACCESS_ACE_FLAG, FAILED_ACCESS_ACE_FLAG.
    internal const byte SystemAlarmAceType = 0x3;
    internal const byte SystemMandatoryLabelAceType = 0x11;
    private const byte SuccessfulAccessAceFlag = 0x40;
    private const byte FailedAccessAceFlag = 0x80;

    private int _position;

    internal SECURITY_DESCRIPTOR Parse()
    {
        var descriptor = new SECURITY_DESCRIPTOR();
        var seen = new HashSet<char>();
        if (deviceSubset && !text.StartsWith("D:P", StringComparison.Ordinal))
        {
            throw Error("a device object's SDDL must begin with \"D:P\"");
        }

        while (_position < text.Length)
        {
            var part = char.ToUpperInvariant(text[_position]);
            if (_position + 1 >= text.Length || text[_position + 1] != ':' || !"OGDS".Contains(part))
            {
                throw Error("expected O:, G:, D: or S:");
            }

            if (!seen.Add(part) || (deviceSubset && part != 'D'))
            {
                throw Error(deviceSubset ? "only a DACL (D:P) is allowed" : $"{part}: appears twice");
            }

            _position += 2;
            switch (part)
            {
                case 'O':
                    descriptor.Owner = ReadSid(UntilNextPart());
                    break;
                case 'G':
                    descriptor.Group = ReadSid(UntilNextPart());
                    break;
                case 'D':
                    descriptor.Dacl = ReadAcl(ref descriptor.Control, Wdm.SE_DACL_PRESENT, Wdm.SE_DACL_PROTECTED, Wdm.SE_DACL_AUTO_INHERIT_REQ, Wdm.SE_DACL_AUTO_INHERITED);
                    break;
                default:
                    descriptor.Sacl = ReadAcl(ref descriptor.Control, Wdm.SE_SACL_PRESENT, Wdm.SE_SACL_PROTECTED, Wdm.SE_SACL_AUTO_INHERIT_REQ, Wdm.SE_SACL_AUTO_INHERITED);
                    break;
            }
        }

        return descriptor;
    }

    private ACL? ReadAcl(ref ushort control, ushort present, ushort protectedBit, ushort requiredBit, ushort inheritedBit)
    {
        control |= present;
        // The ACL's flags come before its first ACE: P, AR, AI, NO_ACCESS_CONTROL.
        while (_position < text.Length && text[_position] != '(' && !IsNextPart())
        {
            if (Take("NO_ACCESS_CONTROL"))
            {
                return deviceSubset ? throw Error("a device object's DACL cannot be NO_ACCESS_CONTROL") : null;
            }

            if (Take("P"))
            {
                control |= protectedBit;
            }
            else if (!deviceSubset && Take("AR"))
            {
                control |= requiredBit;
            }
            else if (!deviceSubset && Take("AI"))
            {
                control |= inheritedBit;
            }
            else
            {
                throw Error(deviceSubset ? "a device object's DACL takes only the flag P" : "unknown ACL flag (P, AI, AR or NO_ACCESS_CONTROL)");
            }
        }

        var aces = new List<Ace>();
        while (_position < text.Length && text[_position] == '(')
        {
            var close = text.IndexOf(')', _position);
            if (close < 0)
            {
                throw Error("an ACE is missing its ')'");
            }

            aces.Add(ReadAce(text[(_position + 1)..close]));
            _position = close + 1;
        }

        if (_position < text.Length && !IsNextPart())
        {
            throw Error("expected '(' to begin an ACE");
        }

        return ACL.Of(aces);
    }

    private Ace ReadAce(string ace)
    {
        var fields = ace.Split(';');
        if (fields.Length != 6)
        {
            throw Error($"the ACE '({ace})' has {fields.Length} fields, not 6 (type;flags;rights;object;inherit-object;sid)");
        }

        var type = fields[0].ToUpperInvariant() switch
        {
            "A" => Wdm.ACCESS_ALLOWED_ACE_TYPE,
            "D" when !deviceSubset => Wdm.ACCESS_DENIED_ACE_TYPE,
            // A SACL's audit, alarm and mandatory label ACEs: parsed and kept, never part of an access check.
            "AU" when !deviceSubset => Wdm.SYSTEM_AUDIT_ACE_TYPE,
            "AL" when !deviceSubset => SystemAlarmAceType,
            "ML" when !deviceSubset => SystemMandatoryLabelAceType,
            _ => throw Error($"the ACE type '{fields[0]}' is not supported here ({(deviceSubset ? "A" : "A or D")})"),
        };
        var flags = ReadAceFlags(fields[1]);
        var mask = ReadRights(fields[2]);
        if (fields[3].Length != 0 || fields[4].Length != 0)
        {
            throw Error("object ACEs (GUID fields) are not supported");
        }

        return new Ace(type, flags, mask, ReadSid(fields[5]));
    }

    private byte ReadAceFlags(string flags)
    {
        if (deviceSubset && flags.Length != 0)
        {
            throw Error("a device object's ACEs take no flags");
        }

        byte bits = 0;
        for (var i = 0; i < flags.Length; i += 2)
        {
            var code = i + 2 <= flags.Length ? flags.Substring(i, 2).ToUpperInvariant() : flags[i..];
            bits |= code switch
            {
                "OI" => Wdm.OBJECT_INHERIT_ACE,
                "CI" => Wdm.CONTAINER_INHERIT_ACE,
                "NP" => Wdm.NO_PROPAGATE_INHERIT_ACE,
                "IO" => Wdm.INHERIT_ONLY_ACE,
                "ID" => Wdm.INHERITED_ACE,
                "SA" => SuccessfulAccessAceFlag,
                "FA" => FailedAccessAceFlag,
                _ => throw Error($"unknown ACE flag '{code}'"),
            };
        }

        return bits;
    }

    private uint ReadRights(string rights)
    {
        if (rights.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            return uint.TryParse(rights.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var hex) && rights.Length > 2
                ? hex
                : throw Error($"'{rights}' is not a hexadecimal access mask");
        }

        if (rights.Length == 0 || rights.Length % 2 != 0)
        {
            throw Error($"'{rights}' is not a sequence of two-letter rights");
        }

        uint mask = 0;
        for (var i = 0; i < rights.Length; i += 2)
        {
            var code = rights.Substring(i, 2);
            mask |= SddlRights.Lookup(code, deviceSubset) ?? throw Error($"unknown access right '{code}'");
        }

        return mask;
    }

    private SID ReadSid(string sid)
    {
        if (WellKnownSids.FromAlias(sid) is { } known && sid.Length == 2)
        {
            return known;
        }

        var parts = sid.Split('-');
        if (parts.Length >= 3 && parts.Length <= 3 + Wdm.SID_MAX_SUB_AUTHORITIES && parts[0].Equals("S", StringComparison.OrdinalIgnoreCase)
            && parts[1] == "1" && ulong.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var authority) && authority < (1UL << 48))
        {
            var subs = new uint[parts.Length - 3];
            for (var i = 0; i < subs.Length; i++)
            {
                if (!uint.TryParse(parts[i + 3], NumberStyles.None, CultureInfo.InvariantCulture, out subs[i]))
                {
                    throw Error($"'{sid}' is not a SID");
                }
            }

            return SID.Of(authority, subs);
        }

        throw Error($"'{sid}' is not a SID (an alias such as SY, BA, BU, WD, or S-1-...)");
    }

    private string UntilNextPart()
    {
        var start = _position;
        while (_position < text.Length && !IsNextPart())
        {
            _position++;
        }

        return text[start.._position];
    }

    private bool IsNextPart() =>
        _position + 1 < text.Length && text[_position + 1] == ':' && "OGDSogds".Contains(text[_position]);

    private bool Take(string token)
    {
        if (string.CompareOrdinal(text, _position, token, 0, token.Length) != 0)
        {
            return false;
        }

        _position += token.Length;
        return true;
    }

    private FormatException Error(string message) => new(string.Create(CultureInfo.InvariantCulture, $"{message} (at offset {_position})"));
}
