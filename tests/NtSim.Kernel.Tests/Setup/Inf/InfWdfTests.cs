using NtSim.Setup;

namespace NtSim.Tests.Setup.Inf;

/// <summary>The DDInstall.Wdf section: KmdfService and KmdfLibraryVersion, as `ntsim inf check` verifies them.</summary>
public sealed class InfWdfTests
{
    private static string Inf(string services, string wdf, string wdfSection) => $$"""
        [Version]
        Signature = "$WINDOWS NT$"
        Class = Sample
        ClassGuid = {78A1C341-4539-11d3-B88D-00C04FAD5171}
        Provider = Contoso
        DriverVer = 06/21/2006,6.1.7779.2
        [Manufacturer]
        Contoso = Std, NTamd64
        [Std.NTamd64]
        "Echo" = Echo_Device, root\ECHO
        [Echo_Device.NT]
        [Echo_Device.NT.Services]
        {{services}}
        [Echo_Service_Inst]
        ServiceType = 1
        StartType = 3
        ErrorControl = 1
        ServiceBinary = %12%\ECHO.sys
        [Echo_Device.NT.Wdf]
        {{wdf}}
        {{wdfSection}}
        """;

    private static IReadOnlyList<InfDiagnostic> Verify(string text) => InfVerifier.Verify(InfFile.Parse(text, "echo.inf"));

    [Fact]
    public void Verify_ServiceAddedAndVersionGiven_NoDiagnostics()
    {
        var diagnostics = Verify(Inf("AddService = ECHO, 0x2, Echo_Service_Inst", "KmdfService = ECHO, Echo_wdfsect", "[Echo_wdfsect]\nKmdfLibraryVersion = 1.15"));

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Verify_KmdfServiceNotAdded_Error()
    {
        var diagnostics = Verify(Inf("AddService = ECHO, 0x2, Echo_Service_Inst", "KmdfService = ECHOX, Echo_wdfsect", "[Echo_wdfsect]\nKmdfLibraryVersion = 1.15"));

        var error = Assert.Single(diagnostics);
        Assert.Equal("echo.inf(20,15): error 1030: KmdfService names service 'ECHOX', which [Echo_Device.NT.Services] does not add with AddService.", error.ToString());
    }

    [Fact]
    public void Verify_WdfSectionMissing_Warning()
    {
        var diagnostics = Verify(Inf("AddService = ECHO, 0x2, Echo_Service_Inst", "KmdfService = ECHO, Echo_wdfsect", ""));

        var warning = Assert.Single(diagnostics);
        Assert.Equal((InfSeverity.Warning, InfCodes.MissingSection, 20), (warning.Severity, warning.Code, warning.Line));
        Assert.Contains("[Echo_wdfsect] is not defined", warning.Message);
    }

    [Fact]
    public void Verify_NoLibraryVersion_Error()
    {
        var diagnostics = Verify(Inf("AddService = ECHO, 0x2, Echo_Service_Inst", "KmdfService = ECHO, Echo_wdfsect", "[Echo_wdfsect]\nKmdfSomethingElse = 1"));

        var error = Assert.Single(diagnostics);
        Assert.Equal((InfSeverity.Error, InfCodes.MissingKmdfLibraryVersion, 21), (error.Severity, error.Code, error.Line));
        Assert.Equal("[Echo_wdfsect] has no KmdfLibraryVersion.", error.Message);
    }

    [Theory]
    [InlineData("1.x")]
    [InlineData("1.15.0")]
    [InlineData("v1.15")]
    [InlineData("1")]
    public void Verify_LibraryVersionSyntax_Error(string version)
    {
        var diagnostics = Verify(Inf("AddService = ECHO, 0x2, Echo_Service_Inst", "KmdfService = ECHO, Echo_wdfsect", $"[Echo_wdfsect]\nKmdfLibraryVersion = {version}"));

        var error = Assert.Single(diagnostics);
        Assert.Equal((InfSeverity.Error, InfCodes.BadKmdfLibraryVersion, 22, 22), (error.Severity, error.Code, error.Line, error.Column));
        Assert.Equal($"KmdfLibraryVersion '{version}' is not a KMDF version (major.minor, e.g. 1.15).", error.Message);
    }

    [Fact]
    public void Verify_StampinfPlaceholder_Warning()
    {
        var diagnostics = Verify(Inf("AddService = ECHO, 0x2, Echo_Service_Inst", "KmdfService = ECHO, Echo_wdfsect", "[Echo_wdfsect]\nKmdfLibraryVersion = $KMDFVERSION$"));

        var warning = Assert.Single(diagnostics);
        Assert.Equal((InfSeverity.Warning, InfCodes.BadKmdfLibraryVersion), (warning.Severity, warning.Code));
    }

    [Theory]
    [InlineData("1.35")]
    [InlineData("2.0")]
    public void Verify_VersionNoWindowsHas_Warning(string version)
    {
        var diagnostics = Verify(Inf("AddService = ECHO, 0x2, Echo_Service_Inst", "KmdfService = ECHO, Echo_wdfsect", $"[Echo_wdfsect]\nKmdfLibraryVersion = {version}"));

        var warning = Assert.Single(diagnostics);
        Assert.Equal((InfSeverity.Warning, InfCodes.KmdfLibraryVersionTooNew), (warning.Severity, warning.Code));
        Assert.Equal($"KmdfLibraryVersion {version} is not a KMDF that Windows has (the newest is 1.33); the driver will not start.", warning.Message);
    }

    [Fact]
    public void Verify_KmdfServiceWithoutSection_BadDirective()
    {
        var diagnostics = Verify(Inf("AddService = ECHO, 0x2, Echo_Service_Inst", "KmdfService = ECHO", ""));

        var error = Assert.Single(diagnostics);
        Assert.Equal((InfSeverity.Error, InfCodes.BadDirective), (error.Severity, error.Code));
    }

    [Theory]
    [InlineData("1.15", true, 1u, 15u)]
    [InlineData(" 1.33 ", true, 1u, 33u)]
    [InlineData("$KMDFVERSION$", false, 0u, 0u)]
    [InlineData("1.15.0", false, 0u, 0u)]
    [InlineData("", false, 0u, 0u)]
    public void TryParseKmdfVersion_MajorDotMinorOnly(string text, bool parsed, uint major, uint minor)
    {
        Assert.Equal((parsed, major, minor), (InfWdfService.TryParseKmdfVersion(text, out var m, out var n), m, n));
    }
}
