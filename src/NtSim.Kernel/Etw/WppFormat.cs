using System.Globalization;
using System.Text;

namespace NtSim;

/// <summary>What a WPP message's extensions that take no argument print: the function, file and line that traced
/// it, and the names of its flags and level.</summary>
internal sealed record WppSite(string Function, string File, int Line, string Flags, string Level);

/// <summary>
/// Formats a WPP message as tracefmt prints it: the printf conversions (%d %i %u %x %X %o %c %s %S %ls %ws %p %%,
/// with flags, width, precision and the h, l, ll, I64, I32, w, z size prefixes) and WPP's extended format strings
/// (learn.microsoft.com, "What are the WPP extended format specification strings?"): %!STATUS! (an NTSTATUS by name),
/// %!HRESULT!, %!WINERROR!, %!GUID!, %!IRQL! (the level by name), %!bool!, %!BOOLEAN!, and, taking no argument,
/// %!FUNC!, %!FILE!, %!LINE!, %!FLAGS!, %!LEVEL!. An argument missing or of the wrong kind prints as tracefmt's
/// placeholder would not: in angle brackets, naming the problem, so that a test sees it.
/// </summary>
internal static class WppFormat
{
    private static readonly Dictionary<uint, string> s_hresults = new()
    {
        [0x00000000] = "S_OK", [0x00000001] = "S_FALSE", [0x80004001] = "E_NOTIMPL", [0x80004002] = "E_NOINTERFACE",
        [0x80004003] = "E_POINTER", [0x80004004] = "E_ABORT", [0x80004005] = "E_FAIL", [0x8000FFFF] = "E_UNEXPECTED",
        [0x80070005] = "E_ACCESSDENIED", [0x80070006] = "E_HANDLE", [0x8007000E] = "E_OUTOFMEMORY", [0x80070057] = "E_INVALIDARG",
    };

    private static readonly Dictionary<uint, string> s_winErrors = new()
    {
        [0] = "ERROR_SUCCESS", [1] = "ERROR_INVALID_FUNCTION", [2] = "ERROR_FILE_NOT_FOUND", [5] = "ERROR_ACCESS_DENIED",
        [6] = "ERROR_INVALID_HANDLE", [8] = "ERROR_NOT_ENOUGH_MEMORY", [87] = "ERROR_INVALID_PARAMETER", [122] = "ERROR_INSUFFICIENT_BUFFER",
        [997] = "ERROR_IO_PENDING", [1168] = "ERROR_NOT_FOUND",
    };

    internal static string Format(string format, ReadOnlySpan<object?> args, WppSite site)
    {
        var text = new StringBuilder(format.Length + 32);
        var next = 0;
        var i = 0;
        while (i < format.Length)
        {
            var c = format[i];
            if (c != '%' || i + 1 == format.Length)
            {
                text.Append(c);
                i++;
                continue;
            }

            if (format[i + 1] == '%')
            {
                text.Append('%');
                i += 2;
                continue;
            }

            if (format[i + 1] == '!' && format.IndexOf('!', i + 2) is var end and > 0)
            {
                var name = format[(i + 2)..end];
                text.Append(Extension(name, args, ref next, site));
                i = end + 1;
                continue;
            }

            i = Conversion(format, i + 1, args, ref next, text);
        }

        return text.ToString();
    }

    private static string Extension(string name, ReadOnlySpan<object?> args, ref int next, WppSite site)
    {
        switch (name.ToUpperInvariant())
        {
            case "FUNC":
                return site.Function;
            case "FILE":
                return site.File;
            case "LINE":
                return site.Line.ToString(CultureInfo.InvariantCulture);
            case "FLAGS":
                return site.Flags;
            case "LEVEL":
                return site.Level;
        }

        if (next >= args.Length)
        {
            return $"<missing argument for %!{name}!>";
        }

        var arg = args[next++];
        return name.ToUpperInvariant() switch
        {
            "STATUS" => NtNames.StatusName((NTSTATUS)(int)ToUInt64(arg)),
            "HRESULT" => s_hresults.TryGetValue((uint)ToUInt64(arg), out var hr) ? hr : Hex32(arg),
            "WINERROR" => s_winErrors.TryGetValue((uint)ToUInt64(arg), out var error) ? error : ToUInt64(arg).ToString(CultureInfo.InvariantCulture),
            "GUID" => arg is Guid guid ? guid.ToString("D", CultureInfo.InvariantCulture) : $"<not a GUID: {arg}>",
            "IRQL" => IrqlName((int)ToUInt64(arg)),
            "BOOL" or "BOOLEAN" => ToUInt64(arg) != 0 ? "TRUE" : "FALSE",
            _ => $"<%!{name}! is not supported>",
        };
    }

