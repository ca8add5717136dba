using System.Globalization;
using System.Text;

namespace NtSim;

public static partial class Wdm
{
    /// <summary>
    /// RtlUnicodeStringPrintf (ntstrsafe.h): formats C-style into the string's buffer, replacing its
    /// contents. Conversions: %d %i %u %x %X %o %c %s %ls %ws %S %hs %wZ %Z %p %%, with flags
    /// (- + space 0 #), width and precision (numbers or *) and the sizes h hh l ll I I32 I64 z.
    /// Strings and UNICODE_STRINGs go to %s and %wZ alike. Output that does not fit is cut, and
    /// STATUS_BUFFER_OVERFLOW returned; the result is not NUL-terminated.
    /// </summary>
    public static NTSTATUS RtlUnicodeStringPrintf(ref UNICODE_STRING DestinationString, string pszFormat, params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(pszFormat);
        RequireBuffer(DestinationString, nameof(RtlUnicodeStringPrintf), nameof(DestinationString));
        var text = CFormat.Format(pszFormat, args, nameof(RtlUnicodeStringPrintf));
        var capacity = DestinationString.MaximumLength / 2;
        var count = Math.Min(text.Length, capacity);
        text.AsSpan(0, count).CopyTo(DestinationString.Buffer.Span);
        DestinationString.Length = (ushort)(count * 2);
        return count < text.Length ? STATUS_BUFFER_OVERFLOW : STATUS_SUCCESS;
    }

    /// <summary>The C format language of the printf family, over .NET values.</summary>
    private static class CFormat
    {
        internal static string Format(string format, object?[] args, string ddi)
        {
            var output = new StringBuilder();
            var next = 0;
            var i = 0;
            while (i < format.Length)
            {
                var c = format[i++];
                if (c != '%')
                {
                    output.Append(c);
                    continue;
                }

                if (i < format.Length && format[i] == '%')
                {
                    output.Append('%');
                    i++;
                    continue;
                }

                var left = false;
                var plus = false;
                var space = false;
                var zero = false;
                var alternate = false;
                for (; i < format.Length && "-+ 0#".Contains(format[i], StringComparison.Ordinal); i++)
                {
                    left |= format[i] == '-';
                    plus |= format[i] == '+';
                    space |= format[i] == ' ';
                    zero |= format[i] == '0';
                    alternate |= format[i] == '#';
                }

                var width = ReadCount(format, ref i, args, ref next, ddi);
                if (width < 0)
                {
                    left = true;
                    width = -width;
                }

                var precision = -1;
                if (i < format.Length && format[i] == '.')
                {
                    i++;
                    precision = Math.Max(0, ReadCount(format, ref i, args, ref next, ddi));
                }

                var size = ReadSize(format, ref i);
                if (i >= format.Length)
                {
                    throw new FormatException($"{ddi}: the format ends inside a conversion: \"{format}\".");
                }

                var conversion = format[i++];
                if (conversion == 'n')
                {
                    throw new FormatException($"{ddi}: %n is not allowed (ntstrsafe rejects it).");
                }

                var arg = NextArgument(args, ref next, conversion, ddi);
                string body;
                var numeric = true;
                var sign = "";
                switch (conversion)
                {
                    case 'd' or 'i':
                        var signed = Signed(arg, size, conversion, ddi);
                        sign = signed < 0 ? "-" : plus ? "+" : space ? " " : "";
                        body = Digits(signed < 0 ? (ulong)(-(signed + 1)) + 1 : (ulong)signed, 10, false, precision);
                        break;
                    case 'u':
                        body = Digits(Unsigned(arg, size, conversion, ddi), 10, false, precision);
                        break;
                    case 'x' or 'X':
                        var hex = Unsigned(arg, size, conversion, ddi);
                        body = Digits(hex, 16, conversion == 'X', precision);
                        sign = alternate && hex != 0 ? (conversion == 'X' ? "0X" : "0x") : "";
                        break;
                    case 'o':
                        body = Digits(Unsigned(arg, size, conversion, ddi), 8, false, precision);
                        sign = alternate && !body.StartsWith('0') ? "0" : "";
                        break;
                    case 'p':
                        body = Address(arg, conversion, ddi).ToString("X16", CultureInfo.InvariantCulture);
                        break;
                    case 'c' or 'C':
                        body = arg is char ch ? ch.ToString() : ((char)Unsigned(arg, size, conversion, ddi)).ToString();
                        numeric = false;
                        break;
                    case 's' or 'S' or 'Z':
                        body = Text(arg, conversion, ddi);
                        if (precision >= 0 && precision < body.Length)
                        {
                            body = body[..precision];
                        }

                        numeric = false;
                        break;
                    default:
                        throw new FormatException($"{ddi}: unknown conversion %{conversion} in \"{format}\".");
                }

                var padding = Math.Max(0, width - sign.Length - body.Length);
                if (left)
                {
                    output.Append(sign).Append(body).Append(' ', padding);
                }
                else if (zero && numeric && precision < 0)
                {
                    output.Append(sign).Append('0', padding).Append(body);
                }
                else
                {
                    output.Append(' ', padding).Append(sign).Append(body);
                }
            }

            return output.ToString();
        }

