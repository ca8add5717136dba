using System.Diagnostics.CodeAnalysis;

namespace NtSim;

/// <summary>
/// The names of one device interface instance. For the device <c>ROOT\SYSTEM\0000</c>, the class
/// {b85b7c50-...} and no reference string:
/// the symbolic link name <c>\??\ROOT#SYSTEM#0000#{b85b7c50-...}</c> (IoRegisterDeviceInterface),
/// the user-mode device path <c>\\?\ROOT#SYSTEM#0000#{b85b7c50-...}</c>, and the registry key
/// <c>Control\DeviceClasses\{b85b7c50-...}\##?#ROOT#SYSTEM#0000#{b85b7c50-...}\#</c>. A reference
/// string <c>ref</c> adds <c>\ref</c> to the names and makes the last key <c>#ref</c>.
/// </summary>
internal sealed record DeviceInterfaceName(string InstancePath, Guid ClassGuid, string ReferenceString)
{
    internal const string DeviceClassesPath = @"\Registry\Machine\SYSTEM\CurrentControlSet\Control\DeviceClasses";

    /// <summary>The class GUID as the names spell it: lowercase, in braces.</summary>
    internal string ClassText => ClassGuid.ToString("B");

    /// <summary>The instance path with '#' for '\', then the class: <c>ROOT#SYSTEM#0000#{guid}</c>.</summary>
    internal string Munged => InstancePath.Replace('\\', '#') + "#" + ClassText;

    /// <summary>What the link in \GLOBAL?? is named: the reference string is not part of it (it reaches
    /// the driver as the rest of the name, the file object's FileName).</summary>
    internal string LinkName => @"\GLOBAL??\" + Munged;

    internal string SymbolicLinkName => @"\??\" + Munged + Suffix;

    internal string DevicePath => @"\\?\" + Munged + Suffix;

    internal string ClassKey => DeviceClassesPath + @"\" + ClassText;

    internal string InterfaceKey => ClassKey + @"\##?#" + Munged;

    internal string ReferenceKey => InterfaceKey + @"\#" + ReferenceString;

    private string Suffix => ReferenceString.Length == 0 ? "" : @"\" + ReferenceString;

    /// <summary>Reads a symbolic link name (<c>\??\...</c>, or a <c>\\?\...</c> device path) back.</summary>
    internal static bool TryParse(string name, [NotNullWhen(true)] out DeviceInterfaceName? parsed)
    {
        parsed = null;
        string rest;
        if (name.StartsWith(@"\??\", StringComparison.Ordinal) || name.StartsWith(@"\\?\", StringComparison.Ordinal))
        {
            rest = name[4..];
        }
        else
        {
            return false;
        }

        var slash = rest.IndexOf('\\');
        var reference = slash < 0 ? "" : rest[(slash + 1)..];
        var munged = slash < 0 ? rest : rest[..slash];
        var hash = munged.LastIndexOf('#');
        if (hash <= 0 || !Guid.TryParseExact(munged[(hash + 1)..], "B", out var guid) || reference.Contains('\\'))
        {
            return false;
        }

        parsed = new DeviceInterfaceName(munged[..hash].Replace('#', '\\'), guid, reference);
        return true;
    }

    /// <summary>Reads the names back from a registry key under DeviceClasses\{guid}:
    /// <c>##?#ROOT#SYSTEM#0000#{guid}</c> and its <c>#ref</c> subkey.</summary>
    internal static DeviceInterfaceName? FromKeys(string interfaceKey, string referenceKey) =>
        interfaceKey.StartsWith("##?#", StringComparison.Ordinal) && referenceKey.StartsWith('#')
        && TryParse(@"\??\" + interfaceKey[4..] + (referenceKey.Length > 1 ? @"\" + referenceKey[1..] : ""), out var parsed)
            ? parsed
            : null;

    public bool Equals(DeviceInterfaceName? other) =>
        other is not null && ClassGuid == other.ClassGuid
        && string.Equals(InstancePath, other.InstancePath, StringComparison.OrdinalIgnoreCase)
        && string.Equals(ReferenceString, other.ReferenceString, StringComparison.OrdinalIgnoreCase);

    public override int GetHashCode() =>
        HashCode.Combine(ClassGuid, StringComparer.OrdinalIgnoreCase.GetHashCode(InstancePath), StringComparer.OrdinalIgnoreCase.GetHashCode(ReferenceString));

    public override string ToString() => SymbolicLinkName;
}
