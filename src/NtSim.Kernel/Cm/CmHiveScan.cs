namespace NtSim;

/// <summary>What a hive file holds: its header's fields, the records that check out (in order) and
/// every place where it is damaged. A log may end in a torn tail (an incomplete last record: a
/// crash during its write), which is not damage; anything else that fails is.</summary>
internal sealed class CmHiveContents
{
    internal CmHiveContents(string path)
    {
        Path = path;
    }

    internal string Path { get; }

    /// <summary>The header checked out: <see cref="Generation"/> is known.</summary>
    internal bool HeaderValid { get; set; }

    internal ulong Generation { get; set; }

    internal List<List<CmLogOperation>> Batches { get; } = [];

    internal List<RegistryDamage> Damage { get; } = [];

    /// <summary>Where an incomplete last record starts (a log cut short by a crash), or null.</summary>
    internal long? TornTail { get; set; }
}

/// <summary>Reads a hive file record by record and tells a torn tail from damage. Past damage it
/// looks for the next record that checks out, so that a repair keeps every valid record.</summary>
internal static class CmHiveScan
{
    /// <summary>Reads the base (<paramref name="isLog"/> false) or log at <paramref name="path"/>;
    /// <paramref name="hiveName"/> prefixes the key paths the report names.</summary>
    internal static CmHiveContents Read(string path, bool isLog, string hiveName)
    {
        var file = File.ReadAllBytes(path);
        var contents = new CmHiveContents(path);
        var (generation, count, problem) = CmHiveFile.ReadHeader(file, isLog ? CmHiveFile.LogMagic : CmHiveFile.BaseMagic);
        if (problem is not null)
        {
            contents.Damage.Add(new RegistryDamage(path, 0, problem, isLog
                ? "the log's generation; the records that check out are applied over the base"
                : "the base's generation and record count; the records that check out are kept"));
        }

        contents.HeaderValid = problem is null;
        contents.Generation = generation;
        var offset = Math.Min(CmHiveFile.HeaderSize, file.Length);
        var expected = 1u;
        while (offset < file.Length)
        {
            if (file.Length - offset < CmHiveFile.RecordHeaderSize)
            {
                if (!Torn(contents, isLog, offset, "the file ends inside a record header"))
                {
                    break;
                }

                return contents;
            }

            var (headerValid, length, sequence) = CmHiveFile.RecordHeader(file, offset);
            if (!headerValid)
            {
                var next = Resync(file, offset + 1);
                var lost = next < 0
                    ? $"the {file.Length - offset} bytes from offset {offset} to the end of the file, and the records they held"
                    : $"the {next - offset} bytes from offset {offset} to {next}, {RecordsBefore(file, next, expected)}";
                contents.Damage.Add(new RegistryDamage(path, offset, "a record header fails its checksum", lost));
                if (next < 0)
                {
                    break;
                }

                expected = Math.Max(expected, CmHiveFile.RecordHeader(file, next).Sequence);
                offset = next;
                continue;
            }

            if (length < 0 || length > CmHiveFile.MaxRecord || length > file.Length - offset - CmHiveFile.RecordHeaderSize)
            {
                if (!Torn(contents, isLog, offset, $"record {sequence} of {length} bytes runs past the end of the file"))
                {
                    break;
                }

                return contents;
            }

            var end = offset + CmHiveFile.RecordHeaderSize + length;
            if (sequence != expected)
            {
                contents.Damage.Add(new RegistryDamage(path, offset, $"record {sequence} stands where record {expected} belongs",
                    sequence > expected ? $"records {expected} to {sequence - 1}" : $"nothing (record {sequence} was kept once already; this copy is dropped)"));
                if (sequence < expected)
                {
                    offset = end;
                    continue;
                }
            }

            expected = sequence + 1;
            var (operations, undecodable) = CmHiveFile.Decode(file, offset + CmHiveFile.RecordHeaderSize, length);
            if (!CmHiveFile.PayloadValid(file, offset, length))
            {
                contents.Damage.Add(new RegistryDamage(path, offset, $"record {sequence} fails its checksum",
                    $"record {sequence}: {Describe(operations, hiveName, verified: false)}"));
            }
            else if ((undecodable ?? operations.Select(o => o.Problem).FirstOrDefault(p => p is not null)) is { } invalid)
            {
                contents.Damage.Add(new RegistryDamage(path, offset, $"record {sequence} passes its checksum but {invalid}",
                    $"record {sequence}: {Describe(operations, hiveName, verified: undecodable is null)}"));
            }
            else
            {
                contents.Batches.Add(operations);
            }

            offset = end;
        }

        if (!isLog && contents.HeaderValid && expected - 1 != count)
        {
            contents.Damage.Add(new RegistryDamage(path, file.Length, $"the file ends after record {expected - 1}; its header counts {count}",
                expected - 1 < count ? $"records {expected} to {count}" : "nothing (records beyond the count are kept)"));
        }

        return contents;
    }

    /// <summary>What the operations of a lost record changed, for the report.</summary>
    internal static string Describe(List<CmLogOperation> operations, string hiveName, bool verified)
    {
        if (operations.Count == 0)
        {
            return "its contents cannot be read";
        }

        var changes = string.Join(", ", operations.Select(o => o.Describe(hiveName)));
        return verified ? changes : changes + " (as far as the damaged bytes still say)";
    }

    // A log cut short by a crash ends in an incomplete record: that tail is dropped. A base is renamed into place whole.
    private static bool Torn(CmHiveContents contents, bool isLog, int offset, string problem)
    {
        if (isLog)
        {
            contents.TornTail = offset;
            return true;
        }

        contents.Damage.Add(new RegistryDamage(contents.Path, offset, problem, "the rest of the file"));
        return false;
    }

    /// <summary>The next offset where a whole record checks out, or -1.</summary>
    private static int Resync(byte[] file, int from)
    {
        for (var offset = from; offset <= file.Length - CmHiveFile.RecordHeaderSize; offset++)
        {
            var (valid, length, _) = CmHiveFile.RecordHeader(file, offset);
            if (valid && length >= 0 && length <= file.Length - offset - CmHiveFile.RecordHeaderSize && CmHiveFile.PayloadValid(file, offset, length))
            {
                return offset;
            }
        }

        return -1;
    }

    private static string RecordsBefore(byte[] file, int next, uint expected)
    {
        var sequence = CmHiveFile.RecordHeader(file, next).Sequence;
        return sequence > expected ? $"records {expected} to {sequence - 1}" : "records of unknown number";
    }
}
