using System.Buffers.Binary;
using System.Text;

namespace NtSim;

/// <summary>
/// The framing of a hive's base and log files (format version 2). A header: 8-byte magic, u32
/// version, u64 generation, u32 record count (a base's; 0 in a log), u32 CRC-32 of those 24 bytes.
/// Then records: u32 payload length, u32 sequence number (1, 2, ... in each file), u32 CRC-32 of
/// those 8 bytes, u32 CRC-32 of the payload, payload. A payload is a batch of
/// <see cref="CmLogOperation"/>s. The header of a record has a checksum of its own so that a damaged
/// length is told from a record cut short by a crash. See docs/registry-persistence.md.
/// </summary>
internal static class CmHiveFile
{
    internal const string BaseMagic = "NTSIMHIV";
    internal const string LogMagic = "NTSIMLOG";
    internal const int HeaderSize = 28;
    internal const int RecordHeaderSize = 16;
    internal const int GenerationOffset = 12;
    internal const uint Version = 2;

    // A record larger than this is damage, not data (a hive of that size has no business here).
    internal const int MaxRecord = 256 << 20;

    internal static byte[] Header(string magic, ulong generation, int recordCount)
    {
        var header = new byte[HeaderSize];
        Encoding.ASCII.GetBytes(magic, header);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(8), Version);
        BinaryPrimitives.WriteUInt64LittleEndian(header.AsSpan(GenerationOffset), generation);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(20), recordCount);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(24), Crc32.Compute(header.AsSpan(0, 24)));
        return header;
    }

    /// <summary>Record number <paramref name="sequence"/> of its file, framed, holding <paramref name="operations"/>.</summary>
    internal static byte[] Record(uint sequence, IEnumerable<CmLogOperation> operations)
    {
        using var stream = new MemoryStream();
        stream.Write(new byte[RecordHeaderSize]);
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            foreach (var operation in operations)
            {
                operation.Write(writer);
            }
        }

        var record = stream.ToArray();
        var payload = record.AsSpan(RecordHeaderSize);
        BinaryPrimitives.WriteInt32LittleEndian(record, payload.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(record.AsSpan(4), sequence);
        BinaryPrimitives.WriteUInt32LittleEndian(record.AsSpan(8), Crc32.Compute(record.AsSpan(0, 8)));
        BinaryPrimitives.WriteUInt32LittleEndian(record.AsSpan(12), Crc32.Compute(payload));
        return record;
    }

    /// <summary>The generation and record count in a file's header, or what is wrong with it.</summary>
    internal static (ulong Generation, int RecordCount, string? Problem) ReadHeader(ReadOnlySpan<byte> file, string magic)
    {
        if (file.Length < HeaderSize)
        {
            return (0, 0, $"it is {file.Length} bytes long, shorter than the {HeaderSize}-byte header of an NtSim hive file");
        }

        if (!file[..8].SequenceEqual(Encoding.ASCII.GetBytes(magic)))
        {
            return (0, 0, $"it does not start with the {magic} header of an NtSim hive file");
        }

        if (BinaryPrimitives.ReadUInt32LittleEndian(file[24..]) != Crc32.Compute(file[..24]))
        {
            return (0, 0, "its header fails its checksum");
        }

        var version = BinaryPrimitives.ReadUInt32LittleEndian(file[8..]);
        if (version != Version)
        {
            return (0, 0, $"it has format version {version}; this NtSim reads version {Version}");
        }

        var count = BinaryPrimitives.ReadInt32LittleEndian(file[20..]);
        return count < 0
            ? (0, 0, $"its header counts {count} records")
            : (BinaryPrimitives.ReadUInt64LittleEndian(file[GenerationOffset..]), count, null);
    }

    /// <summary>The framed record at <paramref name="offset"/>: whether its header checks out, and its fields.</summary>
    internal static (bool HeaderValid, int Length, uint Sequence) RecordHeader(ReadOnlySpan<byte> file, int offset)
    {
        var header = file.Slice(offset, RecordHeaderSize);
        var valid = BinaryPrimitives.ReadUInt32LittleEndian(header[8..]) == Crc32.Compute(header[..8]);
        return (valid, BinaryPrimitives.ReadInt32LittleEndian(header), BinaryPrimitives.ReadUInt32LittleEndian(header[4..]));
    }

    internal static bool PayloadValid(ReadOnlySpan<byte> file, int offset, int length) =>
        BinaryPrimitives.ReadUInt32LittleEndian(file[(offset + 12)..]) == Crc32.Compute(file.Slice(offset + RecordHeaderSize, length));

    /// <summary>The operations of a payload, or what stops it from decoding.</summary>
    internal static (List<CmLogOperation> Operations, string? Problem) Decode(byte[] file, int start, int length)
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
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or FormatException or DecoderFallbackException or IOException)
        {
            return (operations, $"it does not decode ({e.Message})");
        }

        return (operations, null);
    }
}
