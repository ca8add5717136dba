namespace NtSim;

/// <summary>What one operation of a hive file record does (see docs/registry-persistence.md).</summary>
internal enum CmLogKind : byte
{
    CreateKey = 1,
    DeleteKey = 2,
    SetValue = 3,
    DeleteValue = 4,
}

/// <summary>One change to a hive, as its files store it: the key's path relative to the hive's root
/// ("ControlSet001\Services\Foo"), and what changed. Records are batches of these.</summary>
internal sealed record CmLogOperation(CmLogKind Kind, string Path, long Time, CmKeyFlags Flags = CmKeyFlags.None, string? Class = null,
    string? ValueName = null, uint Type = 0, byte[]? Data = null)
{
    // Documented limits: "Registry element size limits" (key name 255 characters, value name 16,383).
    private const int MaxKeyName = 255;
    private const int MaxValueName = 16383;

    /// <summary>What makes this operation one NtSim never writes, or null: a stored record that
    /// passes its checksum is still checked before it touches the tree.</summary>
    internal string? Problem
    {
        get
        {
            if (Path.Length == 0 && Kind is CmLogKind.CreateKey or CmLogKind.DeleteKey)
            {
                return Kind == CmLogKind.DeleteKey ? "it deletes the hive's root key" : "it creates the hive's root key";
            }

            if (Path.Length != 0 && Path.Split('\\').FirstOrDefault(n => n.Length is 0 or > MaxKeyName) is { } name)
            {
                return name.Length == 0 ? $"its key path '{Path}' has an empty name in it" : $"its key path has a name of {name.Length} characters";
            }

            if ((Flags & ~CmKeyFlags.SymbolicLink) != 0)
            {
                return $"it gives a key the flags 0x{(ushort)Flags:X}";
            }

            return ValueName is { Length: > MaxValueName } ? $"it names a value of {ValueName.Length} characters" : null;
        }
    }

    /// <summary>"value First of SOFTWARE\Contoso", for a repair report.</summary>
    internal string Describe(string hiveName)
    {
        var key = Path.Length == 0 ? hiveName : hiveName + "\\" + Path;
        return Kind switch
        {
            CmLogKind.CreateKey => $"key {key} created",
            CmLogKind.DeleteKey => $"key {key} deleted",
            CmLogKind.SetValue => $"value {ValueName} of {key} set",
            CmLogKind.DeleteValue => $"value {ValueName} of {key} deleted",
            _ => $"an operation of kind {(byte)Kind} on {key}",
        };
    }

    internal void Write(BinaryWriter writer)
    {
        writer.Write((byte)Kind);
        writer.Write(Path);
        writer.Write(Time);
        switch (Kind)
        {
            case CmLogKind.CreateKey:
                writer.Write((ushort)Flags);
                writer.Write(Class ?? "");
                break;
            case CmLogKind.SetValue:
                writer.Write(ValueName!);
                writer.Write(Type);
                writer.Write(Data!.Length);
                writer.Write(Data);
                break;
            case CmLogKind.DeleteValue:
                writer.Write(ValueName!);
                break;
        }
    }

    /// <summary>Reads one operation; <see cref="InvalidDataException"/> for an unknown kind.</summary>
    internal static CmLogOperation Read(BinaryReader reader)
    {
        var kind = (CmLogKind)reader.ReadByte();
        var path = reader.ReadString();
        var time = reader.ReadInt64();
        switch (kind)
        {
            case CmLogKind.CreateKey:
                var flags = (CmKeyFlags)reader.ReadUInt16();
                var className = reader.ReadString();
                return new CmLogOperation(kind, path, time, flags, className.Length == 0 ? null : className);
            case CmLogKind.DeleteKey:
                return new CmLogOperation(kind, path, time);
            case CmLogKind.SetValue:
                var name = reader.ReadString();
                var type = reader.ReadUInt32();
                var length = reader.ReadInt32();
                if (length < 0 || length > reader.BaseStream.Length - reader.BaseStream.Position)
                {
                    throw new InvalidDataException($"a value of {length} bytes runs past its record");
                }

                return new CmLogOperation(kind, path, time, ValueName: name, Type: type, Data: reader.ReadBytes(length));
            case CmLogKind.DeleteValue:
                return new CmLogOperation(kind, path, time, ValueName: reader.ReadString());
            default:
                throw new InvalidDataException($"unknown operation kind {(byte)kind}");
        }
    }
}
