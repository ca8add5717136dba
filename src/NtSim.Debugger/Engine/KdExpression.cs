using System.Globalization;

namespace NtSim.Debugger.Engine;

/// <summary>
/// WinDbg's MASM expressions, the part a driver developer types: numbers in hex by default (<c>0x</c> too,
/// <c>0n</c> decimal, <c>0y</c> binary, a backtick anywhere in a 64-bit number), symbols
/// (<see cref="KdSymbolSource"/>), unary minus, <c>+ - * / %</c>, <c>poi(address)</c> (the pointer at an address, <see cref="KdMemory"/>), and parentheses.
/// </summary>
internal sealed class KdExpression
{
    private readonly string _text;
    private readonly KdContext _context;
    private int _position;

    private KdExpression(string text, KdContext context)
    {
        _text = text;
        _context = context;
    }

    /// <summary>Evaluates <paramref name="text"/>; on failure <paramref name="error"/> is WinDbg's message.</summary>
    internal static bool TryEvaluate(string text, KdContext context, out ulong value, out string error)
    {
        var parser = new KdExpression(text.Trim(), context);
        try
        {
            value = parser.Sum();
            parser.SkipSpaces();
            if (parser._position < parser._text.Length)
            {
                throw new FormatException($"Syntax error at '{parser._text[parser._position..]}'");
            }

            error = "";
            return true;
        }
        catch (FormatException e)
        {
            value = 0;
            error = e.Message;
            return false;
        }
    }

    private ulong Sum()
    {
        var value = Product();
        while (true)
        {
            SkipSpaces();
            if (Accept('+'))
            {
                value += Product();
            }
            else if (Accept('-'))
            {
                value -= Product();
            }
            else
            {
                return value;
            }
        }
    }

    private ulong Product()
    {
        var value = Unary();
        while (true)
        {
            SkipSpaces();
            if (Accept('*'))
            {
                value *= Unary();
            }
            else if (Accept('/'))
            {
                var divisor = Unary();
                value = divisor == 0 ? throw new FormatException("Divide by zero error at '" + _text + "'") : value / divisor;
            }
            else if (Accept('%'))
            {
                var divisor = Unary();
                value = divisor == 0 ? throw new FormatException("Divide by zero error at '" + _text + "'") : value % divisor;
            }
            else
            {
                return value;
            }
        }
    }

    private ulong Unary()
    {
        SkipSpaces();
        if (Accept('-'))
        {
            return unchecked(0 - Unary());
        }

        if (Accept('+'))
        {
            return Unary();
        }

        if (AcceptKeyword("poi"))
        {
            return Pointer();
        }

        if (Accept('('))
        {
            var value = Sum();
            SkipSpaces();
            return Accept(')') ? value : throw new FormatException($"Syntax error at '{Rest()}'");
        }

        return Atom();
    }

    // poi(address): the 64-bit value at the address; unreadable memory is WinDbg's "Memory access error at ')'".
    private ulong Pointer()
    {
        SkipSpaces();
        if (!Accept('('))
        {
            throw new FormatException($"Syntax error at '{Rest()}'");
        }

        var address = Sum();
        SkipSpaces();
        var rest = Rest();
        if (!Accept(')'))
        {
            throw new FormatException($"Syntax error at '{rest}'");
        }

        return KdMemory.ReadUInt64(_context, address) ?? throw new FormatException($"Memory access error at '{rest}'");
    }

    // A keyword followed by '(' (poi(...)); a symbol that merely starts with the word is not it.
    private bool AcceptKeyword(string keyword)
    {
        if (string.Compare(_text, _position, keyword, 0, keyword.Length, StringComparison.OrdinalIgnoreCase) != 0)
        {
            return false;
        }

        var next = _position + keyword.Length;
        while (next < _text.Length && char.IsWhiteSpace(_text[next]))
        {
            next++;
        }

        if (next >= _text.Length || _text[next] != '(')
        {
            return false;
        }

        _position += keyword.Length;
        return true;
    }

    private ulong Atom()
    {
        var start = _position;
        while (_position < _text.Length && (char.IsLetterOrDigit(_text[_position]) || _text[_position] is '_' or '!' or '`' or '@' or '$' or '.'))
        {
            _position++;
        }

        var token = _text[start.._position];
        if (token.Length == 0)
        {
            throw new FormatException($"Syntax error at '{Rest()}'");
        }

        if (TryNumber(token, out var number))
        {
            return number;
        }

        if (KdSymbolSource.TryResolveAny(_context, token, out var symbol))
        {
            return symbol;
        }

        throw new FormatException($"Couldn't resolve error at '{_text[start..]}'");
    }

    private static bool TryNumber(string token, out ulong value)
    {
        var digits = token.Replace("`", "", StringComparison.Ordinal);
        var style = NumberStyles.AllowHexSpecifier;
        if (digits.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            digits = digits[2..];
        }
        else if (digits.StartsWith("0n", StringComparison.OrdinalIgnoreCase))
        {
            digits = digits[2..];
            style = NumberStyles.None;
        }
        else if (digits.StartsWith("0y", StringComparison.OrdinalIgnoreCase))
        {
            return TryBinary(digits[2..], out value);
        }

        return ulong.TryParse(digits, style, CultureInfo.InvariantCulture, out value);
    }

    private static bool TryBinary(string digits, out ulong value)
    {
        value = 0;
        if (digits.Length is 0 or > 64 || digits.Any(c => c is not ('0' or '1')))
        {
            return false;
        }

        foreach (var digit in digits)
        {
            value = (value << 1) + (digit == '1' ? 1UL : 0UL);
        }

        return true;
    }

    private bool Accept(char c)
    {
        if (_position < _text.Length && _text[_position] == c)
        {
            _position++;
            return true;
        }

        return false;
    }

    private void SkipSpaces()
    {
        while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
        {
            _position++;
        }
    }

    private string Rest() => _text[_position..];
}
