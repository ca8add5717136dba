using System.Buffers.Binary;
using System.Text;

namespace NtSim.Debugger.Dump;

/// <summary>
/// An NtSim crash dump file (format version 1, docs/crash-dumps.md):
/// <list type="number">
/// <item>0x0000: the 0x2000-byte header, DUMP_HEADER64's fields (<see cref="DumpHeader"/>);</item>
/// <item>0x2000: NtSim's body header: "NTSIMDMP", the format version, the section count, the processor that bug
/// checked, the page count and the offset of the pages;</item>
/// <item>the section directory (name[16], offset, length per section) and the sections: the debugger's views
/// (Target/KdSnapshot), UTF-8 JSON each;</item>
/// <item>the pages: an 8-byte address and 4096 bytes each;</item>
/// <item>after the primary dump (RequiredDumpSpace bytes), the secondary data trailer ("DumpBlob").</item>
/// </list>
/// </summary>
internal sealed class CrashDumpFile
{
    /// <summary>The format version this build writes and reads.</summary>
    internal const uint FormatVersion = 1;

    private const string Magic = "NTSIMDMP";
    private const int BodyHeaderSize = 0x40;
    private const int DirectoryEntrySize = 32;
    private const int NameSize = 16;

    private CrashDumpFile(string path, DumpHeader header, int processor, IReadOnlyDictionary<string, byte[]> sections,
        DumpMemory memory, IReadOnlyList<SecondaryDataBlob> secondaryData)
    {
        Path = path;
        Header = header;
        BugCheckProcessor = processor;
        Sections = sections;
        Memory = memory;
        SecondaryData = secondaryData;
    }

    internal string Path { get; }

    internal DumpHeader Header { get; }

    /// <summary>The processor that bug checked (the session starts on it).</summary>
    internal int BugCheckProcessor { get; }

    internal IReadOnlyDictionary<string, byte[]> Sections { get; }

    internal DumpMemory Memory { get; }

    internal IReadOnlyList<SecondaryDataBlob> SecondaryData { get; }

    /// <summary>WinDbg's line for the kind of dump it loads.</summary>
    internal string Description => IsSmall
        ? "Mini Kernel Dump File: Only registers and stack trace are available"
        : "Kernel Summary Dump File: Only kernel address space is available";

    /// <summary>True for a small memory dump.</summary>
    internal bool IsSmall => Header.DumpType == DumpHeader.SmallDump;

    /// <summary>Writes a dump: the header (its RequiredDumpSpace filled in here), the sections, the pages, then the trailer of
    /// the secondary data <paramref name="secondaryData"/> gives once the primary dump is written. Each write is told to
    /// <paramref name="written"/> (KbCallbackDumpIo) with the part of the dump it holds.</summary>
    internal static void Write(string path, DumpHeader header, int processor, IReadOnlyList<(string Name, byte[] Json)> sections,
        IReadOnlyList<(ulong Address, byte[] Bytes)> pages, Func<IReadOnlyList<SecondaryDataBlob>> secondaryData,
        Action<ReadOnlySpan<byte>, KBUGCHECK_DUMP_IO_TYPE>? written = null)
    {
        var directoryAt = DumpHeader.Size + BodyHeaderSize;
        var offset = (long)directoryAt + (sections.Count * DirectoryEntrySize);
        var placed = new List<(string Name, long Offset, byte[] Json)>();
        foreach (var (name, json) in sections)
        {
            placed.Add((name, offset, json));
            offset += json.Length;
        }

        var pagesAt = (offset + 7) & ~7L;
        var primarySize = pagesAt + (pages.Count * (8L + DumpMemory.PageSize));
        var full = header with { RequiredDumpSpace = (ulong)primarySize, SecondaryDataState = 0 };

        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        void Put(ReadOnlySpan<byte> bytes, KBUGCHECK_DUMP_IO_TYPE type)
        {
            file.Write(bytes);
            written?.Invoke(bytes, type);
        }

        Put(full.ToBytes(), KBUGCHECK_DUMP_IO_TYPE.KbDumpIoHeader);
        var body = new byte[BodyHeaderSize];
        Encoding.ASCII.GetBytes(Magic, body);
        BinaryPrimitives.WriteUInt32LittleEndian(body.AsSpan(8), FormatVersion);
        BinaryPrimitives.WriteUInt32LittleEndian(body.AsSpan(12), (uint)sections.Count);
        BinaryPrimitives.WriteInt32LittleEndian(body.AsSpan(16), processor);
        BinaryPrimitives.WriteUInt32LittleEndian(body.AsSpan(20), (uint)pages.Count);
        BinaryPrimitives.WriteInt64LittleEndian(body.AsSpan(24), pagesAt);
        Put(body, KBUGCHECK_DUMP_IO_TYPE.KbDumpIoBody);
        var directory = new byte[sections.Count * DirectoryEntrySize];
        for (var i = 0; i < placed.Count; i++)
        {
            var entry = directory.AsSpan(i * DirectoryEntrySize, DirectoryEntrySize);
            Encoding.ASCII.GetBytes(placed[i].Name, entry[..NameSize]);
            BinaryPrimitives.WriteInt64LittleEndian(entry[NameSize..], placed[i].Offset);
            BinaryPrimitives.WriteInt64LittleEndian(entry[(NameSize + 8)..], placed[i].Json.Length);
        }

        Put(directory, KBUGCHECK_DUMP_IO_TYPE.KbDumpIoBody);
        foreach (var (_, _, json) in placed)
        {
            Put(json, KBUGCHECK_DUMP_IO_TYPE.KbDumpIoBody);
        }

        if (pagesAt > offset)
        {
            Put(new byte[pagesAt - offset], KBUGCHECK_DUMP_IO_TYPE.KbDumpIoBody);
        }

        var page = new byte[8 + DumpMemory.PageSize];
        foreach (var (at, bytes) in pages)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(page, at);
            bytes.CopyTo(page, 8);
            Put(page, KBUGCHECK_DUMP_IO_TYPE.KbDumpIoBody);
        }

