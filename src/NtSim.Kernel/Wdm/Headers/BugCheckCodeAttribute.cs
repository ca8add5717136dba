namespace NtSim;

/// <summary>
/// Marks a <see cref="Wdm"/> constant as a bug check code (bugcodes.h), so that
/// <see cref="NtNames.BugCheckName"/> can tell it from the other ULONG constants.
/// </summary>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
internal sealed class BugCheckCodeAttribute : Attribute
{
}
