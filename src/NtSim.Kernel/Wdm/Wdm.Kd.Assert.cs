using System.Runtime.CompilerServices;

namespace NtSim;

// The assertion macros of wdm.h (header macros: no DDI gate; RtlAssert, which ASSERT calls, is a DDI).
// Active in a checked (DBG=1) driver only (MachineOptions.Checked, docs/asserts.md). The expression,
// file and line come from [CallerArgumentExpression], [CallerFilePath] and [CallerLineNumber], as the
// macros take #exp, __FILE__ and __LINE__. Unlike C, C# evaluates the expression in a free build too.
public static partial class Wdm
{
    /// <summary>NT_ASSERT: in a checked driver a FALSE <paramref name="Expression"/> raises
    /// STATUS_ASSERTION_FAILURE: a connected kernel debugger breaks in (<see cref="RunStatus.Break"/>); without
    /// one it is an exception, and one nothing handles is bug check 0x7E (a system thread), 0x1E (a DPC) or
    /// 0x3B (a system service) with P1 = 0xC0000420. Nothing in a free driver.</summary>
    public static void NT_ASSERT(bool Expression, [CallerArgumentExpression(nameof(Expression))] string ExpressionText = "",
        [CallerFilePath] string FileName = "", [CallerLineNumber] int LineNumber = 0)
    {
        if (!Expression)
        {
            Assertions.RaiseAssertionFailure(nameof(NT_ASSERT), ExpressionText, null, FileName, LineNumber);
        }
    }

    /// <summary>NT_ASSERTMSG: NT_ASSERT that gives the debugger <paramref name="Message"/> too.</summary>
    public static void NT_ASSERTMSG(string Message, bool Expression, [CallerArgumentExpression(nameof(Expression))] string ExpressionText = "",
        [CallerFilePath] string FileName = "", [CallerLineNumber] int LineNumber = 0)
    {
        if (!Expression)
        {
            Assertions.RaiseAssertionFailure(nameof(NT_ASSERTMSG), ExpressionText, Message, FileName, LineNumber);
        }
    }

    /// <summary>NT_ASSERTMSGW: NT_ASSERTMSG with a wide message (every C# string is one).</summary>
    public static void NT_ASSERTMSGW(string Message, bool Expression, [CallerArgumentExpression(nameof(Expression))] string ExpressionText = "",
        [CallerFilePath] string FileName = "", [CallerLineNumber] int LineNumber = 0)
    {
        if (!Expression)
        {
            Assertions.RaiseAssertionFailure(nameof(NT_ASSERTMSGW), ExpressionText, Message, FileName, LineNumber);
        }
    }

    /// <summary>NT_VERIFY: <paramref name="Expression"/>'s value in every build; in a checked driver a FALSE
    /// one is also an NT_ASSERT failure (the value is returned if the debugger lets the code go on).</summary>
    public static bool NT_VERIFY(bool Expression, [CallerArgumentExpression(nameof(Expression))] string ExpressionText = "",
        [CallerFilePath] string FileName = "", [CallerLineNumber] int LineNumber = 0)
    {
        if (!Expression)
        {
            Assertions.RaiseAssertionFailure(nameof(NT_VERIFY), ExpressionText, null, FileName, LineNumber);
        }

        return Expression;
    }

    /// <summary>NT_VERIFYMSG: NT_VERIFY with a message for the debugger.</summary>
    public static bool NT_VERIFYMSG(string Message, bool Expression, [CallerArgumentExpression(nameof(Expression))] string ExpressionText = "",
        [CallerFilePath] string FileName = "", [CallerLineNumber] int LineNumber = 0)
    {
        if (!Expression)
        {
            Assertions.RaiseAssertionFailure(nameof(NT_VERIFYMSG), ExpressionText, Message, FileName, LineNumber);
        }

        return Expression;
    }

    /// <summary>ASSERT: in a checked driver a FALSE <paramref name="Expression"/> calls RtlAssert, which
    /// prints it and breaks in when a kernel debugger is connected and, since Windows Vista, is not
    /// reported when none is (execution goes on). Nothing in a free driver.</summary>
    public static void ASSERT(bool Expression, [CallerArgumentExpression(nameof(Expression))] string ExpressionText = "",
        [CallerFilePath] string FileName = "", [CallerLineNumber] int LineNumber = 0)
    {
        if (!Expression && Assertions.IsChecked(nameof(ASSERT)))
        {
            RtlAssert(ExpressionText, FileName, (uint)LineNumber, null);
        }
    }

    /// <summary>ASSERTMSG: ASSERT whose report starts with <paramref name="Message"/>.</summary>
    public static void ASSERTMSG(string Message, bool Expression, [CallerArgumentExpression(nameof(Expression))] string ExpressionText = "",
        [CallerFilePath] string FileName = "", [CallerLineNumber] int LineNumber = 0)
    {
        if (!Expression && Assertions.IsChecked(nameof(ASSERTMSG)))
        {
            RtlAssert(ExpressionText, FileName, (uint)LineNumber, Message);
        }
    }

    /// <summary>RtlAssert: reports a failed assertion (the routine ASSERT and ASSERTMSG call): printed,
    /// and a break into a connected kernel debugger; nothing without one. Returns when the machine goes on.</summary>
    public static void RtlAssert(string FailedAssertion, string FileName, uint LineNumber, string? Message)
    {
        var thread = DdiGate.Enter(DdiTable.RtlAssert);
        KeContext.NotNull(FailedAssertion, nameof(FailedAssertion));
        KeContext.NotNull(FileName, nameof(FileName));
        Assertions.RtlAssert(thread, FailedAssertion, FileName, LineNumber, Message);
    }
}
