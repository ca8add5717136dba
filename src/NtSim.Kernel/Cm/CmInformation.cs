using System.Buffers.Binary;
using System.Text;

namespace NtSim;

/// <summary>
/// The bytes of the KEY_*_INFORMATION and KEY_VALUE_*_INFORMATION structures, laid out as on x64
/// (little-endian, the field offsets of wdm.h), and the rule by which they reach the caller's
/// buffer: shorter than the fixed part (the offset of the variable-length member) is
/// STATUS_BUFFER_TOO_SMALL and nothing is written; shorter than the whole is STATUS_BUFFER_OVERFLOW
/// with the fixed part and as much of the rest as fits written; either way ResultLength is the size
/// of the whole. As Windows does (CmpQueryKeyData, CmpQueryKeyValueData), a class name or value data
/// that follows a name starts at the next ULONG boundary (8 bytes for the Align64 class), and an
/// offset to nothing is 0xFFFFFFFF.
/// </summary>
internal static class CmInformation
{
    /// <summary>An offset field for a member that is absent (no class, no data).</summary>
    private const uint NoOffset = 0xFFFFFFFF;

    /// <summary>The image of a key information class, or null for a class this routine does not
    /// return; <paramref name="fixedSize"/> is the least a buffer must hold.</summary>
    internal static byte[]? Key(in CmKeySnapshot key, KEY_INFORMATION_CLASS informationClass, bool enumerating, out int fixedSize)
    {
        var name = Encoding.Unicode.GetBytes(key.Name);
        var className = Encoding.Unicode.GetBytes(key.Class ?? "");
        switch (informationClass)
        {
            case Wdm.KeyBasicInformation:
            {
                fixedSize = KEY_BASIC_INFORMATION.FixedSize;
                var image = new byte[fixedSize + name.Length];
                WriteHeader(image, key.LastWriteTime);
                Put(image, 12, (uint)name.Length);
                name.CopyTo(image, fixedSize);
                return image;
            }

            case Wdm.KeyNodeInformation:
            {
                fixedSize = KEY_NODE_INFORMATION.FixedSize;
                var classOffset = className.Length == 0 ? 0 : Align(fixedSize + name.Length, 4);
                var image = new byte[className.Length == 0 ? fixedSize + name.Length : classOffset + className.Length];
                WriteHeader(image, key.LastWriteTime);
                Put(image, 12, className.Length == 0 ? NoOffset : (uint)classOffset);
                Put(image, 16, (uint)className.Length);
                Put(image, 20, (uint)name.Length);
                name.CopyTo(image, fixedSize);
                className.CopyTo(image, classOffset);
                return image;
            }

            case Wdm.KeyFullInformation:
            {
                fixedSize = KEY_FULL_INFORMATION.FixedSize;
                var image = new byte[fixedSize + className.Length];
                WriteHeader(image, key.LastWriteTime);
                Put(image, 12, className.Length == 0 ? NoOffset : (uint)fixedSize);
                Put(image, 16, (uint)className.Length);
                Put(image, 20, (uint)key.SubKeys);
                Put(image, 24, (uint)key.MaxNameLen);
                Put(image, 28, (uint)key.MaxClassLen);
                Put(image, 32, (uint)key.Values);
                Put(image, 36, (uint)key.MaxValueNameLen);
                Put(image, 40, (uint)key.MaxValueDataLen);
                className.CopyTo(image, fixedSize);
                return image;
            }

            case Wdm.KeyNameInformation when !enumerating:
            {
                // ZwQueryKey only: the key's full name, "\REGISTRY\MACHINE\...".
                var fullName = Encoding.Unicode.GetBytes(key.FullName);
                fixedSize = KEY_NAME_INFORMATION.FixedSize;
                var image = new byte[fixedSize + fullName.Length];
                Put(image, 0, (uint)fullName.Length);
                fullName.CopyTo(image, fixedSize);
                return image;
            }

            default:
                fixedSize = 0;
                return null;
        }
    }

