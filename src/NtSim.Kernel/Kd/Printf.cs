using System.Globalization;
using System.Text;

namespace NtSim;

/// <summary>
/// The printf format of DbgPrint: flags (- + space # 0), width and precision (numbers or *),
/// length modifiers (h hh l ll I I32 I64 w z), and the conversions c C d i o u x X p s S Z %.
/// %wZ and %Z print a counted string (UNICODE_STRING), %ws/%S a wide string.
/// </summary>
internal static partial class Printf
{
    internal static string Format(string format, ReadOnlySpan<object?> args)
    {
        var text = new StringBuilder(format.Length + 16);
        var next = 0;
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if (c != '%')
            {
                text.Append(c);
                continue;
            }

            if (++i >= format.Length)
            {
                text.Append('%');
                break;
            }

            if (format[i] == '%')
            {
                text.Append('%');
                continue;
            }

            var spec = ParseSpec(format, ref i, args, ref next);
            var arg = next < args.Length ? args[next++] : null;
            text.Append(Pad(Convert(spec, arg), spec));
        }

        return text.ToString();
    }

    private sealed record Spec(bool Left, bool Plus, bool Space, bool Alternate, bool Zero, int Width, int Precision, bool Long64, char Conversion);

    private static Spec ParseSpec(string format, ref int i, ReadOnlySpan<object?> args, ref int next)
    {
        bool left = false, plus = false, space = false, alternate = false, zero = false;
        for (; i < format.Length && "-+ #0".Contains(format[i]); i++)
        {
            switch (format[i])
            {
                case '-': left = true; break;
                case '+': plus = true; break;
                case ' ': space = true; break;
                case '#': alternate = true; break;
                default: zero = true; break;
            }
        }

        var width = ReadNumber(format, ref i, args, ref next);
        var precision = -1;
        if (i < format.Length && format[i] == '.')
        {
            i++;
            precision = Math.Max(0, ReadNumber(format, ref i, args, ref next));
        }

        var long64 = false;
        while (i < format.Length && "hlIwzjtL".Contains(format[i]))
        {
            if (format[i] == 'I' && i + 2 < format.Length && format[i + 1] == '6' && format[i + 2] == '4')
            {
                long64 = true;
                i += 2;
            }
            else if (format[i] == 'I' && i + 2 < format.Length && format[i + 1] == '3' && format[i + 2] == '2')
            {
                i += 2;
            }
            else if (format[i] == 'l' && i + 1 < format.Length && format[i + 1] == 'l')
            {
                long64 = true;
                i++;
            }
            else if (format[i] is 'I' or 'z' or 'j' or 't')
            {
                long64 = true;
            }

            i++;
        }

        var conversion = i < format.Length ? format[i] : 's';
        return new Spec(left, plus, space, alternate, zero, width, precision, long64, conversion);
    }

    private static int ReadNumber(string format, ref int i, ReadOnlySpan<object?> args, ref int next)
    {
        if (i < format.Length && format[i] == '*')
        {
            i++;
            return next < args.Length ? (int)ToInt64(args[next++]) : 0;
        }

        var value = 0;
        var any = false;
        for (; i < format.Length && char.IsAsciiDigit(format[i]); i++)
        {
            value = (value * 10) + (format[i] - '0');
            any = true;
        }

        return any ? value : -1;
    }

    private static string Convert(Spec spec, object? arg)
    {
        switch (spec.Conversion)
        {
            case 'd' or 'i':
                {
                    var v = spec.Long64 ? ToInt64(arg) : (int)ToInt64(arg);
                    var digits = Math.Abs((decimal)v).ToString(CultureInfo.InvariantCulture);
                    digits = PadPrecision(digits, spec.Precision);
                    var sign = v < 0 ? "-" : spec.Plus ? "+" : spec.Space ? " " : "";
                    return sign + digits;
                }

            case 'u':
                return PadPrecision(ToUnsigned(arg, spec.Long64).ToString(CultureInfo.InvariantCulture), spec.Precision);
            case 'x' or 'X':
                {
                    var digits = PadPrecision(ToUnsigned(arg, spec.Long64).ToString(spec.Conversion == 'x' ? "x" : "X", CultureInfo.InvariantCulture), spec.Precision);
                    return spec.Alternate ? (spec.Conversion == 'x' ? "0x" : "0X") + digits : digits;
                }

            case 'o':
                return PadPrecision(System.Convert.ToString((long)ToUnsigned(arg, spec.Long64), 8), spec.Precision);
            case 'p':
                return ToUnsigned(arg, true).ToString("X16", CultureInfo.InvariantCulture);
            case 'c' or 'C':
                return arg switch
                {
                    char ch => ch.ToString(),
                    null => "",
                    _ => ((char)ToInt64(arg)).ToString(),
                };
            case 's' or 'S' or 'Z':
                {
                    var s = StringArgument(arg);
                    return spec.Precision >= 0 && spec.Precision < s.Length ? s[..spec.Precision] : s;
                }

            default:
                return "%" + spec.Conversion;
        }
    }

    private static string Pad(string text, Spec spec)
    {
        if (spec.Width <= text.Length)
        {
            return text;
        }

        if (spec.Left)
        {
            return text.PadRight(spec.Width);
        }

        if (spec.Zero && spec.Precision < 0 && spec.Conversion is 'd' or 'i' or 'u' or 'x' or 'X' or 'o' or 'p')
        {
            var signLength = text.Length > 0 && text[0] is '-' or '+' or ' ' ? 1 : text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? 2 : 0;
            return text[..signLength] + new string('0', spec.Width - text.Length) + text[signLength..];
        }

        return text.PadLeft(spec.Width);
    }

    private static string PadPrecision(string digits, int precision) =>
        precision > digits.Length ? new string('0', precision - digits.Length) + digits : digits;

    private static long ToInt64(object? arg) => arg switch
    {
        null => 0,
        bool b => b ? 1 : 0,
        char c => c,
        ulong u => unchecked((long)u),
        HANDLE h => unchecked((long)h.Value),
        PVOID p => unchecked((long)p.Address),
        IConvertible c => c.GetTypeCode() == TypeCode.UInt64 ? unchecked((long)c.ToUInt64(CultureInfo.InvariantCulture)) : c.ToInt64(CultureInfo.InvariantCulture),
        _ => 0,
    };

    private static ulong ToUnsigned(object? arg, bool long64)
    {
        var v = arg is ulong u ? u : unchecked((ulong)ToInt64(arg));
        return long64 ? v : (uint)v;
    }
}
