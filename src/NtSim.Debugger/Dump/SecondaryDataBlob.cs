using System.Buffers.Binary;

namespace NtSim.Debugger.Dump;

/// <summary>
/// One block of secondary dump data (a KbCallbackSecondaryDumpData routine's), tagged with its GUID, and the
/// trailer that holds them after the primary dump: a DUMP_BLOB_FILE_HEADER ("DumpBlob") and then DUMP_BLOB_HEADERs,
/// each followed by its data and padded to 8 bytes (debugger.md 12.1). There is no count: blobs run to the end.
/// </summary>
internal sealed record SecondaryDataBlob(Guid Tag, byte[] Data)
{
    private const uint Signature1 = 0x706D_7544;   // 'pmuD': the bytes "Dump"
    private const uint Signature2 = 0x626F_6C42;   // 'bolB': the bytes "Blob"
    private const int FileHeaderSize = 16;
    private const int BlobHeaderSize = 32;         // HeaderSize, Tag, DataSize, PrePad, PostPad

    /// <summary>The trailer's bytes for <paramref name="blobs"/> (empty when there are none).</summary>
    internal static byte[] Trailer(IReadOnlyList<SecondaryDataBlob> blobs, uint buildNumber)
    {
        if (blobs.Count == 0)
        {
            return [];
        }

        using var stream = new MemoryStream();
        Span<byte> header = stackalloc byte[FileHeaderSize];
        BinaryPrimitives.WriteUInt32LittleEndian(header, Signature1);
        BinaryPrimitives.WriteUInt32LittleEndian(header[4..], Signature2);
        BinaryPrimitives.WriteUInt32LittleEndian(header[8..], FileHeaderSize);
        BinaryPrimitives.WriteUInt32LittleEndian(header[12..], buildNumber);
        stream.Write(header);
        Span<byte> blobHeader = stackalloc byte[BlobHeaderSize];
        foreach (var blob in blobs)
        {
            var postPad = (8 - (blob.Data.Length % 8)) % 8;
            BinaryPrimitives.WriteUInt32LittleEndian(blobHeader, BlobHeaderSize);
            blob.Tag.TryWriteBytes(blobHeader[4..]);
            BinaryPrimitives.WriteUInt32LittleEndian(blobHeader[20..], (uint)blob.Data.Length);
            BinaryPrimitives.WriteUInt32LittleEndian(blobHeader[24..], 0);
            BinaryPrimitives.WriteUInt32LittleEndian(blobHeader[28..], (uint)postPad);
            stream.Write(blobHeader);
            stream.Write(blob.Data);
            stream.Write(new byte[postPad]);
        }

        return stream.ToArray();
    }

    /// <summary>The blobs of a trailer (empty bytes: none); <see cref="InvalidDataException"/> for a damaged one.</summary>
    internal static IReadOnlyList<SecondaryDataBlob> Read(ReadOnlySpan<byte> trailer, string path)
    {
        if (trailer.IsEmpty)
        {
            return [];
        }

        if (trailer.Length < FileHeaderSize || BinaryPrimitives.ReadUInt32LittleEndian(trailer) != Signature1
            || BinaryPrimitives.ReadUInt32LittleEndian(trailer[4..]) != Signature2)
        {
            throw new InvalidDataException($"{path}: the secondary data after the dump does not start with 'DumpBlob'.");
        }

        var blobs = new List<SecondaryDataBlob>();
        var at = (int)BinaryPrimitives.ReadUInt32LittleEndian(trailer[8..]);
        while (at < trailer.Length)
        {
            if (trailer.Length - at < BlobHeaderSize)
            {
                throw new InvalidDataException($"{path}: secondary data blob {blobs.Count} is cut short at its header.");
            }

            var header = trailer[at..];
            var headerSize = (int)BinaryPrimitives.ReadUInt32LittleEndian(header);
            var tag = new Guid(header.Slice(4, 16));
            var size = BinaryPrimitives.ReadUInt32LittleEndian(header[20..]);
            var prePad = BinaryPrimitives.ReadUInt32LittleEndian(header[24..]);
            var postPad = BinaryPrimitives.ReadUInt32LittleEndian(header[28..]);
            var start = (long)at + headerSize + prePad;
            if (headerSize < BlobHeaderSize || start + size + postPad > trailer.Length)
            {
                throw new InvalidDataException($"{path}: secondary data blob {blobs.Count} ({tag:B}) runs past the end of the file.");
            }

            blobs.Add(new SecondaryDataBlob(tag, trailer.Slice((int)start, (int)size).ToArray()));
            at = (int)(start + size + postPad);
        }

        return blobs;
    }
}
