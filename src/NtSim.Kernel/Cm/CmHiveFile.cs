using System.Buffers.Binary;
using System.Text;

namespace NtSim;

/// <summary>
/// The framing of a hive's base and log files: a header (8-byte magic, u32 version, u64
/// generation), then records of u32 length, u32 CRC-32 of the payload, payload. A payload is a
/// batch of <see cref="CmLogOperation"/>s. See docs/registry-persistence.md.
/// </summary>
internal static class CmHiveFile
{
    internal const string BaseMagic = "NTSIMHIV";
    internal const string LogMagic = "NTSIMLOG";
    internal const int HeaderSize = 20;
    private const uint Version = 1;

    // A record larger than this is damage, not data (a hive of that size has no business here).
    private const int MaxRecord = 256 << 20;

    internal static byte[] Header(string magic, ulong generation)
    {
        var header = new byte[HeaderSize];
        Encoding.ASCII.GetBytes(magic, header);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(8), Version);
        BinaryPrimitives.WriteUInt64LittleEndian(header.AsSpan(12), generation);
        return header;
    }

    /// <summary>A framed record holding <paramref name="operations"/>.</summary>
    internal static byte[] Record(IEnumerable<CmLogOperation> operations)
    {
        using var stream = new MemoryStream();
        stream.Write(new byte[8]);
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            foreach (var operation in operations)
            {
                operation.Write(writer);
            }
        }

        var record = stream.ToArray();
        var payload = record.AsSpan(8);
        BinaryPrimitives.WriteInt32LittleEndian(record, payload.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(record.AsSpan(4), Crc32.Compute(payload));
        return record;
    }

    /// <summary>The generation in a file's header; throws, naming the file, if it is not one NtSim wrote.</summary>
    internal static ulong ReadHeader(ReadOnlySpan<byte> file, string magic, string path)
    {
        if (file.Length < HeaderSize || !file[..8].SequenceEqual(Encoding.ASCII.GetBytes(magic)))
        {
            throw Bad(path, $"it does not start with the {magic} header of an NtSim hive file");
        }

        var version = BinaryPrimitives.ReadUInt32LittleEndian(file[8..]);
        if (version != Version)
        {
            throw Bad(path, $"it has format version {version}; this NtSim reads version {Version}");
        }

        return BinaryPrimitives.ReadUInt64LittleEndian(file[12..]);
    }

    /// <summary>
    /// The batches of a file, in order. With <paramref name="tolerateTornTail"/> (a log) reading stops
    /// at the first record that is short or fails its CRC, and <paramref name="validLength"/> says
    /// where; otherwise (a base, which is renamed into place whole) such a record is damage and throws.
    /// </summary>
    internal static List<List<CmLogOperation>> ReadRecords(byte[] file, string path, bool tolerateTornTail, out long validLength)
    {
        var batches = new List<List<CmLogOperation>>();
        var offset = HeaderSize;
        while (offset < file.Length)
        {
            var remaining = file.Length - offset;
            var length = remaining >= 8 ? BinaryPrimitives.ReadInt32LittleEndian(file.AsSpan(offset)) : -1;
            var complete = length >= 0 && length <= MaxRecord && length <= remaining - 8
                && BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(offset + 4)) == Crc32.Compute(file.AsSpan(offset + 8, length));
            if (!complete)
            {
                if (tolerateTornTail)
                {
                    break;
                }

                throw Bad(path, $"the record at offset {offset} is cut short or fails its checksum");
            }

            batches.Add(ReadBatch(file, offset + 8, length, path));
            offset += 8 + length;
        }

        validLength = offset;
        return batches;
    }

    private static List<CmLogOperation> ReadBatch(byte[] file, int start, int length, string path)
    {
        var operations = new List<CmLogOperation>();
        using var reader = new BinaryReader(new MemoryStream(file, start, length, writable: false), Encoding.UTF8);
        try
        {
            while (reader.BaseStream.Position < length)
            {
                operations.Add(CmLogOperation.Read(reader));
            }
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or FormatException or DecoderFallbackException)
        {
            // The checksum held, so the writer wrote this: a record NtSim cannot decode is a bug or another format.
            throw Bad(path, $"the record at offset {start - 8} does not decode ({e.Message})");
        }

        return operations;
    }

    private static InvalidDataException Bad(string path, string why) =>
        new($"NtSim registry: {path} cannot be loaded: {why}. Move the file away (or point MachineOptions.RegistryFolder at an empty folder) to boot with a fresh registry.");
}
