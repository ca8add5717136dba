namespace NtSim.Debugger.Commands.Crash;

/// <summary>What each of a bug check's four arguments means, as !analyze prints after "ArgN: value, ".
/// Subcoded bug checks (0xC4, 0xC9, 0x10D) take their meanings from the subcode: the verifier's rule
/// table (<see cref="VerifierRules"/>) or the WDF_VIOLATION table (kmdf.md 6.2).</summary>
internal static class BugCheckArguments
{
    private static readonly Dictionary<ulong, (string P1, string P2, string P3)> s_wdf = new()
    {
        [0x1] = ("A power operation did not complete in time.", "The WDF_POWER_ROUTINE_TIMED_OUT_DATA.", "Reserved."),
        [0x2] = ("A thread acquired a framework lock it already held.", "The lock.", "Reserved."),
        [0x3] = ("The framework verifier found a fatal error in the driver's use of an object.", "The WDFREQUEST.", "The number of outstanding buffer references."),
        [0x4] = ("A required parameter of a framework method was NULL.", "Reserved.", "The caller's address."),
        [0x5] = ("A framework object handle of the incorrect type was passed to a framework object method.", "The handle value passed in.", "The object type the method expected."),
        [0x6] = ("A fatal error was made in handling a WDF request.", "The request error's subcode.", "The request, IRP or error data the subcode names."),
        [0x7] = ("A framework object's reference count went wrong.", "The handle value.", "Reserved."),
        [0xA] = ("A fatal error in a queue's handling of its requests.", "The WDF_QUEUE_FATAL_ERROR_DATA.", "Reserved."),
        [0xB] = ("A framework lock was misused.", "The handle value.", "0: the object has no lock; 1: a spin lock released by a thread that does not hold it."),
        [0xC] = ("A fatal error in the framework's PnP handling.", "The WDFDEVICE.", "The new PnP IRP."),
        [0xD] = ("More than one driver in the stack is the power policy owner.", "The device object.", "The power IRP."),
        [0xE] = ("A callback returned at another IRQL than it was called at.", "The IRQL at the callback's entry.", "The IRQL at its return."),
        [0xF] = ("A callback returned with a critical region left entered or left.", "The callback's address.", "Reserved."),
        [0x10] = ("The driver called a method the framework version does not have.", "Reserved.", "Reserved."),
    };

    /// <summary>The four meanings ("" where none is known: the argument is printed bare).</summary>
    internal static string[] Of(BugCheckInfo bugCheck)
    {
        if (bugCheck.Code is Wdm.DRIVER_VERIFIER_DETECTED_VIOLATION or Wdm.DRIVER_VERIFIER_IOMANAGER_VIOLATION)
        {
            return Verifier(bugCheck);
        }

        if (bugCheck.Code == Wdm.WDF_VIOLATION)
        {
            return s_wdf.TryGetValue(bugCheck.Parameter1, out var wdf)
                ? [wdf.P1, wdf.P2, wdf.P3, "Reserved (the driver's FxDriverGlobals)."]
                : ["", "", "", ""];
        }

        return BugCheckText.For(bugCheck.Code)?.Arguments ?? ["", "", "", ""];
    }

    /// <summary>The verifier rule a 0xC4 or 0xC9 bug check broke, or null.</summary>
    internal static VerifierRule? RuleOf(BugCheckInfo bugCheck) =>
        VerifierRules.All.FirstOrDefault(r => r.Code == bugCheck.Code && r.Subcode == bugCheck.Parameter1);

    /// <summary>A DDI compliance rule (0x2xxxx, 0x4xxxx) rather than a subcode of the classic checks.</summary>
    internal static bool IsDdiRule(ulong id) => id is >= 0x20000 and < 0x80000;

    private static string[] Verifier(BugCheckInfo bugCheck)
    {
        if (RuleOf(bugCheck) is not { } rule)
        {
            return ["The subcode of the violation.", "", "", ""];
        }

        // debugger.md 6.1: the DDI compliance rule lines as !analyze prints them.
        if (IsDdiRule(rule.Subcode))
        {
            return [$"ID of the '{rule.Name}' rule that was violated.", "A pointer to the string describing the violated rule condition.",
                "An optional pointer to the rule state variable(s).", "Reserved (unused)"];
        }

        return [$"{rule.Name} (subcode)", Capitalize(rule.P2), Capitalize(rule.P3), Capitalize(rule.P4)];
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
