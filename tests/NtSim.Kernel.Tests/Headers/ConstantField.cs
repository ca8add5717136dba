using System.Globalization;
using System.Reflection;

namespace NtSim.Tests.Headers;

/// <summary>A public constant of a class, with its value as a 64-bit integer and the width of its type.</summary>
internal sealed record ConstantField(string Name, long Value, int Bits, FieldInfo Field)
{
    public static IReadOnlyList<ConstantField> Of(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(From)
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .ToList();

    private static ConstantField From(FieldInfo field)
    {
        object raw = field.GetRawConstantValue()!;
        (long value, int bits) = raw switch
        {
            byte b => (b, 8),
            sbyte sb => (sb, 8),
            ushort us => (us, 16),
            short s => (s, 16),
            uint ui => (ui, 32),
            int i => (i, 32),
            ulong ul => (unchecked((long)ul), 64),
            long l => (l, 64),
            _ => throw new InvalidOperationException($"{field.Name}: a constant of type {raw.GetType()} is not an integer"),
        };
        return new ConstantField(field.Name, value, bits, field);
    }

    /// <summary>
    /// Whether a value from a header is this constant: the same bits in the width of the C# type, and a
    /// header value that fits that width (signed or unsigned), so ((NTSTATUS)0xC0000005L) matches an
    /// NTSTATUS of -1073741819 but 0x1FF does not match a byte.
    /// </summary>
    public bool Matches(long headerValue)
    {
        if (Bits == 64)
        {
            return headerValue == Value;
        }

        long mask = (1L << Bits) - 1;
        bool fits = headerValue >= -(1L << (Bits - 1)) && headerValue <= mask;
        return fits && (headerValue & mask) == (Value & mask);
    }

    public string HexValue => Hex(Value, Bits);

    public static string Hex(long value, int bits = 64)
    {
        ulong masked = bits == 64 ? unchecked((ulong)value) : unchecked((ulong)value) & ((1UL << bits) - 1);
        return "0x" + masked.ToString(bits <= 32 ? "X8" : "X16", CultureInfo.InvariantCulture);
    }
}
