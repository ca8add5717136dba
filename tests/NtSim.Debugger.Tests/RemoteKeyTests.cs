using System.Buffers.Binary;
using System.Numerics;
using NtSim.Debugger.Remote;

namespace NtSim.Debugger.Tests;

/// <summary>KDNET's key: parsing (the forms the tools accept, and each error naming the word at fault), the key
/// material derived from it, and the connection settings that carry it.</summary>
public sealed class RemoteKeyTests
{
    // The example key of the KDNET setup pages (reference/debugger.md section 11).
    private const string DocsKey = "2steg4fzbj2sz.23418vzkd4ko3.1g34ou07z4pev.1sp3yo9yz874p";

    [Theory]
    [InlineData(DocsKey)]
    [InlineData("1.2.3.4")]
    [InlineData("0.0.0.0")]
    [InlineData("3w5e11264sgsf.3w5e11264sgsf.3w5e11264sgsf.3w5e11264sgsf")]
    public void Parse_GoodKey_RoundTripsAsTheToolsPrintIt(string text)
    {
        var key = KdNetKey.Parse(text);

        Assert.Equal(text, key.ToString());
    }

    [Fact]
    public void Parse_UpperCase_SameValues()
    {
        Assert.Equal(KdNetKey.Parse(DocsKey).Words, KdNetKey.Parse(DocsKey.ToUpperInvariant()).Words);
    }

    [Fact]
    public void Parse_LargestWord_IsUlongMax()
    {
        Assert.Equal(ulong.MaxValue, KdNetKey.Parse("3w5e11264sgsf.1.2.3").Words[0]);
    }

    [Theory]
    [InlineData("", "the key is empty: KDNET's key is four base-36 words separated by dots (W.X.Y.Z)")]
    [InlineData("1.2.3", "the key '1.2.3' has 3 words, not four: KDNET's key is four base-36 words separated by dots (W.X.Y.Z)")]
    [InlineData("1.2.3.4.5", "the key '1.2.3.4.5' has 5 words, not four: KDNET's key is four base-36 words separated by dots (W.X.Y.Z)")]
    [InlineData("1.2.x!y.4", "key word 3 'x!y' is not base 36 (letters a-z and digits 0-9)")]
    [InlineData("1..3.4", "key word 2 is empty: KDNET's key is four base-36 words separated by dots (W.X.Y.Z)")]
    [InlineData("1.2.3.aaaaaaaaaaaaaa", "key word 4 'aaaaaaaaaaaaaa' is longer than 13 characters")]
    [InlineData("3w5e11264sgsg.2.3.4", "key word 1 '3w5e11264sgsg' is too big for 64 bits")]
    [InlineData("1.zzzzzzzzzzzzz.3.4", "key word 2 'zzzzzzzzzzzzz' is too big for 64 bits")]
    public void TryParse_BadKey_OneLineNamingTheWord(string text, string problem)
    {
        Assert.False(KdNetKey.TryParse(text, out var key, out var got));
        Assert.Null(key);
        Assert.Equal(problem, got);
        Assert.Equal(problem, Assert.Throws<FormatException>(() => KdNetKey.Parse(text)).Message);
    }

    [Fact]
    public void ControlKey_IsTheFourValuesLittleEndian_HmacKeyItsNot()
    {
        var key = KdNetKey.Parse(DocsKey);
        var expected = new byte[32];
        var words = DocsKey.Split('.');
        for (var i = 0; i < 4; i++)
        {
            // Computed apart from the parser: base 36 by BigInteger, then written little-endian.
            var value = words[i].Aggregate(BigInteger.Zero, (v, c) => (v * 36) + (char.IsDigit(c) ? c - '0' : c - 'a' + 10));
            BinaryPrimitives.WriteUInt64LittleEndian(expected.AsSpan(i * 8), (ulong)value);
        }

        Assert.Equal(expected, key.ControlKey());
        Assert.Equal(expected.Select(b => (byte)~b).ToArray(), key.HmacKey());
    }

    [Fact]
    public void ControlKey_TinyKey_KnownBytes()
    {
        var bytes = KdNetKey.Parse("1.2.3.z").ControlKey();

        Assert.Equal(
            "0100000000000000" + "0200000000000000" + "0300000000000000" + "2300000000000000",
            Convert.ToHexString(bytes));
    }

    [Theory]
    [InlineData("net:port=50000,key=1.2.3.4", 50000)]
    [InlineData("NET:key=1.2.3.4,port=50039", 50039)]
    public void Settings_Good(string text, int port)
    {
        Assert.True(KdNetSettings.TryParse(text, anyPort: false, out var settings, out _));
        Assert.Equal(port, settings!.Port);
        Assert.Equal("1.2.3.4", settings.Key.ToString());
    }

    [Theory]
    [InlineData("com:port=COM1,baud=115200", "'com:port=COM1,baud=115200' is not a network connection: NtSim debugs over net:port=N,key=W.X.Y.Z (on 127.0.0.1)")]
    [InlineData("net:port=0,key=1.2.3.4", "port '0' is not a TCP port (1-65535; KDNET recommends 50000-50039)")]
    [InlineData("net:port=70000,key=1.2.3.4", "port '70000' is not a TCP port (1-65535; KDNET recommends 50000-50039)")]
    [InlineData("net:port=50000", "'net:port=50000' lacks its key: net:port=N,key=W.X.Y.Z")]
    [InlineData("net:key=1.2.3.4", "'net:key=1.2.3.4' lacks its port: net:port=N,key=W.X.Y.Z")]
    [InlineData("net:port=50000,key=1.2.3.4,hostip=10.0.0.1", "'hostip' is not taken: NtSim listens and connects on the loopback interface (127.0.0.1) only")]
    [InlineData("net:port=50000,key=1.2.x!y.4", "key word 3 'x!y' is not base 36 (letters a-z and digits 0-9)")]
    [InlineData("net:port=50000,baud=9600,key=1.2.3.4", "'baud' is not a setting of net:port=N,key=W.X.Y.Z")]
    public void Settings_Bad_OneLine(string text, string problem)
    {
        Assert.False(KdNetSettings.TryParse(text, anyPort: false, out _, out var got));
        Assert.Equal(problem, got);
    }
}
