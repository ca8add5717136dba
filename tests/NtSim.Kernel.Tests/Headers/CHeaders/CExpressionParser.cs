namespace NtSim.Tests.Headers.CHeaders;

/// <summary>
/// Evaluates a macro-expanded C constant expression in 64-bit arithmetic: the operators of #if and of
/// constant definitions, and casts to the integer types of the Windows headers, which truncate or
/// sign-extend as C does, e.g. <c>((NTSTATUS)0xC0000005L)</c> is negative.
/// </summary>
internal sealed class CExpressionParser
{
    // Integer types a header casts to: bits, and whether the type is signed.
    private static readonly Dictionary<string, (int Bits, bool Signed)> s_types = new(StringComparer.Ordinal)
    {
        ["UCHAR"] = (8, false), ["BYTE"] = (8, false), ["BOOLEAN"] = (8, false), ["KIRQL"] = (8, false), ["UINT8"] = (8, false),
        ["CHAR"] = (8, true), ["CCHAR"] = (8, true), ["INT8"] = (8, true), ["char"] = (8, true),
        ["USHORT"] = (16, false), ["WORD"] = (16, false), ["WCHAR"] = (16, false), ["UINT16"] = (16, false), ["wchar_t"] = (16, false),
        ["SHORT"] = (16, true), ["CSHORT"] = (16, true), ["INT16"] = (16, true), ["short"] = (16, true),
        ["ULONG"] = (32, false), ["DWORD"] = (32, false), ["UINT"] = (32, false), ["ULONG32"] = (32, false),
        ["DWORD32"] = (32, false), ["UINT32"] = (32, false), ["ACCESS_MASK"] = (32, false), ["DEVICE_TYPE"] = (32, false),
        ["unsigned"] = (32, false),
        ["LONG"] = (32, true), ["INT"] = (32, true), ["LONG32"] = (32, true), ["INT32"] = (32, true),
        ["NTSTATUS"] = (32, true), ["HRESULT"] = (32, true), ["int"] = (32, true), ["long"] = (32, true), ["signed"] = (32, true),
        ["ULONG64"] = (64, false), ["ULONGLONG"] = (64, false), ["ULONG_PTR"] = (64, false), ["SIZE_T"] = (64, false),
        ["DWORD64"] = (64, false), ["DWORD_PTR"] = (64, false), ["UINT64"] = (64, false), ["UINT_PTR"] = (64, false),
        ["POOL_FLAGS"] = (64, false),
        ["LONG64"] = (64, true), ["LONGLONG"] = (64, true), ["LONG_PTR"] = (64, true), ["INT64"] = (64, true),
        ["INT_PTR"] = (64, true), ["SSIZE_T"] = (64, true), ["__int64"] = (64, true),
    };

    private readonly IReadOnlyList<CToken> _tokens;
    private int _position;

    private CExpressionParser(IReadOnlyList<CToken> tokens) => _tokens = tokens;

    /// <summary>Evaluates the whole token list, or throws <see cref="CEvaluationException"/> saying why not.</summary>
    public static long Evaluate(IReadOnlyList<CToken> tokens)
    {
        if (tokens.Count == 0)
        {
            throw new CEvaluationException("empty expression");
        }

        var parser = new CExpressionParser(tokens);
        long value = parser.Conditional();
        if (parser._position != tokens.Count)
        {
            throw new CEvaluationException($"unexpected '{tokens[parser._position]}'");
        }

        return value;
    }

    private CToken? Peek(int ahead = 0) => _position + ahead < _tokens.Count ? _tokens[_position + ahead] : null;

    private bool Accept(string punctuator)
    {
        if (Peek() is { } token && token.Is(punctuator))
        {
            _position++;
            return true;
        }

        return false;
    }

    private void Expect(string punctuator)
    {
        if (!Accept(punctuator))
        {
            throw new CEvaluationException($"expected '{punctuator}' but found '{Peek()?.Text ?? "end"}'");
        }
    }

    private long Conditional()
    {
        long condition = Binary(1);
        if (!Accept("?"))
        {
            return condition;
        }

        long whenTrue = Conditional();
        Expect(":");
        long whenFalse = Conditional();
        return condition != 0 ? whenTrue : whenFalse;
    }

    private static int Precedence(string op) => op switch
    {
        "||" => 1,
        "&&" => 2,
        "|" => 3,
        "^" => 4,
        "&" => 5,
        "==" or "!=" => 6,
        "<" or ">" or "<=" or ">=" => 7,
        "<<" or ">>" => 8,
        "+" or "-" => 9,
        "*" or "/" or "%" => 10,
        _ => -1,
    };

