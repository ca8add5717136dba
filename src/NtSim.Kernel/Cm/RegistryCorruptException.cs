namespace NtSim;

/// <summary>
/// A registry file in the machine's folder is damaged in a way a crash cannot explain (anything but a
/// torn tail of a log), so <see cref="Machine.Boot(MachineOptions?)"/> refuses to boot and leaves every file as it is.
/// <see cref="MachineOptions.RepairRegistry"/> boots anyway, keeping every valid record.
/// </summary>
public sealed class RegistryCorruptException : IOException
{
    /// <summary>The boot found <paramref name="damage"/> and refused to go on.</summary>
    public RegistryCorruptException(RegistryDamage damage)
        : base($"NtSim registry: {damage.File} is damaged{(damage.Offset is { } offset ? $" at offset {offset}" : "")}: {damage.Problem}. " +
            "Nothing was changed. Boot with MachineOptions.RepairRegistry to keep every valid record, move the damaged files aside and report what is lost.")
    {
        Damage = damage;
    }

    /// <summary>The first damage found: the file, the offset, the problem and what a repair would lose.</summary>
    public RegistryDamage Damage { get; }

    /// <summary>The damaged (or missing) file.</summary>
    public string File => Damage.File;

    /// <summary>Where in <see cref="File"/>; null when the file is missing.</summary>
    public long? Offset => Damage.Offset;

    /// <summary>What is wrong there.</summary>
    public string Problem => Damage.Problem;
}
