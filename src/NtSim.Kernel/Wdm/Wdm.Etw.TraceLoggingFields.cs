using System.Runtime.CompilerServices;

namespace NtSim;

/// <summary>The TraceLogging wrapper macros: the event's level, keyword and opcode, and typed fields. A field's name
/// defaults to the expression passed, as the C macros name a field after its expression.</summary>
public static partial class Wdm
{
    /// <summary>TraceLoggingLevel: the event's level (TRACE_LEVEL_* / WINEVENT_LEVEL_*); a session's level filter compares against it.</summary>
    public static TraceLoggingArgument TraceLoggingLevel(byte eventLevel) => new(TraceLoggingArgumentKind.Level, "", "Level", eventLevel);

    /// <summary>TraceLoggingKeyword: the event's keyword bits; a session's any/all keyword masks filter on them.</summary>
    public static TraceLoggingArgument TraceLoggingKeyword(ulong eventKeyword) => new(TraceLoggingArgumentKind.Keyword, "", "Keyword", eventKeyword);

    /// <summary>TraceLoggingOpcode: the event's opcode (WINEVENT_OPCODE_*, such as start and stop of an activity).</summary>
    public static TraceLoggingArgument TraceLoggingOpcode(byte eventOpcode) => new(TraceLoggingArgumentKind.Opcode, "", "Opcode", eventOpcode);

    /// <summary>TraceLoggingInt8: a signed 8-bit field.</summary>
    public static TraceLoggingArgument TraceLoggingInt8(sbyte value, [CallerArgumentExpression(nameof(value))] string name = "") => Field(name, "Int8", (ulong)value);

    /// <summary>TraceLoggingUInt8: an unsigned 8-bit field.</summary>
    public static TraceLoggingArgument TraceLoggingUInt8(byte value, [CallerArgumentExpression(nameof(value))] string name = "") => Field(name, "UInt8", value);

    /// <summary>TraceLoggingInt16: a signed 16-bit field.</summary>
    public static TraceLoggingArgument TraceLoggingInt16(short value, [CallerArgumentExpression(nameof(value))] string name = "") => Field(name, "Int16", (ulong)value);

    /// <summary>TraceLoggingUInt16: an unsigned 16-bit field.</summary>
    public static TraceLoggingArgument TraceLoggingUInt16(ushort value, [CallerArgumentExpression(nameof(value))] string name = "") => Field(name, "UInt16", value);

    /// <summary>TraceLoggingInt32: a signed 32-bit field.</summary>
    public static TraceLoggingArgument TraceLoggingInt32(int value, [CallerArgumentExpression(nameof(value))] string name = "") => Field(name, "Int32", (ulong)value);

    /// <summary>TraceLoggingUInt32: an unsigned 32-bit field.</summary>
    public static TraceLoggingArgument TraceLoggingUInt32(uint value, [CallerArgumentExpression(nameof(value))] string name = "") => Field(name, "UInt32", value);

    /// <summary>TraceLoggingHexUInt32: an unsigned 32-bit field shown in hexadecimal.</summary>
    public static TraceLoggingArgument TraceLoggingHexUInt32(uint value, [CallerArgumentExpression(nameof(value))] string name = "") => Field(name, "HexUInt32", value);

    /// <summary>TraceLoggingInt64: a signed 64-bit field.</summary>
    public static TraceLoggingArgument TraceLoggingInt64(long value, [CallerArgumentExpression(nameof(value))] string name = "") => Field(name, "Int64", (ulong)value);

    /// <summary>TraceLoggingUInt64: an unsigned 64-bit field.</summary>
    public static TraceLoggingArgument TraceLoggingUInt64(ulong value, [CallerArgumentExpression(nameof(value))] string name = "") => Field(name, "UInt64", value);

    /// <summary>TraceLoggingHexUInt64: an unsigned 64-bit field shown in hexadecimal.</summary>
    public static TraceLoggingArgument TraceLoggingHexUInt64(ulong value, [CallerArgumentExpression(nameof(value))] string name = "") => Field(name, "HexUInt64", value);

    /// <summary>TraceLoggingPointer: a pointer-sized field shown as an address.</summary>
    public static TraceLoggingArgument TraceLoggingPointer(ulong value, [CallerArgumentExpression(nameof(value))] string name = "") => Field(name, "Pointer", value);

