namespace NtSim;

/// <summary>
/// Pool tags: four characters stored as a ULONG in memory order, so that a debugger dumping the
/// header reads them left to right. The C literal 'pmaS' and <c>PoolTag.FromString("Samp")</c> are
/// the same tag, shown by !pool and poolmon as "Samp".
/// </summary>
public static class PoolTag
{
    /// <summary>PROTECTED_POOL: the high bit some kernel tags set; it is not part of the name.</summary>
    internal const uint ProtectedPool = 0x8000_0000;

    /// <summary>The tag whose bytes in memory are the (one to four) characters of <paramref name="fourChars"/>.</summary>
    public static uint FromString(string fourChars)
    {
        ArgumentNullException.ThrowIfNull(fourChars);
        if (fourChars.Length is < 1 or > 4)
        {
            throw new ArgumentException($"PoolTag.FromString: a pool tag has 1 to 4 characters; got \"{fourChars}\".", nameof(fourChars));
        }

        uint tag = 0;
        for (var i = 0; i < fourChars.Length; i++)
        {
            var c = fourChars[i];
            if (c > 0xFF)
            {
                throw new ArgumentException($"PoolTag.FromString: '{c}' in \"{fourChars}\" is not a single-byte character.", nameof(fourChars));
            }

            tag |= (uint)c << (8 * i);
        }

        return tag;
    }

    /// <summary>The tag's four characters in memory order ("Samp"); unprintable bytes show as '?',
    /// the PROTECTED_POOL bit is dropped.</summary>
    public static string Format(uint tag)
    {
        tag &= ~ProtectedPool;
        return string.Create(4, tag, static (chars, t) =>
        {
            for (var i = 0; i < 4; i++)
            {
                var b = (byte)(t >> (8 * i));
                chars[i] = b is >= 0x20 and <= 0x7E ? (char)b : '?';
            }
        });
    }
}
