using NtSim.Tests.Headers.CHeaders;

namespace NtSim.Tests.Headers;

/// <summary>A test that needs the mingw-w64 headers: without them it reports Skipped, naming what is
/// missing and how to install it, except in CI (CI set), where it runs and fails.</summary>
public sealed class HeadersFactAttribute : FactAttribute
{
    public HeadersFactAttribute()
    {
        if (MingwHeaders.Installed is null && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
        {
            Skip = $"the mingw-w64 headers are not installed ({MingwHeaders.SearchedDirectory}/{{{string.Join(", ", MingwHeaders.RequiredFiles)}}}): "
                + "install them with 'apt-get install mingw-w64-common' or set NTSIM_MINGW_INCLUDE to their include directory";
        }
    }
}
