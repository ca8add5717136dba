using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;

namespace NtSim;

/// <summary>The names (winerror.h) and system message texts (FormatMessage) of the Win32 errors
/// the service control manager reports.</summary>
internal static class Win32ErrorText
{
    private static readonly FrozenDictionary<uint, string> s_names = typeof(Win32Error)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(uint) && f.Name.StartsWith("ERROR_", StringComparison.Ordinal))
        .GroupBy(f => (uint)f.GetRawConstantValue()!)
        .ToFrozenDictionary(g => g.Key, g => g.First().Name);

    private static readonly FrozenDictionary<uint, string> s_messages = new Dictionary<uint, string>
    {
        [Win32Error.ERROR_SUCCESS] = "The operation completed successfully.",
        [Win32Error.ERROR_INVALID_FUNCTION] = "Incorrect function.",
        [Win32Error.ERROR_FILE_NOT_FOUND] = "The system cannot find the file specified.",
        [Win32Error.ERROR_PATH_NOT_FOUND] = "The system cannot find the path specified.",
        [Win32Error.ERROR_ACCESS_DENIED] = "Access is denied.",
        [Win32Error.ERROR_NOT_ENOUGH_MEMORY] = "Not enough memory resources are available to process this command.",
        [Win32Error.ERROR_GEN_FAILURE] = "A device attached to the system is not functioning.",
        [Win32Error.ERROR_NOT_SUPPORTED] = "The request is not supported.",
        [Win32Error.ERROR_INVALID_PARAMETER] = "The parameter is incorrect.",
        [Win32Error.ERROR_INVALID_NAME] = "The filename, directory name, or volume label syntax is incorrect.",
        [Win32Error.ERROR_BAD_EXE_FORMAT] = "%1 is not a valid Win32 application.",
        [Win32Error.ERROR_INVALID_SERVICE_CONTROL] = "The requested control is not valid for this service.",
        [Win32Error.ERROR_SERVICE_ALREADY_RUNNING] = "An instance of the service is already running.",
        [Win32Error.ERROR_SERVICE_DISABLED] = "The service cannot be started, either because it is disabled or because it has no enabled devices associated with it.",
        [Win32Error.ERROR_SERVICE_DOES_NOT_EXIST] = "The specified service does not exist as an installed service.",
        [Win32Error.ERROR_SERVICE_CANNOT_ACCEPT_CTRL] = "The service cannot accept control messages at this time.",
        [Win32Error.ERROR_SERVICE_NOT_ACTIVE] = "The service has not been started.",
        [Win32Error.ERROR_SERVICE_MARKED_FOR_DELETE] = "The specified service has been marked for deletion.",
        [Win32Error.ERROR_SERVICE_EXISTS] = "The specified service already exists.",
        [Win32Error.ERROR_SERVICE_NEVER_STARTED] = "No attempts to start the service have been made since the last boot.",
        [Win32Error.ERROR_NO_SYSTEM_RESOURCES] = "Insufficient system resources exist to complete the requested service.",
    }.ToFrozenDictionary();

    /// <summary>"ERROR_FILE_NOT_FOUND", or the number for a code NtSim does not name.</summary>
    internal static string NameOf(uint error) =>
        s_names.TryGetValue(error, out var name) ? name : error.ToString(CultureInfo.InvariantCulture);

    /// <summary>The system message, or a generic text for a code without one here.</summary>
    internal static string MessageOf(uint error) =>
        s_messages.TryGetValue(error, out var text) ? text : string.Create(CultureInfo.InvariantCulture, $"Win32 error {error} ({NameOf(error)}).");
}
