using System.Runtime.CompilerServices;

namespace NtSim;

/// <summary>The TraceLogging wrapper macros: the event's level, keyword and opcode, and typed fields. A field's name
/// defaults to the expression passed, as the C macros name a field after its expression.</summary>
public static partial class Wdm
{
    public static TraceLoggingArgument TraceLoggingLevel(byte eventLevel) => new(TraceLoggingArgumentKind.Level, "", "Level", eventLevel);

    public static TraceLoggingArgument TraceLoggingKeyword(ulong eventKeyword) => new(TraceLoggingArgumentKind.Keyword, "", "Keyword", eventKeyword);

    public static TraceLoggingArgument TraceLoggingOpcode(byte eventOpcode) => new(TraceLoggingArgumentKind.Opcode, "", "Opcode", eventOpcode);

    public static TraceLoggingArgument TraceLoggingInt8(sbyte value, [CallerArgumentExpression(nameof(value))] string name = "") => Field(name, "Int8", (ulong)value);

    public static TraceLoggingArgument TraceLoggingUInt8(byte value, [CallerArgumentExpression(nameof(value))] string name = "") => Field(name, "UInt8", value);

    public static TraceLoggingArgument TraceLoggingInt16(short value, [CallerArgumentExpression(nameof(value))] string name = "") => Field(name, "Int16", (ulong)value);

    public static TraceLoggingArgument TraceLoggingUInt16(ushort value, [CallerArgumentExpression(nameof(value))] string name = "") => Field(name, "UInt16", value);

    public static TraceLoggingArgument TraceLoggingInt32(int value, [CallerArgumentExpression(nameof(value))] string name = "") => Field(name, "Int32", (ulong)value);

    public static TraceLoggingArgument TraceLoggingUInt32(uint value, [CallerArgumentExpression(nameof(value))] string name = "") => Field(name, "UInt32", value);

    public static TraceLoggingArgument TraceLoggingHexUInt32(uint value, [CallerArgumentExpression(nameof(value))] string name = "") => Field(name, "HexUInt32", value);

    public static TraceLoggingArgument TraceLoggingInt64(long value, [CallerArgumentExpression(nameof(value))] string name = "") => Field(name, "Int64", (ulong)value);

    public static TraceLoggingArgument TraceLoggingUInt64(ulong value, [CallerArgumentExpression(nameof(value))] string name = "") => Field(name, "UInt64", value);

    public static TraceLoggingArgument TraceLoggingHexUInt64(ulong value, [CallerArgumentExpression(nameof(value))] string name = "") => Field(name, "HexUInt64", value);

    public static TraceLoggingArgument TraceLoggingPointer(ulong value, [CallerArgumentExpression(nameof(value))] string name = "") => Field(name, "Pointer", value);

    /// <summary>TraceLoggingBoolean: a one-byte boolean.</summary>
    public static TraceLoggingArgument TraceLoggingBoolean(bool value, [CallerArgumentExpression(nameof(value))] string name = "") => Field(name, "Boolean", value ? 1UL : 0);

    /// <summary>TraceLoggingBool: a four-byte BOOL.</summary>
    public static TraceLoggingArgument TraceLoggingBool(bool value, [CallerArgumentExpression(nameof(value))] string name = "") => Field(name, "Bool", value ? 1UL : 0);

    public static TraceLoggingArgument TraceLoggingNTStatus(NTSTATUS value, [CallerArgumentExpression(nameof(value))] string name = "") =>
        Field(name, "NTStatus", unchecked((uint)value));

    public static TraceLoggingArgument TraceLoggingGuid(Guid value, [CallerArgumentExpression(nameof(value))] string name = "") =>
        new(TraceLoggingArgumentKind.Field, name, "Guid", 0, null, value);

    /// <summary>TraceLoggingWideString: a NUL-terminated UTF-16 string (NULL is recorded as NULL).</summary>
    public static TraceLoggingArgument TraceLoggingWideString(string? value, [CallerArgumentExpression(nameof(value))] string name = "") =>
        new(TraceLoggingArgumentKind.Field, name, "WideString", 0, value);

    /// <summary>TraceLoggingString: a NUL-terminated ANSI string.</summary>
    public static TraceLoggingArgument TraceLoggingString(string? value, [CallerArgumentExpression(nameof(value))] string name = "") =>
        new(TraceLoggingArgumentKind.Field, name, "String", 0, value);

    /// <summary>TraceLoggingUnicodeString: a counted UNICODE_STRING, recorded as its text.</summary>
    public static TraceLoggingArgument TraceLoggingUnicodeString(in UNICODE_STRING value, [CallerArgumentExpression(nameof(value))] string name = "") =>
        new(TraceLoggingArgumentKind.Field, name, "WideString", 0, value.ToString());

    // TraceLoggingValue: the type follows the value's, as the C++ overloads choose it.
    public static TraceLoggingArgument TraceLoggingValue(int value, [CallerArgumentExpression(nameof(value))] string name = "") => TraceLoggingInt32(value, name);

    public static TraceLoggingArgument TraceLoggingValue(uint value, [CallerArgumentExpression(nameof(value))] string name = "") => TraceLoggingUInt32(value, name);

    public static TraceLoggingArgument TraceLoggingValue(long value, [CallerArgumentExpression(nameof(value))] string name = "") => TraceLoggingInt64(value, name);

    public static TraceLoggingArgument TraceLoggingValue(ulong value, [CallerArgumentExpression(nameof(value))] string name = "") => TraceLoggingUInt64(value, name);

    public static TraceLoggingArgument TraceLoggingValue(short value, [CallerArgumentExpression(nameof(value))] string name = "") => TraceLoggingInt16(value, name);

    public static TraceLoggingArgument TraceLoggingValue(ushort value, [CallerArgumentExpression(nameof(value))] string name = "") => TraceLoggingUInt16(value, name);

    public static TraceLoggingArgument TraceLoggingValue(byte value, [CallerArgumentExpression(nameof(value))] string name = "") => TraceLoggingUInt8(value, name);

    public static TraceLoggingArgument TraceLoggingValue(bool value, [CallerArgumentExpression(nameof(value))] string name = "") => TraceLoggingBoolean(value, name);

    public static TraceLoggingArgument TraceLoggingValue(Guid value, [CallerArgumentExpression(nameof(value))] string name = "") => TraceLoggingGuid(value, name);

    public static TraceLoggingArgument TraceLoggingValue(NTSTATUS value, [CallerArgumentExpression(nameof(value))] string name = "") => TraceLoggingNTStatus(value, name);

    public static TraceLoggingArgument TraceLoggingValue(string? value, [CallerArgumentExpression(nameof(value))] string name = "") => TraceLoggingWideString(value, name);

    private static TraceLoggingArgument Field(string name, string type, ulong bits) => new(TraceLoggingArgumentKind.Field, name, type, bits);
}
