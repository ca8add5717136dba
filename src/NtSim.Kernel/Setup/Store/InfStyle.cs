namespace NtSim.Setup;

/// <summary>
/// Whether a file is a device INF at all, as SetupOpenInfFile with INF_STYLE_WIN4 and the class
/// installer see it: a [Version] section with the signature $Windows NT$ or $Chicago$ (else
/// ERROR_WRONG_INF_STYLE), and a Class or ClassGuid (else ERROR_NO_ASSOCIATED_CLASS).
/// </summary>
internal static class InfStyle
{
    private static readonly string[] s_signatures = ["$Windows NT$", "$Chicago$"];

    internal static void Check(InfDocument document, string infPath)
    {
        var version = document.Section("Version");
        if (version is null)
        {
            throw new DriverStoreException(SetupApiError.ERROR_WRONG_INF_STYLE,
                $"Cannot add '{infPath}': it is not an INF file (it has no [Version] section); nothing was added.");
        }

        var signature = version.LinesWithKey("Signature").FirstOrDefault()?[0].Trim();
        if (signature is null || !s_signatures.Contains(signature, StringComparer.OrdinalIgnoreCase))
        {
            var line = version.LinesWithKey("Signature").FirstOrDefault()?.Line ?? version.Line;
            throw new DriverStoreException(SetupApiError.ERROR_WRONG_INF_STYLE,
                $"{infPath}({line}): [Version] Signature is {(signature is null ? "missing" : $"'{signature}'")}, not \"$Windows NT$\" or \"$Chicago$\"; nothing was added.");
        }

        if (string.IsNullOrWhiteSpace(document.Version.Class) && document.Version.ClassGuid is null)
        {
            throw new DriverStoreException(SetupApiError.ERROR_NO_ASSOCIATED_CLASS,
                $"{infPath}({version.Line}): [Version] has neither Class nor ClassGuid, so the package has no device setup class; nothing was added.");
        }
    }
}
