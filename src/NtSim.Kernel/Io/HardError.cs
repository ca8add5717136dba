using System.Diagnostics;
using System.Globalization;

namespace NtSim;

/// <summary>
/// A hard error a driver raised (IoRaiseHardError, IoRaiseInformationalHardError): the message box
/// Windows would queue for the user, with its caption and text. NtSim has no interactive desktop, so
/// the box is recorded (<c>machine.EventLog.HardErrors</c>) instead of shown.
/// </summary>
[DebuggerDisplay("{ToString(),nq}")]
public sealed record HardError(NTSTATUS Status, string Caption, string? Detail, string? DeviceName)
{
    /// <summary>The caption, status, device and detail on one line.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Caption}: 0x{(uint)Status:X8}{(DeviceName is null ? "" : " on " + DeviceName)}{(Detail is null ? "" : " (" + Detail + ")")}");

    /// <summary>The caption the documentation gives: "ApplicationName.exe - System Error" for a thread
    /// of an application, "System Process - System Error" for none or a system thread.</summary>
    internal static string CaptionFor(KTHREAD? thread) =>
        thread is null || thread.Process == thread.Machine.SystemProcess
            ? "System Process - System Error"
            : thread.Process.ImageFileName + " - System Error";
}
