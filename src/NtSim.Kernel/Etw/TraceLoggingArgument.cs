using System.Diagnostics;

namespace NtSim;

/// <summary>What a TraceLoggingWrite argument is: the event's level, keyword or opcode, or a field.</summary>
internal enum TraceLoggingArgumentKind : byte
{
    Field,
    Level,
    Keyword,
    Opcode,
}

/// <summary>
/// One argument of TraceLoggingWrite, as the TraceLogging* wrapper macros make them (TraceLoggingLevel,
/// TraceLoggingKeyword, TraceLoggingInt32, TraceLoggingWideString ...). A struct passed in a span: an event that no
/// session enables allocates nothing; the value becomes an object only when the event is recorded.
/// </summary>
[DebuggerDisplay("{Type,nq} {Name,nq}")]
public readonly struct TraceLoggingArgument
{
    private readonly ulong _bits;
    private readonly object? _reference;
    private readonly Guid _guid;

    internal TraceLoggingArgument(TraceLoggingArgumentKind kind, string name, string type, ulong bits, object? reference = null, Guid guid = default)
    {
        Kind = kind;
        Name = name;
        Type = type;
        _bits = bits;
        _reference = reference;
        _guid = guid;
    }

    internal TraceLoggingArgumentKind Kind { get; }

    /// <summary>The field's name.</summary>
    public string Name { get; }

    /// <summary>The field's TraceLogging type (Int32, UInt64, HexUInt32, WideString, Guid, NTStatus ...).</summary>
    public string Type { get; }

    internal ulong Bits => _bits;

    /// <summary>The field's value, boxed (only when an event is recorded).</summary>
    internal object? Value => Type switch
    {
        "Int8" => (sbyte)_bits,
        "UInt8" => (byte)_bits,
        "Int16" => (short)_bits,
        "UInt16" => (ushort)_bits,
        "Int32" => (int)_bits,
        "UInt32" => (uint)_bits,
        "Int64" => (long)_bits,
        "Boolean" or "Bool" => _bits != 0,
        "NTStatus" => (NTSTATUS)(int)_bits,
        "Guid" => _guid,
        "WideString" or "String" => _reference,
        _ => _bits,
    };
}
