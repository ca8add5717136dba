using System.Text;
using NtSim.Setup;

namespace NtSim.Tests.Setup.Inf;

/// <summary>The general syntax rules for INF files, one tiny INF each.</summary>
public sealed class InfLexerTests
{
    private static InfDocument Parse(string text, InfParseOptions? options = null)
    {
        var result = InfFile.Parse(text, "t.inf", options);
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        return result.Document!;
    }

    [Fact]
    public void Parse_CrlfAndLf_SameLines()
    {
        var crlf = Parse("[A]\r\nx = 1\r\ny = 2\r\n");
        var lf = Parse("[A]\nx = 1\ny = 2\n");

        Assert.Equal(["1", "2"], crlf.Section("A")!.Lines.Select(l => l[0]));
        Assert.Equal(["1", "2"], lf.Section("A")!.Lines.Select(l => l[0]));
        Assert.Equal(3, lf.Section("A")!.Lines[1].Line);
    }

    [Fact]
    public void Parse_Comment_EndsLineButNotInsideQuotes()
    {
        var inf = Parse("; header\n[A] ; after the header\nx = 1 ; one\ny = \"a;b\" ; two\n");

        Assert.Equal("1", inf.Section("A")!.ValueOf("x"));
        Assert.Equal("a;b", inf.Section("A")!.ValueOf("y"));
    }

    [Fact]
    public void Parse_BackslashAtEnd_ContinuesLine()
    {
        var inf = Parse("[A]\nx = 1, \\\n    2,\\\n3\ny = %13%\\a.sys\n");

        var x = inf.Section("A")!.Lines[0];
        Assert.Equal(["1", "2", "3"], x.Values);
        Assert.Equal(2, x.Line);
        Assert.Equal((3, 5), (x.Fields[1].Line, x.Fields[1].Column));
        Assert.Equal(@"%13%\a.sys", inf.Section("A")!.ValueOf("y"));
    }

    [Fact]
    public void Parse_BackslashBeforeComment_StillContinues()
    {
        var inf = Parse("[A]\nx = 1, \\ ; more below\n 2\n");

        Assert.Equal(["1", "2"], inf.Section("A")!.Lines[0].Values);
    }

    [Fact]
    public void Parse_LonePercent_WarningAndKept()
    {
        var result = InfFile.Parse("[A]\nx = 50%\n", "t.inf");

        var warning = Assert.Single(result.Warnings);
        Assert.Equal((2, 7, InfCodes.UnterminatedToken), (warning.Line, warning.Column, warning.Code));
        Assert.Equal("50%", result.Document!.Section("A")!.ValueOf("x"));
    }

    [Fact]
    public void Parse_SectionsKeysAndStrings_CaseInsensitive()
    {
        var inf = Parse("[Version]\nSignature=\"$Windows NT$\"\n[MySection]\nCOPYFILES = a\n[strings]\nDesc = \"d\"\n[mysection]\ncopyfiles = b\n[X]\nk = %DESC%\n");

        var section = inf.Section("MYSECTION")!;
        Assert.Equal("MySection", section.Name);
        Assert.Equal(["a", "b"], section.LinesWithKey("CopyFiles").Select(l => l[0]));
        Assert.Equal("d", inf.Section("x")!.ValueOf("K"));
        Assert.Equal("$Windows NT$", inf.Version.Signature);
    }

    [Fact]
    public void Parse_RepeatedKeys_AllKeptInOrder()
    {
        var inf = Parse("[A]\nAddReg = r1\nCopyFiles = c\nAddReg = r2, r3\n");

        Assert.Equal(["r1", "r2", "r3"], inf.Section("A")!.LinesWithKey("addreg").SelectMany(l => l.Values));
    }

    [Fact]
    public void Parse_QuotedField_DoubledQuoteIsOneQuoteAndCommasStay()
    {
        var inf = Parse("[A]\nx = \"say \"\"hi\"\", ok\", \"\" , plain text \n");

        var line = inf.Section("A")!.Lines[0];
        Assert.Equal(["say \"hi\", ok", "", "plain text"], line.Values);
        Assert.True(line.Fields[1].Quoted);
        Assert.False(line.Fields[2].Quoted);
    }

