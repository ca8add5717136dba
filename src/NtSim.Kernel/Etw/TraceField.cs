using System.Globalization;

namespace NtSim;

/// <summary>One field of a TraceLogging event: its name, its type as TraceLogging gave it, and its value.</summary>
public sealed record TraceField(string Name, string Type, object? Value)
{
    /// <summary>The value as tracefmt prints a self-describing field: numbers in decimal (Hex* types in 0x hex),
    /// strings as they are, GUIDs in braces, NTSTATUS by name.</summary>
    public string FormatValue() => Value switch
    {
        null => "NULL",
        string s => s,
        bool b => b ? "true" : "false",
        Guid g => g.ToString("B", CultureInfo.InvariantCulture),
        NTSTATUS status => NtNames.StatusName(status),
        ulong u when Type.StartsWith("Hex", StringComparison.Ordinal) || Type == "Pointer" => string.Create(CultureInfo.InvariantCulture, $"0x{u:X}"),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => Value.ToString() ?? "",
    };

    /// <summary>"Name=value", the value as FormatValue gives it.</summary>
    public override string ToString() => $"{Name}={FormatValue()}";
}
