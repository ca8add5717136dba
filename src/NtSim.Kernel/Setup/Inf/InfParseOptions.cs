using System.Diagnostics;

namespace NtSim.Setup;

/// <summary>
/// How to read an INF: the stampinf tokens to substitute (<c>$ARCH$</c>, <c>$KMDFVERSION$</c> ...,
/// kept as written when absent) and the language of the <c>[Strings.langid]</c> section to prefer.
/// </summary>
[DebuggerDisplay("{Architecture,nq}, Strings.{LanguageId,nq}")]
public sealed record InfParseOptions
{
    /// <summary>amd64, language 0409 and no KMDF or UMDF version to substitute.</summary>
    public static InfParseOptions Default { get; } = new();

    /// <summary>The platform <c>$ARCH$</c> becomes, as stampinf -a does (amd64, x86, arm64).</summary>
    public string Architecture { get; init; } = "amd64";

    /// <summary>stampinf -k: what <c>$KMDFVERSION$</c> becomes; null keeps the token.</summary>
    public string? KmdfVersion { get; init; }

    /// <summary>stampinf -u: what <c>$UMDFVERSION$</c> becomes; null keeps the token.</summary>
    public string? UmdfVersion { get; init; }

    /// <summary>The hexadecimal LANGID of the <c>[Strings.LANGID]</c> section that overrides <c>[Strings]</c>.</summary>
    public string LanguageId { get; init; } = "0409";

    internal string? TokenValue(string token) => token.ToUpperInvariant() switch
    {
        "ARCH" => Architecture,
        "KMDFVERSION" => KmdfVersion,
        "UMDFVERSION" => UmdfVersion,
        _ => null,
    };
}
