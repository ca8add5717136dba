using System.Runtime.CompilerServices;

namespace NtSim.Tests.Ddi;

/// <summary>The DDI table's own rules.</summary>
public sealed class DdiTableTests
{
    private static IReadOnlyList<NtSim.Ddi> Rows()
    {
        RuntimeHelpers.RunClassConstructor(typeof(DdiTable).TypeHandle);
        return NtSim.Ddi.All;
    }

    [Fact]
    public void EveryRow_HasAnIrqlRangeAndARule()
    {
        foreach (var row in Rows())
        {
            Assert.True(row.MinIrql <= row.MaxIrql, $"{row.Name}: IRQL range {(int)row.MinIrql}..{(int)row.MaxIrql}");
            Assert.NotNull(row.IrqlRule);
        }
    }

    [Fact]
    public void EveryRow_NamesAWdmFunction_OrASystemService()
    {
        var functions = typeof(Wdm).GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        // Reached only through a macro (MmGetSystemAddressForMdlSafe), not a Wdm function of its own.
        string[] inner = ["MmMapLockedPagesSpecifyCache"];
        foreach (var row in Rows())
        {
            Assert.True(functions.Contains(row.Name) || row.Name.StartsWith("Nt", StringComparison.Ordinal) || inner.Contains(row.Name),
                $"row {row.Name} names no Wdm function and no system service");
        }
    }

    [Fact]
    public void RowsThatCanFail_AreAllocationsOrMappings()
    {
        var failing = Rows().Where(r => r.Is(DdiTraits.CanFail)).Select(r => r.Name).ToList();
        Assert.Contains("ExAllocatePool2", failing);
        Assert.All(failing, name => Assert.Matches("Allocate|Map|Interfaces|MakeAssociatedIrp", name));
    }
}
