namespace NtSim;

// The object manager's and the PnP manager's rules.
public static partial class VerifierRules
{
    /// <summary>0xC4/0x3F: ObReferenceObject or ObDereferenceObject on an object whose count is already
    /// zero. Checked "when you enable any Driver Verifier option" (devtest/security-checks); without
    /// Driver Verifier a dereference at zero is REFERENCE_BY_POINTER (0x18).</summary>
    public static readonly VerifierRule ReferenceCountFromZero = new()
    {
        Code = Wdm.DRIVER_VERIFIER_DETECTED_VIOLATION, Subcode = 0x3F, Name = "ObjectReferenceCountFromZero",
        Flag = VerifierFlags.AnyOption, P2 = "the object", P3 = "the new count (1 for a reference, -1 for a dereference)",
        Source = "devtest/security-checks",
    };

    /// <summary>0xC4/0xE4: a Zw routine given a malformed UNICODE_STRING (Security checks, 0x100).</summary>
    public static readonly VerifierRule ZwMalformedUnicodeString = new()
    {
        Code = Wdm.DRIVER_VERIFIER_DETECTED_VIOLATION, Subcode = 0xE4, Name = "ZwMalformedUnicodeString",
        Flag = VerifierFlags.SecurityChecks, P2 = "the calling address (0 here)", P3 = "the string (0 here)",
        Source = "devtest/security-checks",
    };

    /// <summary>DDI compliance rule IrqlIoPassive1 (0x2000A): IoSetDeviceInterfaceState at PASSIVE_LEVEL.</summary>
    public static readonly VerifierRule IrqlIoPassive1 = DdiRule(0x2000A, "IrqlIoPassive1", "devtest/wdm-irqliopassive1");
}
