using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace NtSim.Debugger.Remote;

/// <summary>
/// KDNET's key: four 64-bit values written in base 36 (a-z, 0-9, case-insensitive, up to 13 characters each),
/// separated by dots, as <c>bcdedit /dbgsettings net key:W.X.Y.Z</c> and <c>windbg -k net:port=N,key=W.X.Y.Z</c>
/// take it. The key material is derived as KDNET derives it: the control key is the four values, each written
/// little-endian, concatenated (32 bytes); the HMAC key is its bitwise NOT (open KDNET re-implementations:
/// rizin's winkd iob_net.c, the kdnet Wireshark dissector). docs/kdnet.md.
/// </summary>
public sealed class KdNetKey
{
    /// <summary>The most base-36 characters of one word (36^13 is the first power above 2^64).</summary>
    public const int MaxWordLength = 13;

    private const string Shape = "KDNET's key is four base-36 words separated by dots (W.X.Y.Z)";
    private readonly ulong[] _words;

    private KdNetKey(ulong[] words) => _words = words;

    /// <summary>The four 64-bit values, in the order written.</summary>
    public IReadOnlyList<ulong> Words => _words;

    /// <summary>Parses <paramref name="text"/>; a FormatException names the word at fault.</summary>
    public static KdNetKey Parse(string text) =>
        TryParse(text, out var key, out var problem) ? key : throw new FormatException(problem);

    /// <summary>Parses <paramref name="text"/>, or gives the problem as one line naming the word at fault
    /// (<c>key word 3 'x!y' is not base 36 ...</c>).</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out KdNetKey? key, [NotNullWhen(false)] out string? problem)
    {
        key = null;
        if (string.IsNullOrEmpty(text))
        {
            problem = $"the key is empty: {Shape}";
            return false;
        }

        var parts = text.Split('.');
        if (parts.Length != 4)
        {
            problem = $"the key '{text}' has {parts.Length} word{(parts.Length == 1 ? "" : "s")}, not four: {Shape}";
            return false;
        }

        var words = new ulong[4];
        for (var i = 0; i < 4; i++)
        {
            if (WordProblem(parts[i], out words[i]) is { } wrong)
            {
                problem = $"key word {i + 1} {wrong}";
                return false;
            }
        }

        key = new KdNetKey(words);
        problem = null;
        return true;
    }

    private static string? WordProblem(string word, out ulong value)
    {
        value = 0;
        if (word.Length == 0)
        {
            return "is empty: " + Shape;
        }

        if (word.Any(c => Digit(c) < 0))
        {
            return $"'{word}' is not base 36 (letters a-z and digits 0-9)";
        }

        if (word.Length > MaxWordLength)
        {
            return $"'{word}' is longer than {MaxWordLength} characters";
        }

        foreach (var c in word)
        {
            var next = (UInt128)value * 36 + (uint)Digit(c);
            if (next > ulong.MaxValue)
            {
                return $"'{word}' is too big for 64 bits";
            }

            value = (ulong)next;
        }

        return null;
    }

    private static int Digit(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'z' => c - 'a' + 10,
        >= 'A' and <= 'Z' => c - 'A' + 10,
        _ => -1,
    };

    /// <summary>The control key: the four values, each little-endian, concatenated (32 bytes: an AES-256 key).</summary>
    public byte[] ControlKey()
    {
        var bytes = new byte[32];
        for (var i = 0; i < 4; i++)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(i * 8), _words[i]);
        }

        return bytes;
    }

    /// <summary>The HMAC key: the bitwise NOT of the control key.</summary>
    public byte[] HmacKey() => Not(ControlKey());

    internal static byte[] Not(byte[] bytes)
    {
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)~bytes[i];
        }

        return bytes;
    }

    /// <summary>The key as the tools print it: four lower-case base-36 words.</summary>
    public override string ToString() => string.Join('.', _words.Select(Base36));

    private static string Base36(ulong value)
    {
        if (value == 0)
        {
            return "0";
        }

        var text = new StringBuilder();
        for (; value > 0; value /= 36)
        {
            text.Insert(0, "0123456789abcdefghijklmnopqrstuvwxyz"[(int)(value % 36)]);
        }

        return text.ToString();
    }
}
