using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace NtSim;

/// <summary>Handle to object, as every DDI begins (FxObjectHandleGetPtr): a NULL handle is
/// WDF_VIOLATION 0x4, a handle of another type (or of a destroyed object) 0x5 with the expected type.</summary>
internal static class FxHandles
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static T Resolve<T>(KTHREAD thread, FxObject? target, FxObjectType expected, string ddi)
        where T : FxObject
    {
        if (target is T typed && typed.Address != 0)
        {
            return typed;
        }

        Invalid(thread, target, expected, ddi);
        return null;
    }

    [DoesNotReturn]
    internal static void Invalid(KTHREAD thread, FxObject? target, FxObjectType expected, string ddi)
    {
        var globals = target?.Globals ?? FxLibrary.Of(thread.Machine).ClientOf(thread);
        if (target is null)
        {
            Raise(thread, globals, Wdf.WDF_REQUIRED_PARAMETER_IS_NULL, 0, 0,
                $"{ddi}: a required {FxObjectTypeNames.Of(expected)} handle is NULL");
        }

        var what = target.Address == 0 ? "a deleted object" : $"a {target.TypeName}";
        Raise(thread, globals, Wdf.WDF_INVALID_HANDLE, target.Handle, (ulong)expected,
            $"{ddi}: handle 0x{target.Handle:x} is {what}, expected a {FxObjectTypeNames.Of(expected)} (type 0x{(ushort)expected:X})");
    }

    /// <summary>A required parameter that is not a handle (a config, a callback) was NULL: 0x10D/0x4.</summary>
    [DoesNotReturn]
    internal static void RequiredNull(KTHREAD thread, string ddi, string parameter) =>
        RequiredNull(thread, FxLibrary.Of(thread.Machine).ClientOf(thread), ddi, parameter);

    /// <summary>As above, charged to <paramref name="globals"/> (the driver whose handle the DDI was given).</summary>
    [DoesNotReturn]
    internal static void RequiredNull(KTHREAD thread, FxDriverGlobals? globals, string ddi, string parameter) =>
        Raise(thread, globals, Wdf.WDF_REQUIRED_PARAMETER_IS_NULL, 0, 0, $"{ddi}: required parameter {parameter} is NULL");

    [DoesNotReturn]
    private static void Raise(KTHREAD thread, FxDriverGlobals? globals, ulong p1, ulong p2, ulong p3, string detail)
    {
        if (globals is not null)
        {
            globals.BugCheck(thread, p1, p2, p3, detail);
        }

        thread.Machine.RaiseBugCheck(Wdm.WDF_VIOLATION, p1, p2, p3, 0, detail);
    }
}