    /// <summary>The image of a value information class, or null for a class this routine does not return.</summary>
    internal static byte[]? Value(CmKeyValue value, KEY_VALUE_INFORMATION_CLASS informationClass, out int fixedSize)
    {
        var name = Encoding.Unicode.GetBytes(value.Name);
        var data = value.Data;
        switch (informationClass)
        {
            case Wdm.KeyValueBasicInformation:
            {
                fixedSize = KEY_VALUE_BASIC_INFORMATION.FixedSize;
                var image = new byte[fixedSize + name.Length];
                Put(image, 4, value.Type);
                Put(image, 8, (uint)name.Length);
                name.CopyTo(image, fixedSize);
                return image;
            }

            case Wdm.KeyValueFullInformation:
            case Wdm.KeyValueFullInformationAlign64:
            {
                fixedSize = KEY_VALUE_FULL_INFORMATION.FixedSize;
                var alignment = informationClass == Wdm.KeyValueFullInformationAlign64 ? 8 : 4;
                var dataOffset = data.Length == 0 ? 0 : Align(fixedSize + name.Length, alignment);
                var image = new byte[data.Length == 0 ? fixedSize + name.Length : dataOffset + data.Length];
                Put(image, 4, value.Type);
                Put(image, 8, data.Length == 0 ? NoOffset : (uint)dataOffset);
                Put(image, 12, (uint)data.Length);
                Put(image, 16, (uint)name.Length);
                name.CopyTo(image, fixedSize);
                data.CopyTo(image, dataOffset);
                return image;
            }

            case Wdm.KeyValuePartialInformation:
            {
                fixedSize = KEY_VALUE_PARTIAL_INFORMATION.FixedSize;
                var image = new byte[fixedSize + data.Length];
                Put(image, 4, value.Type);
                Put(image, 8, (uint)data.Length);
                data.CopyTo(image, fixedSize);
                return image;
            }

            case Wdm.KeyValuePartialInformationAlign64:
            {
                // KEY_VALUE_PARTIAL_INFORMATION_ALIGN64: Type, DataLength, Data (no TitleIndex).
                fixedSize = 8;
                var image = new byte[fixedSize + data.Length];
                Put(image, 0, value.Type);
                Put(image, 4, (uint)data.Length);
                data.CopyTo(image, fixedSize);
                return image;
            }

            default:
                fixedSize = 0;
                return null;
        }
    }

    /// <summary>The key classes ZwQueryKey returns; ZwEnumerateKey returns Basic, Node and Full only
    /// ("If any value not in this list is specified, the routine returns STATUS_INVALID_PARAMETER").</summary>
    internal static bool Supports(KEY_INFORMATION_CLASS informationClass, bool enumerating) =>
        informationClass is Wdm.KeyBasicInformation or Wdm.KeyNodeInformation or Wdm.KeyFullInformation
        || (informationClass == Wdm.KeyNameInformation && !enumerating);

    /// <summary>The value classes ZwQueryValueKey and ZwEnumerateValueKey return.</summary>
    internal static bool Supports(KEY_VALUE_INFORMATION_CLASS informationClass) =>
        informationClass is Wdm.KeyValueBasicInformation or Wdm.KeyValueFullInformation or Wdm.KeyValuePartialInformation
            or Wdm.KeyValueFullInformationAlign64 or Wdm.KeyValuePartialInformationAlign64;

    /// <summary>How much of an image a buffer of <paramref name="length"/> bytes gets, and the status.</summary>
    internal static NTSTATUS Fit(int imageLength, int fixedSize, uint length, out int count)
    {
        if (length < (uint)fixedSize)
        {
            count = 0;
            return Wdm.STATUS_BUFFER_TOO_SMALL;
        }

        count = (int)Math.Min(length, (uint)imageLength);
        return count < imageLength ? Wdm.STATUS_BUFFER_OVERFLOW : Wdm.STATUS_SUCCESS;
    }

    private static int Align(int offset, int alignment) => (offset + alignment - 1) & -alignment;

    // LastWriteTime (LARGE_INTEGER) and TitleIndex (0: drivers ignore it), the start of every KEY_*_INFORMATION but the name.
    private static void WriteHeader(byte[] image, long lastWriteTime) => BinaryPrimitives.WriteInt64LittleEndian(image, lastWriteTime);

    private static void Put(byte[] image, int offset, uint value) => BinaryPrimitives.WriteUInt32LittleEndian(image.AsSpan(offset), value);
}