        var trailer = SecondaryDataBlob.Trailer(secondaryData(), header.BuildNumber);
        if (trailer.Length > 0)
        {
            Put(trailer, KBUGCHECK_DUMP_IO_TYPE.KbDumpIoSecondaryData);
        }
    }

    /// <summary>Reads a dump; <see cref="InvalidDataException"/> naming what is wrong (not a dump, another format
    /// version, a section or page past the end), <see cref="IOException"/> if it cannot be read.</summary>
    internal static CrashDumpFile Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var header = DumpHeader.Read(bytes, path);
        var body = bytes.AsSpan(DumpHeader.Size);
        if (body.Length < BodyHeaderSize || Encoding.ASCII.GetString(body[..8]) != Magic)
        {
            throw new InvalidDataException($"{path}: a Windows dump header, but not an NtSim dump (no 'NTSIMDMP' at 0x2000): NtSim reads only the dumps it writes.");
        }

        var version = BinaryPrimitives.ReadUInt32LittleEndian(body[8..]);
        if (version != FormatVersion)
        {
            throw new InvalidDataException($"{path}: NtSim dump format version {version}; this build reads version {FormatVersion}.");
        }

        var count = (int)BinaryPrimitives.ReadUInt32LittleEndian(body[12..]);
        var processor = BinaryPrimitives.ReadInt32LittleEndian(body[16..]);
        var pageCount = BinaryPrimitives.ReadUInt32LittleEndian(body[20..]);
        var pagesAt = BinaryPrimitives.ReadInt64LittleEndian(body[24..]);
        var sections = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var directory = DumpHeader.Size + BodyHeaderSize;
        for (var i = 0; i < count; i++)
        {
            var entryAt = directory + (i * DirectoryEntrySize);
            Require(entryAt + DirectoryEntrySize <= bytes.Length, path, $"section directory entry {i} is past the end of the file");
            var entry = bytes.AsSpan(entryAt, DirectoryEntrySize);
            var name = Encoding.ASCII.GetString(entry[..NameSize]).TrimEnd('\0');
            var at = BinaryPrimitives.ReadInt64LittleEndian(entry[NameSize..]);
            var length = BinaryPrimitives.ReadInt64LittleEndian(entry[(NameSize + 8)..]);
            Require(at >= 0 && length >= 0 && at + length <= bytes.Length, path, $"section '{name}' (at 0x{at:x}, 0x{length:x} bytes) is past the end of the file");
            sections[name] = bytes.AsSpan((int)at, (int)length).ToArray();
        }

        var primaryEnd = pagesAt + (pageCount * (8L + DumpMemory.PageSize));
        Require(pagesAt >= 0 && primaryEnd <= bytes.Length, path, $"{pageCount} pages at 0x{pagesAt:x} run past the end of the file");
        var pages = new Dictionary<ulong, byte[]>();
        for (var i = 0L; i < pageCount; i++)
        {
            var at = (int)(pagesAt + (i * (8 + DumpMemory.PageSize)));
            pages[BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(at))] = bytes.AsSpan(at + 8, DumpMemory.PageSize).ToArray();
        }

        var trailer = SecondaryDataBlob.Read(bytes.AsSpan((int)Math.Min((long)header.RequiredDumpSpace, bytes.Length)), path);
        return new CrashDumpFile(path, header, processor, sections, new DumpMemory(pages), trailer);
    }

    private static void Require(bool condition, string path, string problem)
    {
        if (!condition)
        {
            throw new InvalidDataException($"{path}: {problem}.");
        }
    }
}
