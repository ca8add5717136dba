using System.Globalization;
using System.Reflection;

namespace NtSim;

/// <summary>The IRP_MJ_* name of a major function code, as !irp prints it ("IRP_MJ_READ").</summary>
public static class MajorFunctionNames
{
    private static readonly string[] s_names = Build();

    /// <summary>"IRP_MJ_READ" for 3, or IRP_MJ_0xNN for a code past IRP_MJ_MAXIMUM_FUNCTION.</summary>
    public static string Of(byte majorFunction) =>
        majorFunction < s_names.Length ? s_names[majorFunction] : "IRP_MJ_0x" + majorFunction.ToString("X2", CultureInfo.InvariantCulture);

    private static string[] Build()
    {
        var names = new string[Wdm.IRP_MJ_MAXIMUM_FUNCTION + 1];
        foreach (var field in typeof(Wdm).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            // The first name of each code wins (IRP_MJ_INTERNAL_DEVICE_CONTROL before IRP_MJ_SCSI,
            // IRP_MJ_PNP before IRP_MJ_PNP_POWER); the MAXIMUM marker is not a name.
            if (field.IsLiteral && field.FieldType == typeof(byte) && field.Name.StartsWith("IRP_MJ_", StringComparison.Ordinal)
                && field.Name != nameof(Wdm.IRP_MJ_MAXIMUM_FUNCTION))
            {
                var code = (byte)field.GetRawConstantValue()!;
                names[code] ??= field.Name;
            }
        }

        return names;
    }
}
