using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace NtSim.Setup;

/// <summary>
/// The 16 hex digits that end a store folder's name (<c>toastpkg.inf_amd64_3f1c...</c>): a hash of
/// the package's files, their names and contents, so the same package always lands in the same folder.
/// </summary>
internal static class PackageHash
{
    internal static string Of(IReadOnlyList<(string RelativePath, byte[] Contents)> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> length = stackalloc byte[8];
        foreach (var (relativePath, contents) in files.OrderBy(f => Key(f.RelativePath), StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Key(relativePath) + "\0"));
            BinaryPrimitives.WriteInt64LittleEndian(length, contents.LongLength);
            hash.AppendData(length);
            hash.AppendData(contents);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset().AsSpan(0, 8));
    }

    /// <summary>Names compare as Windows compares them: case-insensitive, either separator.</summary>
    private static string Key(string relativePath) => relativePath.Replace('\\', '/').ToUpper(CultureInfo.InvariantCulture);
}
