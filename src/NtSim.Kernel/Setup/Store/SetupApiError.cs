namespace NtSim.Setup;

/// <summary>
/// The SetupAPI errors (setupapi.h: APPLICATION_ERROR_MASK | ERROR_SEVERITY_ERROR | n) that the
/// driver store reports, with the texts pnputil prints for them.
/// </summary>
public static class SetupApiError
{
    /// <summary>The syntax of the INF is invalid (0xE0000003).</summary>
    public const uint ERROR_GENERAL_SYNTAX = 0xE0000003;
    /// <summary>The INF's style is not the one requested (0xE0000100).</summary>
    public const uint ERROR_WRONG_INF_STYLE = 0xE0000100;
    /// <summary>A required section is missing from the INF (0xE0000101).</summary>
    public const uint ERROR_SECTION_NOT_FOUND = 0xE0000101;
    /// <summary>The INF or device has no associated install class (0xE0000201).</summary>
    public const uint ERROR_NO_ASSOCIATED_CLASS = 0xE0000201;
    /// <summary>Devices are still installed with the INF (0xE000023D).</summary>
    public const uint ERROR_INF_IN_USE_BY_DEVICES = 0xE000023D;

    /// <summary>The message text for a SetupAPI or Win32 error code.</summary>
    public static string MessageOf(uint error) => error switch
    {
        ERROR_GENERAL_SYNTAX => "The syntax of the INF is invalid.",
        ERROR_WRONG_INF_STYLE => "The style of the INF is different than what was requested.",
        ERROR_SECTION_NOT_FOUND => "The required section was not found in the INF.",
        ERROR_NO_ASSOCIATED_CLASS => "The INF or the device information set or element does not have an associated install class.",
        ERROR_INF_IN_USE_BY_DEVICES => "One or more devices are presently installed using the specified INF.",
        _ => Win32ErrorText.MessageOf(error),
    };

    /// <summary>"ERROR_INF_IN_USE_BY_DEVICES", "ERROR_FILE_NOT_FOUND" ..., or the number.</summary>
    public static string NameOf(uint error) => error switch
    {
        ERROR_GENERAL_SYNTAX => nameof(ERROR_GENERAL_SYNTAX),
        ERROR_WRONG_INF_STYLE => nameof(ERROR_WRONG_INF_STYLE),
        ERROR_SECTION_NOT_FOUND => nameof(ERROR_SECTION_NOT_FOUND),
        ERROR_NO_ASSOCIATED_CLASS => nameof(ERROR_NO_ASSOCIATED_CLASS),
        ERROR_INF_IN_USE_BY_DEVICES => nameof(ERROR_INF_IN_USE_BY_DEVICES),
        _ => Win32ErrorText.NameOf(error),
    };
}
