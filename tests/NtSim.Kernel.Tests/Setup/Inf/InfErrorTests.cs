using NtSim.Setup;

namespace NtSim.Tests.Setup.Inf;

/// <summary>Malformed INFs: diagnostics with file, line and column, and no document.</summary>
public sealed class InfErrorTests
{
    [Fact]
    public void Parse_UnterminatedQuote_ErrorAtTheQuote()
    {
        var result = InfFile.Parse("[Version]\nSignature=\"$Windows NT$\"\n[A]\nx = 1, \"open\n", "bad.inf");

        var error = Assert.Single(result.Errors);
        Assert.Equal(("bad.inf", 4, 8, InfCodes.UnterminatedQuote), (error.File, error.Line, error.Column, error.Code));
        Assert.Equal("bad.inf(4,8): error 1001: Missing closing double quote.", error.ToString());
        Assert.Null(result.Document);
    }

    [Fact]
    public void Parse_LineOutsideSection_WarningAtItsFirstCharacter()
    {
        var result = InfFile.Parse("/*++\n  stray = 1\n[A]\n", "t.inf");

        Assert.True(result.Succeeded);
        Assert.Equal([(1, 1), (2, 3)], result.Warnings.Select(w => (w.Line, w.Column)));
        Assert.All(result.Warnings, w => Assert.Equal(InfCodes.LineOutsideSection, w.Code));
    }

    [Fact]
    public void Parse_UndefinedString_WarningAtThePercentAndKeptAsWritten()
    {
        var result = InfFile.Parse("[A]\nHKR, \"WUDF\", x, %REG_SZ%, 1\n[Strings]\n", "t.inf");

        var warning = Assert.Single(result.Warnings);
        Assert.Equal((2, 17, InfCodes.UndefinedString), (warning.Line, warning.Column, warning.Code));
        Assert.Contains("%REG_SZ%", warning.Message);
        Assert.Equal("%REG_SZ%", result.Document!.Section("A")!.Lines[0][3]);
    }

    [Fact]
    public void Parse_HeaderWithoutBracket_Error()
    {
        var result = InfFile.Parse("[Version\n", "t.inf");

        var error = Assert.Single(result.Errors);
        Assert.Equal((1, 1, InfCodes.BadSectionHeader), (error.Line, error.Column, error.Code));
    }

    [Fact]
    public void Load_MissingFile_ErrorNamesThePath()
    {
        var path = Path.Combine(Path.GetTempPath(), "ntsim-no-such.inf");

        var result = InfFile.Load(path);

        var error = Assert.Single(result.Errors);
        Assert.Contains(path, error.Message);
        Assert.Null(result.Document);
    }

    [Fact]
    public void Verify_NoVersion_Error()
    {
        var diagnostics = InfVerifier.Verify(InfFile.Parse("[AutoRun]\nopen=x.exe\n", "autorun.inf"));

        Assert.Contains(diagnostics, d => d.Code == InfCodes.MissingVersion && d.Severity == InfSeverity.Error);
    }

    [Fact]
    public void Verify_MissingInstallSection_Warning()
    {
        var diagnostics = InfVerifier.Verify(InfFile.Parse(
            "[Version]\nSignature=\"$Windows NT$\"\n[Manufacturer]\n%M%=Std,NTamd64\n[Std.NTamd64]\n%D%=Nowhere,root\\x\n[Strings]\nM=\"m\"\nD=\"d\"\n", "t.inf"));

        var warning = Assert.Single(diagnostics);
        Assert.Equal((6, 5, InfCodes.MissingSection), (warning.Line, warning.Column, warning.Code));
    }
}
