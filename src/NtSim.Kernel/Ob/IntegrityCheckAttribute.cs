namespace NtSim;

/// <summary>
/// The image was linked with <c>/integritycheck</c> (IMAGE_DLLCHARACTERISTICS_FORCE_INTEGRITY in its
/// PE header): Windows checks its signature at load. ObRegisterCallbacks takes routines only from such
/// an image ("The callback routines do not reside in a signed kernel binary image": STATUS_ACCESS_DENIED).
/// A driver assembly says so with <c>[assembly: IntegrityCheck]</c>; a driver type of the host (a test's)
/// may carry it on its class instead.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class, AllowMultiple = false)]
public sealed class IntegrityCheckAttribute : Attribute
{
    /// <summary>Whether <paramref name="routine"/>'s code is in an image linked with /integritycheck:
    /// its assembly or one of its declaring classes (a lambda's closure class is nested in the driver's) carries the attribute.</summary>
    internal static bool Covers(Delegate routine)
    {
        var method = routine.Method;
        if (method.Module.Assembly.IsDefined(typeof(IntegrityCheckAttribute), false))
        {
            return true;
        }

        for (var type = method.DeclaringType; type is not null; type = type.DeclaringType)
        {
            if (type.IsDefined(typeof(IntegrityCheckAttribute), false))
            {
                return true;
            }
        }

        return false;
    }
}
