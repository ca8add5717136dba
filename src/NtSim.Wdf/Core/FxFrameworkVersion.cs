namespace NtSim;

/// <summary>The framework version this machine's Wdf01000 offers (KMDF 1.33, the newest public
/// headers) and its version string (fxdriverapi.cpp WdfDriverRetrieveVersionString).</summary>
internal static class FxFrameworkVersion
{
    internal const uint Major = 1;
    internal const uint Minor = 33;

    // The build number comes from the library's build, not from the public source: 0 here.
    internal const uint Build = 0;

    internal static string VersionString(bool verifierOn) => verifierOn
        ? $"Kernel Mode Driver Framework (verifier on) version {Major}.{Minor}.{Build}"
        : $"Kernel Mode Driver Framework version {Major}.{Minor}.{Build}";
}
