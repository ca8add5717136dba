namespace NtSim;

/// <summary>CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320, as zlib computes it): the checksum
/// of a hive file's records, so that a torn or damaged record is recognised.</summary>
internal static class Crc32
{
    private static readonly uint[] s_table = BuildTable();

    internal static uint Compute(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc = s_table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return ~crc;
    }

    private static uint[] BuildTable()
    {
        var table = new uint[256];
        for (var i = 0u; i < 256; i++)
        {
            var c = i;
            for (var bit = 0; bit < 8; bit++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[i] = c;
        }

        return table;
    }
}
