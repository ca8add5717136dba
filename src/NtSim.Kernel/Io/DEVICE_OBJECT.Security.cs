namespace NtSim;

public sealed partial class DEVICE_OBJECT
{
    private SECURITY_DESCRIPTOR? _securityDescriptor;

    /// <summary>The device's security descriptor (in its OBJECT_HEADER on Windows): what IoCreateDeviceSecure,
    /// the INF's Security setting or the class key gave it, else the default IoCreateDevice gives.</summary>
    internal SECURITY_DESCRIPTOR SecurityDescriptor
    {
        get => _securityDescriptor ??= DeviceSecurity.DefaultFor(this);
        set => _securityDescriptor = value;
    }

    /// <summary>Whether the object has a descriptor ObGetObjectSecurity would return: a named device, or one
    /// given a descriptor (IoCreateDeviceSecure, the PnP manager); "any unnamed object ... has no security descriptor".</summary>
    internal bool HasSecurityDescriptor => _securityDescriptor is not null || Name is not null;
}