    internal static string IrqlName(int irql) => irql switch
    {
        0 => "PASSIVE_LEVEL",
        1 => "APC_LEVEL",
        2 => "DISPATCH_LEVEL",
        15 => "HIGH_LEVEL",
        _ => irql.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>One printf conversion starting after its '%': appends it and returns where the format goes on.</summary>
    private static int Conversion(string format, int i, ReadOnlySpan<object?> args, ref int next, StringBuilder text)
    {
        var start = i - 1;
        var leftAlign = false;
        var zeroPad = false;
        while (i < format.Length && format[i] is '-' or '+' or ' ' or '0' or '#')
        {
            leftAlign |= format[i] == '-';
            zeroPad |= format[i] == '0';
            i++;
        }

        var width = 0;
        while (i < format.Length && char.IsAsciiDigit(format[i]))
        {
            width = (width * 10) + (format[i++] - '0');
        }

        var precision = -1;
        if (i < format.Length && format[i] == '.')
        {
            precision = 0;
            i++;
            while (i < format.Length && char.IsAsciiDigit(format[i]))
            {
                precision = (precision * 10) + (format[i++] - '0');
            }
        }

        var wide64 = false;
        while (i < format.Length && format[i] is 'h' or 'l' or 'w' or 'z' or 'I')
        {
            if (format[i] == 'I' && format.AsSpan(i).StartsWith("I64"))
            {
                wide64 = true;
                i += 3;
            }
            else if (format[i] == 'I' && format.AsSpan(i).StartsWith("I32"))
            {
                i += 3;
            }
            else
            {
                wide64 |= format[i] == 'l' && i + 1 < format.Length && format[i + 1] == 'l';
                wide64 |= format[i] is 'z' or 'I';
                i += format[i] == 'l' && i + 1 < format.Length && format[i + 1] == 'l' ? 2 : 1;
            }
        }

        if (i == format.Length)
        {
            text.Append(format, start, i - start);
            return i;
        }

        var conversion = format[i++];
        if (conversion is not ('d' or 'i' or 'u' or 'x' or 'X' or 'o' or 'c' or 'C' or 's' or 'S' or 'Z' or 'p'))
        {
            text.Append(format, start, i - start);
            return i;
        }

        if (next >= args.Length)
        {
            text.Append("<missing argument for ").Append(format, start, i - start).Append('>');
            return i;
        }

        var arg = args[next++];
        var value = conversion switch
        {
            'd' or 'i' => (wide64 ? (long)ToUInt64(arg) : (int)ToUInt64(arg)).ToString(CultureInfo.InvariantCulture),
            'u' => (wide64 ? ToUInt64(arg) : (uint)ToUInt64(arg)).ToString(CultureInfo.InvariantCulture),
            'x' => (wide64 ? ToUInt64(arg) : (uint)ToUInt64(arg)).ToString("x", CultureInfo.InvariantCulture),
            'X' => (wide64 ? ToUInt64(arg) : (uint)ToUInt64(arg)).ToString("X", CultureInfo.InvariantCulture),
            'o' => Convert.ToString((long)(wide64 ? ToUInt64(arg) : (uint)ToUInt64(arg)), 8),
            'p' => ToUInt64(arg).ToString("X16", CultureInfo.InvariantCulture),
            'c' or 'C' => ((char)ToUInt64(arg)).ToString(),
            _ => arg?.ToString() ?? "(null)",
        };
        if (precision >= 0 && conversion is 's' or 'S' or 'Z' && value.Length > precision)
        {
            value = value[..precision];
        }
        else if (precision > value.Length && conversion is not ('s' or 'S' or 'Z' or 'c' or 'C'))
        {
            value = value.PadLeft(precision, '0');
        }

        text.Append(leftAlign ? value.PadRight(width) : value.PadLeft(width, zeroPad && precision < 0 && conversion is not ('s' or 'S' or 'Z') ? '0' : ' '));
        return i;
    }

    private static string Hex32(object? arg) => string.Create(CultureInfo.InvariantCulture, $"0x{(uint)ToUInt64(arg):X8}");

    /// <summary>An integer argument's bits: any integer type, an enum (NTSTATUS, KIRQL), a char, a bool, a HANDLE or
    /// pointer-like value.</summary>
    private static ulong ToUInt64(object? arg) => arg switch
    {
        null => 0,
        bool b => b ? 1UL : 0,
        char c => c,
        sbyte v => (ulong)v,
        short v => (ulong)v,
        int v => (ulong)v,
        long v => (ulong)v,
        nint v => (ulong)v,
        byte v => v,
        ushort v => v,
        uint v => v,
        ulong v => v,
        nuint v => v,
        Enum e => unchecked((ulong)Convert.ToInt64(e, CultureInfo.InvariantCulture)),
        HANDLE h => h.Value,
        PVOID p => p.Address,
        _ => 0,
    };
}
