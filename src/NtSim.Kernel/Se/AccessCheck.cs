namespace NtSim;

/// <summary>
/// SeAccessCheck's algorithm (the "How DACLs Control Access to an Object" rules of the Windows SDK):
/// generic rights are mapped to specific ones first; no DACL grants everything; otherwise the ACEs are
/// read in order, an allowed ACE that matches the token grants its rights, a denied ACE that matches
/// refuses the request if it names a right not yet granted; whatever is still missing at the end is
/// refused. The owner is implicitly granted READ_CONTROL and WRITE_DAC. MAXIMUM_ALLOWED asks for
/// everything the DACL grants.
/// </summary>
internal static class AccessCheck
{
    internal static bool Check(SECURITY_DESCRIPTOR descriptor, ACCESS_TOKEN token, uint desiredAccess, uint previouslyGranted, GenericMapping mapping,
        out uint grantedAccess, out NTSTATUS status)
    {
        var maximum = (desiredAccess & Wdm.MAXIMUM_ALLOWED) != 0;
        var wanted = Map(desiredAccess & ~Wdm.MAXIMUM_ALLOWED, mapping) & ~previouslyGranted;
        if (!descriptor.HasDacl)
        {
            grantedAccess = previouslyGranted | wanted | (maximum ? mapping.All : 0);
            status = Wdm.STATUS_SUCCESS;
            return true;
        }

        uint granted = 0;
        uint denied = 0;
        if (descriptor.Owner is { } owner && token.Matches(owner))
        {
            granted |= Wdm.READ_CONTROL | Wdm.WRITE_DAC;
        }

        foreach (var ace in descriptor.Dacl!.Aces)
        {
            if (ace.InheritOnly || !token.Matches(ace.Sid))
            {
                continue;
            }

            var mask = Map(ace.Mask, mapping);
            if (ace.Type == Wdm.ACCESS_ALLOWED_ACE_TYPE)
            {
                granted |= mask & ~denied;
            }
            else if (ace.Type == Wdm.ACCESS_DENIED_ACE_TYPE)
            {
                denied |= mask & ~granted;
            }
        }

        if (maximum)
        {
            wanted |= granted;
        }

        // ACCESS_SYSTEM_SECURITY comes from SeSecurityPrivilege, not from the DACL.
        if ((wanted & Wdm.ACCESS_SYSTEM_SECURITY) != 0 && token.Holds(new LUID { LowPart = Wdm.SE_SECURITY_PRIVILEGE }))
        {
            granted |= Wdm.ACCESS_SYSTEM_SECURITY;
        }

        if ((wanted & ~granted) != 0 || (maximum && wanted == 0 && previouslyGranted == 0))
        {
            grantedAccess = 0;
            status = Wdm.STATUS_ACCESS_DENIED;
            return false;
        }

        grantedAccess = previouslyGranted | wanted;
        status = Wdm.STATUS_SUCCESS;
        return true;
    }

    /// <summary>RtlMapGenericMask: GENERIC_* bits become the type's specific rights.</summary>
    internal static uint Map(uint mask, GenericMapping mapping)
    {
        var mapped = mask & ~(Wdm.GENERIC_READ | Wdm.GENERIC_WRITE | Wdm.GENERIC_EXECUTE | Wdm.GENERIC_ALL);
        mapped |= (mask & Wdm.GENERIC_READ) != 0 ? mapping.Read : 0;
        mapped |= (mask & Wdm.GENERIC_WRITE) != 0 ? mapping.Write : 0;
        mapped |= (mask & Wdm.GENERIC_EXECUTE) != 0 ? mapping.Execute : 0;
        mapped |= (mask & Wdm.GENERIC_ALL) != 0 ? mapping.All : 0;
        return mapped;
    }
}
