namespace NtSim.Tests.Headers.CHeaders;

public sealed class CHeaderReaderTests
{
    private static CHeaderReader Read(string text, params (string Name, string Body)[] predefined)
    {
        var reader = new CHeaderReader(predefined.Select(p => KeyValuePair.Create(p.Name, p.Body)));
        reader.ReadText(text, "test.h");
        Assert.Empty(reader.Warnings);
        return reader;
    }

    private static long Value(CHeaderReader reader, string name)
    {
        long? value = reader.TryEvaluateSymbol(name, out var error);
        Assert.True(value.HasValue, $"{name}: {error}");
        return value.Value;
    }

    [Fact]
    public void TryEvaluateSymbol_NtStatusCast_SignExtends()
    {
        var reader = Read("#define STATUS_ACCESS_VIOLATION ((NTSTATUS)0xC0000005L)");

        Assert.Equal(unchecked((int)0xC0000005), Value(reader, "STATUS_ACCESS_VIOLATION"));
    }

    [Fact]
    public void TryEvaluateSymbol_UlongCastAndShift_Evaluates()
    {
        var reader = Read("#define CODE ((ULONG)0x000000D1)\n#define SHIFTED (0x0001 << 2)\n#define NEG ((ULONG)-1)");

        Assert.Equal(0xD1, Value(reader, "CODE"));
        Assert.Equal(4, Value(reader, "SHIFTED"));
        Assert.Equal(0xFFFFFFFFL, Value(reader, "NEG"));
    }

    [Fact]
    public void TryEvaluateSymbol_ReferencesAndFunctionLikeMacro_Expand()
    {
        var reader = Read("""
            #define BASE 0x22
            #define CTL_CODE(DeviceType, Function, Method, Access) \
              (((DeviceType) << 16) | ((Access) << 14) | ((Function) << 2) | (Method))
            #define MY_IOCTL CTL_CODE(BASE, 0x800, 0, 1) /* a comment */
            #define MASKED ((0x001F0000L | 0x1) & (~0x00100000L))
            """);

        Assert.Equal(0x00226000, Value(reader, "MY_IOCTL"));
        Assert.Equal(0x000F0001, Value(reader, "MASKED"));
    }

    [Fact]
    public void ReadText_ArchitectureBranches_KeepsOnlyTheActiveOne()
    {
        var reader = Read("""
            #if defined(_M_IX86)
            #define HIGH_LEVEL 31
            #elif defined(_M_AMD64)
            #define HIGH_LEVEL 15
            #else
            #define HIGH_LEVEL 99
            #endif
            #if NTDDI_VERSION >= 0x06000000 && !defined(_X86_)
            #define VISTA 1
            #else
            #define VISTA 0
            #endif
            """,
            ("_M_AMD64", "100"), ("NTDDI_VERSION", "0x0A00000B"));

        Assert.Equal(15, Value(reader, "HIGH_LEVEL"));
        Assert.Equal(1, Value(reader, "VISTA"));
    }

    [Fact]
    public void ReadText_NestedInactiveBranch_StaysInactive()
    {
        var reader = Read("""
            #ifdef NOT_DEFINED
            #if 1
            #define INNER 1
            #else
            #define INNER 2
            #endif
            #endif
            """);

        Assert.False(reader.IsDefined("INNER"));
    }

    [Fact]
    public void ReadText_TypedefEnum_ReadsImplicitAndExplicitValues()
    {
        var reader = Read("""
            typedef enum _POOL_TYPE {
              NonPagedPool,
              NonPagedPoolExecute = NonPagedPool,
              PagedPool,
              NonPagedPoolSession = 32,
              PagedPoolSession,
              NonPagedPoolNx = 512,
            } POOL_TYPE;
            """);

        Assert.Equal(0, Value(reader, "NonPagedPoolExecute"));
        Assert.Equal(1, Value(reader, "PagedPool"));
        Assert.Equal(33, Value(reader, "PagedPoolSession"));
        Assert.Equal(512, Value(reader, "NonPagedPoolNx"));
    }

    [Fact]
    public void TryEvaluateSymbol_UnknownTypeOrName_ReportsWhy()
    {
        var reader = Read("#define P ((PVOID)0)\n#define Q (UNKNOWN_NAME)");

        Assert.Null(reader.TryEvaluateSymbol("P", out var error));
        Assert.Contains("PVOID", error, StringComparison.Ordinal);
        Assert.Null(reader.TryEvaluateSymbol("Q", out error));
        Assert.Contains("unresolved identifier 'UNKNOWN_NAME'", error, StringComparison.Ordinal);
    }
}
