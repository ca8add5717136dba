using System.Globalization;
using System.Text;

namespace NtSim;

/// <summary>
/// Prints recorded events as tracefmt does, with its default prefix <c>[%9!d!]%8!04X!.%3!04X!::%4!s! [%1!s!]</c>:
/// <c>[CPU]PID.TID::MM/dd/yyyy-HH:mm:ss.fff [provider]message</c> (learn.microsoft.com, "Trace Message Prefix").
/// The time is local time (a machine keeps UTC). A WPP message is its formatted text; an EtwWriteString event its
/// string; a TraceLogging event its name and fields; an EtwWrite event, which tracefmt cannot decode without the
/// provider's manifest, its descriptor and payload bytes.
/// </summary>
public static class TraceFormat
{
    /// <summary>The prefix and message of one event.</summary>
    public static string Line(TraceEventRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var time = DateTime.FromFileTimeUtc(record.SystemTime);
        return string.Create(CultureInfo.InvariantCulture,
            $"[{record.Processor}]{record.ProcessId:X4}.{record.ThreadId:X4}::{time:MM/dd/yyyy-HH:mm:ss.fff} [{record.ProviderName}]{Message(record)}");
    }

    /// <summary>The message part of the line.</summary>
    public static string Message(TraceEventRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.Kind switch
        {
            TraceEventKind.Wpp or TraceEventKind.String => record.Message ?? "",
            TraceEventKind.TraceLogging => record.Fields.Count == 0
                ? record.EventName ?? ""
                : $"{record.EventName}: {string.Join(", ", record.Fields)}",
            _ => Manifest(record),
        };
    }

    private static string Manifest(TraceEventRecord record)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture,
            $"Event {record.Id} (level {record.Level}, keyword 0x{record.Keyword:X}, opcode {record.Opcode}, task {record.Task})");
        if (record.Payload.Length > 0)
        {
            text.Append(" payload ").Append(Convert.ToHexString(record.Payload).ToLowerInvariant());
        }

        return text.ToString();
    }
}