        private static int ReadCount(string format, ref int i, object?[] args, ref int next, string ddi)
        {
            if (i < format.Length && format[i] == '*')
            {
                i++;
                return (int)Signed(NextArgument(args, ref next, '*', ddi), "", '*', ddi);
            }

            var value = 0;
            for (; i < format.Length && char.IsAsciiDigit(format[i]); i++)
            {
                value = (value * 10) + (format[i] - '0');
            }

            return value;
        }

        private static string ReadSize(string format, ref int i)
        {
            foreach (var size in (string[])["I64", "I32", "hh", "ll", "h", "l", "L", "I", "z", "j", "t", "w"])
            {
                if (string.CompareOrdinal(format, i, size, 0, size.Length) == 0)
                {
                    i += size.Length;
                    return size;
                }
            }

            return "";
        }

        private static object? NextArgument(object?[] args, ref int next, char conversion, string ddi) =>
            next < args.Length ? args[next++] : throw new FormatException($"{ddi}: %{conversion} has no argument (only {args.Length} given).");

        private static long Signed(object? arg, string size, char conversion, string ddi)
        {
            var value = Integer(arg, conversion, ddi);
            return size switch
            {
                "hh" => (sbyte)value,
                "h" => (short)value,
                "ll" or "I64" or "I" or "z" or "j" or "t" or "L" => value,
                _ => (int)value,
            };
        }

        private static ulong Unsigned(object? arg, string size, char conversion, string ddi)
        {
            var value = (ulong)Integer(arg, conversion, ddi);
            return size switch
            {
                "hh" => (byte)value,
                "h" => (ushort)value,
                "ll" or "I64" or "I" or "z" or "j" or "t" or "L" => value,
                _ => (uint)value,
            };
        }

        private static long Integer(object? arg, char conversion, string ddi) => arg switch
        {
            int v => v,
            uint v => v,
            long v => v,
            ulong v => unchecked((long)v),
            short v => v,
            ushort v => v,
            sbyte v => v,
            byte v => v,
            char v => v,
            bool v => v ? 1 : 0,
            nint v => v,
            nuint v => unchecked((long)v),
            HANDLE v => unchecked((long)v.Value),
            Enum v => Convert.ToInt64(v, CultureInfo.InvariantCulture),
            _ => throw new FormatException($"{ddi}: %{conversion} needs an integer, not {Describe(arg)}."),
        };

        private static ulong Address(object? arg, char conversion, string ddi) => arg switch
        {
            null => 0,
            DispatcherObject o => o.Address,
            IObjectBody { ObjectHeader: { } header } => header.BodyAddress,
            _ => unchecked((ulong)Integer(arg, conversion, ddi)),
        };

        private static string Text(object? arg, char conversion, string ddi) => arg switch
        {
            null => "(null)",
            string s => s,
            UNICODE_STRING u => u.ToString(),
            _ => throw new FormatException($"{ddi}: %{conversion} needs a string, not {Describe(arg)}."),
        };

        private static string Digits(ulong value, int radix, bool upper, int precision)
        {
            var digits = radix switch
            {
                16 => value.ToString(upper ? "X" : "x", CultureInfo.InvariantCulture),
                8 => Convert.ToString(unchecked((long)value), 8),
                _ => value.ToString(CultureInfo.InvariantCulture),
            };

            // A precision of 0 prints nothing for 0; otherwise it is the minimum number of digits.
            return precision == 0 && value == 0 ? "" : precision > digits.Length ? digits.PadLeft(precision, '0') : digits;
        }

        private static string Describe(object? arg) => arg is null ? "NULL" : arg.GetType().Name;
    }
}
