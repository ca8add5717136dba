using System.Globalization;

namespace NtSim;

/// <summary>The number conversions of RtlIntegerToUnicodeString, RtlInt64ToUnicodeString and
/// RtlUnicodeStringToInteger: bases 2, 8, 10 and 16 (0 meaning 10, or the string's prefix).</summary>
internal static class IntegerStrings
{
    private const string Digits = "0123456789ABCDEF";

    internal static bool IsBase(uint value) => value is 2 or 8 or 10 or 16;

    /// <summary>The digits of <paramref name="value"/> in <paramref name="numberBase"/> (upper-case, no prefix).</summary>
    internal static string Format(ulong value, uint numberBase)
    {
        if (numberBase == 10)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        Span<char> text = stackalloc char[64];
        var i = text.Length;
        do
        {
            text[--i] = Digits[(int)(value % numberBase)];
            value /= numberBase;
        }
        while (value != 0);
        return new string(text[i..]);
    }

    /// <summary>Writes the digits and a NUL into the string: STATUS_BUFFER_OVERFLOW if they do not fit.</summary>
    internal static NTSTATUS Write(ref UNICODE_STRING value, ulong number, uint numberBase)
    {
        if (numberBase == 0)
        {
            numberBase = 10;
        }

        if (!IsBase(numberBase))
        {
            return Wdm.STATUS_INVALID_PARAMETER;
        }

        if (value.MaximumLength / 2 > value.Buffer.Length)
        {
            throw new ArgumentException($"String.MaximumLength is {value.MaximumLength} bytes but its buffer holds {value.Buffer.Length} characters.", "String");
        }

        var text = Format(number, numberBase);
        if ((text.Length + 1) * 2 > value.MaximumLength)
        {
            return Wdm.STATUS_BUFFER_OVERFLOW;
        }

        text.CopyTo(value.Buffer.Span);
        value.Buffer.Span[text.Length] = '\0';
        value.Length = (ushort)(text.Length * 2);
        return Wdm.STATUS_SUCCESS;
    }

    /// <summary>RtlUnicodeStringToInteger: white space, an optional sign, then (base 0) a 0x, 0o or 0b
    /// prefix, then digits up to the first that is not one of the base's; no digits at all is 0.</summary>
    internal static NTSTATUS Parse(ReadOnlySpan<char> text, uint numberBase, out uint value)
    {
        value = 0;
        if (numberBase != 0 && !IsBase(numberBase))
        {
            return Wdm.STATUS_INVALID_PARAMETER;
        }

        var i = 0;
        while (i < text.Length && text[i] <= ' ')
        {
            i++;
        }

        var negative = false;
        if (i < text.Length && text[i] is '+' or '-')
        {
            negative = text[i] == '-';
            i++;
        }

        if (numberBase == 0)
        {
            numberBase = 10;
            if (i + 1 < text.Length && text[i] == '0')
            {
                var prefix = char.ToLowerInvariant(text[i + 1]);
                var prefixed = prefix switch { 'x' => 16u, 'o' => 8u, 'b' => 2u, _ => 0u };
                if (prefixed != 0)
                {
                    numberBase = prefixed;
                    i += 2;
                }
            }
        }

        uint result = 0;
        for (; i < text.Length; i++)
        {
            var digit = Digits.IndexOf(char.ToUpperInvariant(text[i]));
            if (digit < 0 || digit >= numberBase)
            {
                break;
            }

            result = unchecked((result * numberBase) + (uint)digit);
        }

        value = negative ? unchecked(0u - result) : result;
        return Wdm.STATUS_SUCCESS;
    }
}