    /// <summary>TraceLoggingBoolean: a one-byte boolean.</summary>
    public static TraceLoggingArgument TraceLoggingBoolean(bool value, [CallerArgumentExpression(nameof(value))] string name = "") => Field(name, "Boolean", value ? 1UL : 0);

    /// <summary>TraceLoggingBool: a four-byte BOOL.</summary>
    public static TraceLoggingArgument TraceLoggingBool(bool value, [CallerArgumentExpression(nameof(value))] string name = "") => Field(name, "Bool", value ? 1UL : 0);

    /// <summary>TraceLoggingNTStatus: an NTSTATUS field, shown with its name.</summary>
    public static TraceLoggingArgument TraceLoggingNTStatus(NTSTATUS value, [CallerArgumentExpression(nameof(value))] string name = "") =>
        Field(name, "NTStatus", unchecked((uint)value));

    /// <summary>TraceLoggingGuid: a GUID field.</summary>
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
    /// <summary>TraceLoggingValue of an int: a TraceLoggingInt32 field.</summary>
    public static TraceLoggingArgument TraceLoggingValue(int value, [CallerArgumentExpression(nameof(value))] string name = "") => TraceLoggingInt32(value, name);

    /// <summary>TraceLoggingValue of a uint: a TraceLoggingUInt32 field.</summary>
    public static TraceLoggingArgument TraceLoggingValue(uint value, [CallerArgumentExpression(nameof(value))] string name = "") => TraceLoggingUInt32(value, name);

    /// <summary>TraceLoggingValue of a long: a TraceLoggingInt64 field.</summary>
    public static TraceLoggingArgument TraceLoggingValue(long value, [CallerArgumentExpression(nameof(value))] string name = "") => TraceLoggingInt64(value, name);

    /// <summary>TraceLoggingValue of a ulong: a TraceLoggingUInt64 field.</summary>
    public static TraceLoggingArgument TraceLoggingValue(ulong value, [CallerArgumentExpression(nameof(value))] string name = "") => TraceLoggingUInt64(value, name);

    /// <summary>TraceLoggingValue of a short: a TraceLoggingInt16 field.</summary>
    public static TraceLoggingArgument TraceLoggingValue(short value, [CallerArgumentExpression(nameof(value))] string name = "") => TraceLoggingInt16(value, name);

    /// <summary>TraceLoggingValue of a ushort: a TraceLoggingUInt16 field.</summary>
    public static TraceLoggingArgument TraceLoggingValue(ushort value, [CallerArgumentExpression(nameof(value))] string name = "") => TraceLoggingUInt16(value, name);

    /// <summary>TraceLoggingValue of a byte: a TraceLoggingUInt8 field.</summary>
    public static TraceLoggingArgument TraceLoggingValue(byte value, [CallerArgumentExpression(nameof(value))] string name = "") => TraceLoggingUInt8(value, name);

    /// <summary>TraceLoggingValue of a bool: a TraceLoggingBoolean field.</summary>
    public static TraceLoggingArgument TraceLoggingValue(bool value, [CallerArgumentExpression(nameof(value))] string name = "") => TraceLoggingBoolean(value, name);

    /// <summary>TraceLoggingValue of a Guid: a TraceLoggingGuid field.</summary>
    public static TraceLoggingArgument TraceLoggingValue(Guid value, [CallerArgumentExpression(nameof(value))] string name = "") => TraceLoggingGuid(value, name);

    /// <summary>TraceLoggingValue of an NTSTATUS: a TraceLoggingNTStatus field.</summary>
    public static TraceLoggingArgument TraceLoggingValue(NTSTATUS value, [CallerArgumentExpression(nameof(value))] string name = "") => TraceLoggingNTStatus(value, name);

    /// <summary>TraceLoggingValue of a string: a TraceLoggingWideString field.</summary>
    public static TraceLoggingArgument TraceLoggingValue(string? value, [CallerArgumentExpression(nameof(value))] string name = "") => TraceLoggingWideString(value, name);

    private static TraceLoggingArgument Field(string name, string type, ulong bits) => new(TraceLoggingArgumentKind.Field, name, type, bits);
}
