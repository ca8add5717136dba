namespace NtSim.Tests.Cm;

/// <summary>A value the corruption campaign wrote (or deleted: <see cref="Data"/> null) and expects back.</summary>
internal sealed record CampaignValue(string Hive, string Key, string Name, byte[]? Data, int Session)
{
    public override string ToString() => $@"{Key}\{Name}";
}

/// <summary>
/// The machine folders the corruption campaign starts from, built once: <see cref="Older"/> after a first
/// session, <see cref="Clean"/> after a second one shut down, <see cref="Crashed"/> as the second one left
/// it while it still ran (its changes in the logs). <see cref="Values"/> is what each holds.
/// </summary>
internal sealed class RegistryCampaignFolders : IDisposable
{
    internal static readonly string[] Hives = ["SOFTWARE", "SYSTEM", "DEFAULT"];
    internal static readonly string[] Files = [.. Hives.SelectMany(h => new[] { h + ".hive", h + ".log" })];

    private static readonly Dictionary<string, string> s_keys = new()
    {
        ["SOFTWARE"] = @"HKLM\SOFTWARE\Contoso",
        ["SYSTEM"] = MachineRegistry.ServicesPath + @"\Sample",
        ["DEFAULT"] = @"HKU\.DEFAULT\Software\Contoso",
    };

    private readonly Dictionary<string, CampaignValue> _values = [];

    private RegistryCampaignFolders()
    {
    }

    internal TemporaryFolder Older { get; } = new();

    internal TemporaryFolder Clean { get; } = new();

    internal TemporaryFolder Crashed { get; } = new();

    internal IEnumerable<CampaignValue> Values => _values.Values;

    /// <summary>Per hive, what the second session changed, in the order of its log records.</summary>
    internal Dictionary<string, List<CampaignValue>> SecondSession { get; } = Hives.ToDictionary(h => h, _ => new List<CampaignValue>());

    internal static RegistryCampaignFolders Build(int seed)
    {
        var random = new Random(seed);
        var folders = new RegistryCampaignFolders();
        using (var machine = folders.Clean.Boot())
        {
            foreach (var hive in Hives)
            {
                for (var i = 0; i < 4; i++)
                {
                    folders.Set(machine, random, hive, s_keys[hive], "A" + i, 1);
                }
            }
        }

        Copy(folders.Clean, folders.Older);
        using (var machine = folders.Clean.Boot())
        {
            foreach (var hive in Hives)
            {
                for (var i = 0; i < 3; i++)
                {
                    folders.Set(machine, random, hive, s_keys[hive], "B" + i, 2);
                }

                folders.Set(machine, random, hive, s_keys[hive] + @"\Sub", "B3", 2);
                Assert.True(machine.Registry.DeleteValue(s_keys[hive], "A3"));
                folders.Record(new CampaignValue(hive, s_keys[hive], "A3", null, 2));
            }

            Copy(folders.Clean, folders.Crashed);
        }

        return folders;
    }

    internal static void Copy(TemporaryFolder from, TemporaryFolder to)
    {
        foreach (var file in Directory.GetFiles(from.Path))
        {
            File.Copy(file, to.File(Path.GetFileName(file)), overwrite: true);
        }
    }

    /// <summary>The values the machine does not hold as expected.</summary>
    internal List<CampaignValue> Differences(Machine machine) =>
        [.. Values.Where(v => machine.Registry.GetValue(v.Key, v.Name)?.Data is var data
            && (v.Data is null ? data is not null : data is null || !data.AsSpan().SequenceEqual(v.Data)))];

    public void Dispose()
    {
        Older.Dispose();
        Clean.Dispose();
        Crashed.Dispose();
    }

    private void Set(Machine machine, Random random, string hive, string key, string name, int session)
    {
        var data = new byte[random.Next(4, 40)];
        random.NextBytes(data);
        machine.Registry.SetValue(key, name, Wdm.REG_BINARY, data);
        Record(new CampaignValue(hive, key, name, data, session));
    }

    private void Record(CampaignValue value)
    {
        _values[value.ToString()] = value;
        if (value.Session == 2)
        {
            SecondSession[value.Hive].Add(value);
        }
    }
}