    // Precedence climbing: all binary operators of C are left-associative.
    private long Binary(int minPrecedence)
    {
        long left = Unary();
        while (Peek() is { Kind: CTokenKind.Punctuator } token && Precedence(token.Text) is var precedence
            && precedence >= minPrecedence)
        {
            _position++;
            long right = Binary(precedence + 1);
            left = Apply(token.Text, left, right);
        }

        return left;
    }

    private static long Apply(string op, long left, long right) => op switch
    {
        "||" => (left != 0 || right != 0) ? 1 : 0,
        "&&" => (left != 0 && right != 0) ? 1 : 0,
        "|" => left | right,
        "^" => left ^ right,
        "&" => left & right,
        "==" => left == right ? 1 : 0,
        "!=" => left != right ? 1 : 0,
        "<" => left < right ? 1 : 0,
        ">" => left > right ? 1 : 0,
        "<=" => left <= right ? 1 : 0,
        ">=" => left >= right ? 1 : 0,
        "<<" => left << (int)right,
        ">>" => left >> (int)right,
        "+" => unchecked(left + right),
        "-" => unchecked(left - right),
        "*" => unchecked(left * right),
        "/" => right == 0 ? throw new CEvaluationException("division by zero") : left / right,
        "%" => right == 0 ? throw new CEvaluationException("division by zero") : left % right,
        _ => throw new CEvaluationException($"unknown operator '{op}'"),
    };

    private long Unary()
    {
        if (Accept("-"))
        {
            return unchecked(-Unary());
        }

        if (Accept("+"))
        {
            return Unary();
        }

        if (Accept("!"))
        {
            return Unary() == 0 ? 1 : 0;
        }

        if (Accept("~"))
        {
            return ~Unary();
        }

        if (TryCast(out var type))
        {
            return Convert(Unary(), type);
        }

        return Primary();
    }

    // A cast is '(' type-name ')' where the type name is one or more identifiers, e.g. (ULONG) or (unsigned long).
    private bool TryCast(out (int Bits, bool Signed) type)
    {
        type = default;
        if (Peek() is not { } open || !open.Is("("))
        {
            return false;
        }

        int length = 1;
        var words = new List<string>();
        while (Peek(length) is { Kind: CTokenKind.Identifier } word)
        {
            words.Add(word.Text);
            length++;
        }

        if (words.Count == 0 || Peek(length) is not { } close || !close.Is(")") || !StartsOperand(Peek(length + 1)))
        {
            if (words.Count > 0 && Peek(length) is { } star && star.Is("*"))
            {
                throw new CEvaluationException($"pointer cast to {string.Join(' ', words)}*");
            }

            return false;
        }

        // "unsigned long", "unsigned int", "long long": the last word names the size, a leading
        // "unsigned" or "signed" the signedness.
        var typeWords = words.Where(w => w is not ("const" or "volatile")).ToList();
        string sizeWord = typeWords.Count > 1 && typeWords[^1] == "int" ? typeWords[^2] : typeWords[^1];
        if (!s_types.TryGetValue(sizeWord, out type))
        {
            throw new CEvaluationException($"cast to unknown type ({string.Join(' ', words)})");
        }

        if (typeWords.Count(w => w == "long") == 2)
        {
            type = (64, type.Signed);
        }

        if (typeWords[0] == "unsigned")
        {
            type = (type.Bits, false);
        }

        _position += length + 1;
        return true;
    }

    // After "(name)", a cast is followed by its operand; "(name)" alone is a parenthesized name.
    private static bool StartsOperand(CToken? token) => token is { } t
        && (t.Kind is CTokenKind.Number or CTokenKind.Identifier || t.Is("(") || t.Is("-") || t.Is("+") || t.Is("~") || t.Is("!"));

    private static long Convert(long value, (int Bits, bool Signed) type)
    {
        if (type.Bits == 64)
        {
            return value;
        }

        long mask = (1L << type.Bits) - 1;
        long truncated = value & mask;
        long signBit = 1L << (type.Bits - 1);
        return type.Signed && (truncated & signBit) != 0 ? truncated - (1L << type.Bits) : truncated;
    }

    private long Primary()
    {
        var token = Peek() ?? throw new CEvaluationException("unexpected end of expression");
        if (token.Kind == CTokenKind.Number)
        {
            _position++;
            return token.Value;
        }

        if (Accept("("))
        {
            long value = Conditional();
            Expect(")");
            return value;
        }

        throw token.Kind == CTokenKind.Identifier
            ? new CEvaluationException($"unresolved identifier '{token.Text}'")
            : new CEvaluationException($"unexpected '{token.Text}'");
    }
}