    [Fact]
    public void Parse_StringKeysWithDotsBackslashesAmpersands_Substituted()
    {
        var inf = Parse("[A]\nx = %Dev.Desc%, %PCI\\VEN&1%, %%, 50%%\n[Strings]\nDev.Desc = \"A device\"\nPCI\\VEN&1 = \"id\"\n");

        Assert.Equal(["A device", "id", "%", "50%"], inf.Section("A")!.Lines[0].Values);
        Assert.Equal(["%Dev.Desc%", @"%PCI\VEN&1%", "%%", "50%%"], inf.Section("A")!.Lines[0].RawValues);
    }

    [Fact]
    public void Parse_LocalizedStrings_OverrideStringsForTheLanguage()
    {
        const string text = "[A]\nx = %S%, %T%\n[Strings]\nS = \"base\"\nT = \"t\"\n[Strings.0407]\nS = \"deutsch\"\n";

        Assert.Equal(["base", "t"], Parse(text).Section("A")!.Lines[0].Values);
        Assert.Equal(["deutsch", "t"], Parse(text, new InfParseOptions { LanguageId = "0407" }).Section("A")!.Lines[0].Values);
    }

    [Fact]
    public void Parse_Dirids_KeptAsReferencesAndResolvable()
    {
        var inf = Parse("[A]\nServiceBinary = %12%\\x.sys\nB = %13%\\y.sys\nC = %10%, %11%\n");

        Assert.Equal(@"%12%\x.sys", inf.Section("A")!.ValueOf("ServiceBinary"));
        Assert.Equal(@"C:\Windows\System32\drivers\x.sys", InfDirids.Resolve(inf.Section("A")!.ValueOf("ServiceBinary")!));
        Assert.Equal(@"C:\Windows", InfDirids.Resolve(inf.Section("A")!.Lines[2][0]));
        Assert.Equal(@"C:\Windows\System32", InfDirids.Resolve(inf.Section("A")!.Lines[2][1]));
    }

    [Fact]
    public void Parse_StampinfTokens_SubstitutedFromOptionsOrKept()
    {
        const string text = "[Version]\nSignature=\"$WINDOWS NT$\"\n[Models.NT$ARCH$]\nx = $KMDFVERSION$, $UMDFVERSION$\n";

        var kept = Parse(text);
        Assert.NotNull(kept.Section("Models.NTamd64"));
        Assert.Equal(["$KMDFVERSION$", "$UMDFVERSION$"], kept.Section("Models.NTamd64")!.Lines[0].Values);
        Assert.Equal("$WINDOWS NT$", kept.Version.Signature);

        var stamped = Parse(text, new InfParseOptions { Architecture = "arm64", KmdfVersion = "1.33", UmdfVersion = "2.33" });
        Assert.Equal(["1.33", "2.33"], stamped.Section("Models.NTarm64")!.Lines[0].Values);
    }

    [Fact]
    public void Parse_BareLine_HasNoKey()
    {
        var inf = Parse("[Files]\nfilter.sys\nwdf.sys,,,2\n");

        Assert.Null(inf.Section("Files")!.Lines[0].Key);
        Assert.Equal(["wdf.sys", "", "", "2"], inf.Section("Files")!.Lines[1].Values);
    }

    [Fact]
    public void Parse_Utf16LeWithBom_Decoded()
    {
        var bytes = new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes("[Strings]\r\nName = \"Caf\u00e9 \u00fc\"\r\n")).ToArray();

        var result = InfFile.Parse(bytes, "u16.inf");

        Assert.True(result.Succeeded);
        Assert.Equal("Caf\u00e9 \u00fc", result.Document!.Strings["name"]);
    }

    [Fact]
    public void Parse_Utf8WithAndWithoutBom_AndAscii_Decoded()
    {
        var body = Encoding.UTF8.GetBytes("[Strings]\nName = \"non\u00a0breaking\"\n");
        var withBom = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(body).ToArray();
        var ascii = Encoding.ASCII.GetBytes("[Strings]\nName = \"plain\"\n");

        Assert.Equal("non\u00a0breaking", InfFile.Parse(body, "a.inf").Document!.Strings["Name"]);
        Assert.Equal("non\u00a0breaking", InfFile.Parse(withBom, "b.inf").Document!.Strings["Name"]);
        Assert.Equal("plain", InfFile.Parse(ascii, "c.inf").Document!.Strings["Name"]);
    }
}
