using System.Buffers.Binary;
using System.Text;

namespace NtSim.Debugger.Dump;

/// <summary>
/// The first 0x2000 bytes of a dump: DUMP_HEADER64's fields where they apply, at their offsets (ntiodump.h;
/// debugger.md 12.1), so a hex view shows <c>PAGEDU64</c>, the bug check code and its parameters where WinDbg's
/// tools look for them. Fields NtSim has no value for stay zero. docs/crash-dumps.md.
/// </summary>
internal sealed record DumpHeader(
    uint BugCheckCode, ulong Parameter1, ulong Parameter2, ulong Parameter3, ulong Parameter4,
    uint NumberProcessors, uint BuildNumber, uint DumpType, long SystemTime, long SystemUpTime, ulong RequiredDumpSpace,
    uint SecondaryDataState)
{
    internal const int Size = 0x2000;

    /// <summary>DUMP_TYPE_SUMMARY: a kernel memory dump.</summary>
    internal const uint KernelDump = 2;

    /// <summary>DUMP_TYPE_TRIAGE: a small memory dump.</summary>
    internal const uint SmallDump = 4;

    private const uint Signature = 0x4547_4150;       // 'PAGE'
    private const uint ValidDump = 0x3436_5544;       // 'DU64'
    private const uint FreeBuild = 0xF;               // MajorVersion of a free (retail) build
    private const uint MachineAmd64 = 0x8664;         // IMAGE_FILE_MACHINE_AMD64
    private const string Comment = "NtSim crash dump (docs/crash-dumps.md)";

    // DUMP_HEADER64 offsets (x64, natural alignment).
    private const int MajorVersionAt = 0x008, MinorVersionAt = 0x00C, MachineImageTypeAt = 0x030, NumberProcessorsAt = 0x034;
    private const int BugCheckCodeAt = 0x038, Parameter1At = 0x040, DumpTypeAt = 0xF98, RequiredDumpSpaceAt = 0xFA0;
    private const int SystemTimeAt = 0xFA8, CommentAt = 0xFB0, SystemUpTimeAt = 0x1030, SecondaryDataStateAt = 0x103C;

    /// <summary>The header's bytes.</summary>
    internal byte[] ToBytes()
    {
        var bytes = new byte[Size];
        var span = bytes.AsSpan();
        BinaryPrimitives.WriteUInt32LittleEndian(span, Signature);
        BinaryPrimitives.WriteUInt32LittleEndian(span[4..], ValidDump);
        BinaryPrimitives.WriteUInt32LittleEndian(span[MajorVersionAt..], FreeBuild);
        BinaryPrimitives.WriteUInt32LittleEndian(span[MinorVersionAt..], BuildNumber);
        BinaryPrimitives.WriteUInt32LittleEndian(span[MachineImageTypeAt..], MachineAmd64);
        BinaryPrimitives.WriteUInt32LittleEndian(span[NumberProcessorsAt..], NumberProcessors);
        BinaryPrimitives.WriteUInt32LittleEndian(span[BugCheckCodeAt..], BugCheckCode);
        ulong[] parameters = [Parameter1, Parameter2, Parameter3, Parameter4];
        for (var i = 0; i < 4; i++)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(span[(Parameter1At + (8 * i))..], parameters[i]);
        }

        BinaryPrimitives.WriteUInt32LittleEndian(span[DumpTypeAt..], DumpType);
        BinaryPrimitives.WriteUInt64LittleEndian(span[RequiredDumpSpaceAt..], RequiredDumpSpace);
        BinaryPrimitives.WriteInt64LittleEndian(span[SystemTimeAt..], SystemTime);
        Encoding.ASCII.GetBytes(Comment, span[CommentAt..]);
        BinaryPrimitives.WriteInt64LittleEndian(span[SystemUpTimeAt..], SystemUpTime);
        BinaryPrimitives.WriteUInt32LittleEndian(span[SecondaryDataStateAt..], SecondaryDataState);
        return bytes;
    }

    /// <summary>Reads a header; <see cref="InvalidDataException"/> if <paramref name="bytes"/> is not a 64-bit dump header.</summary>
    internal static DumpHeader Read(ReadOnlySpan<byte> bytes, string path)
    {
        if (bytes.Length < Size)
        {
            throw new InvalidDataException($"{path}: not a crash dump (it has {bytes.Length} bytes, fewer than a dump header's 0x2000).");
        }

        var signature = Encoding.ASCII.GetString(bytes[..8]);
        if (signature != "PAGEDU64")
        {
            throw new InvalidDataException($"{path}: not a 64-bit kernel crash dump (it starts with '{Printable(signature)}', not 'PAGEDU64').");
        }

        return new DumpHeader(
            BinaryPrimitives.ReadUInt32LittleEndian(bytes[BugCheckCodeAt..]),
            BinaryPrimitives.ReadUInt64LittleEndian(bytes[Parameter1At..]),
            BinaryPrimitives.ReadUInt64LittleEndian(bytes[(Parameter1At + 8)..]),
            BinaryPrimitives.ReadUInt64LittleEndian(bytes[(Parameter1At + 16)..]),
            BinaryPrimitives.ReadUInt64LittleEndian(bytes[(Parameter1At + 24)..]),
            BinaryPrimitives.ReadUInt32LittleEndian(bytes[NumberProcessorsAt..]),
            BinaryPrimitives.ReadUInt32LittleEndian(bytes[MinorVersionAt..]),
            BinaryPrimitives.ReadUInt32LittleEndian(bytes[DumpTypeAt..]),
            BinaryPrimitives.ReadInt64LittleEndian(bytes[SystemTimeAt..]),
            BinaryPrimitives.ReadInt64LittleEndian(bytes[SystemUpTimeAt..]),
            BinaryPrimitives.ReadUInt64LittleEndian(bytes[RequiredDumpSpaceAt..]),
            BinaryPrimitives.ReadUInt32LittleEndian(bytes[SecondaryDataStateAt..]));
    }

    private static string Printable(string text) => new([.. text.Select(c => c is >= ' ' and <= '~' ? c : '.')]);
}
