using System.Buffers.Binary;

namespace NtSim.Tests.Cm;

/// <summary>The kinds of damage the corruption campaign does to one file of a machine folder.</summary>
internal enum RegistryCorruptionKind
{
    Flip,
    Truncate,
    ZeroFill,
    Generation,
    OlderFile,
    Delete,
    Append,
    Forged,
}

/// <summary>One seeded corruption of one hive file: what it did, in words a failure message can show.</summary>
internal static class RegistryCorruption
{
    internal static string Apply(RegistryCorruptionKind kind, string path, string olderPath, Random random)
    {
        var bytes = File.ReadAllBytes(path);
        switch (kind)
        {
            case RegistryCorruptionKind.Flip:
                var flips = random.Next(1, 4);
                var at = new List<int>();
                for (var i = 0; i < flips; i++)
                {
                    at.Add(random.Next(bytes.Length));
                    bytes[at[^1]] ^= (byte)(1 << random.Next(8));
                }

                File.WriteAllBytes(path, bytes);
                return $"flipped a bit at {string.Join(", ", at)}";
            case RegistryCorruptionKind.Truncate:
                var length = random.Next(bytes.Length);
                File.WriteAllBytes(path, bytes[..length]);
                return $"cut from {bytes.Length} to {length} bytes";
            case RegistryCorruptionKind.ZeroFill:
                var start = random.Next(bytes.Length);
                var count = random.Next(1, Math.Min(64, bytes.Length - start) + 1);
                Array.Clear(bytes, start, count);
                File.WriteAllBytes(path, bytes);
                return $"zeroed {count} bytes at {start}";
            case RegistryCorruptionKind.Generation:
                var bit = random.Next(64);
                bytes[CmHiveFile.GenerationOffset + bit / 8] ^= (byte)(1 << (bit % 8));
                var resealed = random.Next(2) == 0;
                if (resealed)
                {
                    // A generation that is wrong but checks out, as a stale or hand-edited header would.
                    BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(24), Crc32.Compute(bytes.AsSpan(0, 24)));
                }

                File.WriteAllBytes(path, bytes);
                return $"flipped generation bit {bit}{(resealed ? " and fixed the header's checksum" : "")}";
            case RegistryCorruptionKind.OlderFile:
                File.Copy(olderPath, path, overwrite: true);
                return "swapped in the file of the previous session";
            case RegistryCorruptionKind.Delete:
                File.Delete(path);
                return "deleted it";
            case RegistryCorruptionKind.Append:
                var garbage = new byte[random.Next(1, 65)];
                random.NextBytes(garbage);
                RegistryForgery.AppendRaw(path, garbage);
                return $"appended {garbage.Length} random bytes";
            default:
                return Forge(path, random);
        }
    }

    // Records with valid checksums whose contents NtSim never writes.
    private static string Forge(string path, Random random)
    {
        var isLog = path.EndsWith(".log", StringComparison.Ordinal);
        var next = isLog ? RegistryForgery.NextSequence(path) : (uint)BinaryPrimitives.ReadInt32LittleEndian(File.ReadAllBytes(path).AsSpan(20)) + 1;
        switch (random.Next(5))
        {
            case 0:
                RegistryForgery.AppendRaw(path, CmHiveFile.Record(next, [new CmLogOperation(CmLogKind.DeleteKey, "", 0)]));
                return $"forged record {next} deleting the hive's root";
            case 1:
                RegistryForgery.AppendRaw(path, RegistryForgery.Framed(next, [9, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
                return $"forged record {next} of an unknown operation";
            case 2:
                RegistryForgery.AppendRaw(path, CmHiveFile.Record(next, [new CmLogOperation(CmLogKind.CreateKey, @"Contoso\\X", 0)]));
                return $"forged record {next} creating a key with an empty name";
            case 3:
                RegistryForgery.AppendRaw(path, CmHiveFile.Record(next + 1,
                    [new CmLogOperation(CmLogKind.SetValue, "Contoso", 0, ValueName: "Forged", Type: Wdm.REG_DWORD, Data: [1, 0, 0, 0])]));
                return $"forged record {next + 1} where {next} belongs";
            default:
                var replay = next - 1;
                RegistryForgery.AppendRaw(path, CmHiveFile.Record(replay,
                    [new CmLogOperation(CmLogKind.SetValue, "Contoso", 0, ValueName: "Replayed", Type: Wdm.REG_DWORD, Data: [1, 0, 0, 0])]));
                return $"forged a second record {replay}";
        }
    }
}
