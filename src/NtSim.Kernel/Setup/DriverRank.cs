using System.Globalization;

namespace NtSim.Setup;

/// <summary>
/// The parts of a driver rank 0xSSGGTHHH: signature score (SS), feature score (GG) and identifier
/// score (THHH), from "How Windows ranks drivers" (Windows Vista and later).
/// </summary>
internal static class DriverRank
{
    /// <summary>
    /// SIGNERSCORE_UNSIGNED: nothing here verifies catalogs, so every package is treated as unsigned; the
    /// .nt-decorated ("second best") and undecorated ("third best") cases of "Signature Score" are not told apart.
    /// </summary>
    internal const uint UnsignedSignatureScore = 0x80000000;

    /// <summary>"Feature Score": 0xFF when the DDInstall section has no FeatureScore directive.</summary>
    internal const byte DefaultFeatureScore = 0xFF;

    internal const uint HardwareIdMatch = 0x0000;          // device hardware ID = INF hardware ID
    internal const uint HardwareToCompatibleMatch = 0x1000; // device hardware ID = an INF compatible ID
    internal const uint CompatibleToHardwareMatch = 0x2000; // device compatible ID = INF hardware ID
    internal const uint CompatibleMatch = 0x3000;          // device compatible ID = an INF compatible ID

    /// <summary>The largest identifier-list-position score (DRIVER_HARDWAREID_RANK).</summary>
    internal const uint MaxListPosition = 0x0FFF;

    internal static uint Compose(uint signatureScore, byte featureScore, uint identifierScore)
        => signatureScore | ((uint)featureScore << 16) | identifierScore;

    /// <summary>
    /// The best identifier score of a model for a device, and the device ID that gave it; null when no ID
    /// matches. HHH is the position of the matching ID in the device's list ("Identifier Score"), plus 0x100 per
    /// INF compatible-ID position when both IDs are compatible IDs ("Driver Package Rank Example").
    /// </summary>
    internal static (uint Score, string Id)? IdentifierScore(InfModel model, IReadOnlyList<string> hardwareIds, IReadOnlyList<string> compatibleIds)
    {
        (uint, string)? Find(IReadOnlyList<string> deviceIds, uint toHardwareId, uint toCompatibleId)
        {
            (uint, string)? best = null;
            for (int i = 0; i < deviceIds.Count; i++)
            {
                var position = (uint)Math.Min(i, (int)MaxListPosition);
                var id = deviceIds[i].Trim();
                var infCompatible = IndexOf(model.CompatibleIds, id);
                uint? score = Same(id, model.HardwareId) ? toHardwareId + position
                    : infCompatible < 0 ? null
                    : toCompatibleId == CompatibleMatch
                        // Compatible-to-compatible adds 0x100 per INF compatible-ID position ("Driver Package Rank Example": CID_1 x INF_CID_2 = 0x3100).
                        ? toCompatibleId + Math.Min(position + ((uint)infCompatible << 8), MaxListPosition)
                        : toCompatibleId + position;
                if (score is { } s && (best is null || s < best.Value.Item1))
                {
                    best = (s, id);
                }
            }

            return best;
        }

        // Any hardware-ID-list match (0x0THHH with T 0 or 1) beats any compatible-ID-list match (T 2 or 3).
        return Find(hardwareIds, HardwareIdMatch, HardwareToCompatibleMatch)
            ?? Find(compatibleIds, CompatibleToHardwareMatch, CompatibleMatch);
    }

    /// <summary>The FeatureScore directive of the DDInstall section (a single hex byte), or the default 0xFF.</summary>
    internal static byte FeatureScore(InfInstall? install)
    {
        var text = install?.Section.ValueOf("FeatureScore")?.Trim();
        if (text is null)
        {
            return DefaultFeatureScore;
        }

        // Written as 0xFD or xFD ("INF FeatureScore Directive").
        var digits = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? text[2..]
            : text.StartsWith('x') || text.StartsWith('X') ? text[1..]
            : text;
        return byte.TryParse(digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value) ? value : DefaultFeatureScore;
    }

    private static int IndexOf(IReadOnlyList<string> infIds, string deviceId)
    {
        for (int j = 0; j < infIds.Count; j++)
        {
            if (Same(deviceId, infIds[j]))
            {
                return j;
            }
        }

        return -1;
    }

    // PnP IDs compare case-insensitively ("Device Identification Strings").
    private static bool Same(string deviceId, string infId)
        => infId.Length > 0 && deviceId.Equals(infId.Trim(), StringComparison.OrdinalIgnoreCase);
}
