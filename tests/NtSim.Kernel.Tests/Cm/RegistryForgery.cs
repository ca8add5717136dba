namespace NtSim.Tests.Cm;

/// <summary>Records made as NtSim makes them (valid checksums), to add to a hive file.</summary>
internal static class RegistryForgery
{
    /// <summary>Appends a record numbered as the next one of the log, so that only its contents are wrong.</summary>
    internal static void Append(string log, params CmLogOperation[] operations) =>
        AppendRaw(log, CmHiveFile.Record(NextSequence(log), operations));

    internal static void AppendRaw(string path, byte[] record)
    {
        using var stream = new FileStream(path, FileMode.Append);
        stream.Write(record);
    }

    /// <summary>The sequence number the next record of the file would get.</summary>
    internal static uint NextSequence(string path)
    {
        var file = File.ReadAllBytes(path);
        var next = 1u;
        for (var offset = CmHiveFile.HeaderSize; offset + CmHiveFile.RecordHeaderSize <= file.Length;)
        {
            var (valid, length, sequence) = CmHiveFile.RecordHeader(file, offset);
            if (!valid || length < 0 || length > file.Length - offset - CmHiveFile.RecordHeaderSize)
            {
                break;
            }

            next = sequence + 1;
            offset += CmHiveFile.RecordHeaderSize + length;
        }

        return next;
    }

    /// <summary>A record of <paramref name="payload"/> bytes, framed with valid checksums.</summary>
    internal static byte[] Framed(uint sequence, byte[] payload)
    {
        var record = CmHiveFile.Record(sequence, []);
        var framed = new byte[record.Length + payload.Length];
        payload.CopyTo(framed, record.Length);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(framed, payload.Length);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(framed.AsSpan(4), sequence);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(framed.AsSpan(8), Crc32.Compute(framed.AsSpan(0, 8)));
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(framed.AsSpan(12), Crc32.Compute(payload));
        return framed;
    }
}
