using Xunit.Abstractions;

namespace NtSim.Tests.Cm;

/// <summary>
/// The registry never loses data without a word (docs/registry-persistence.md): a seeded campaign
/// damages one file of a machine folder (shut down, or left by a crash) per case and boots on it.
/// Each case must end with every value intact; or, for a log of a running machine cut short, the
/// state a kill at that point leaves (the last values written to that hive lost); or a refusal naming
/// the file that changed nothing, then a repair whose report names every hive that lost something.
/// NTSIM_REGISTRY_CAMPAIGN sets the number of cases (200 by default).
/// </summary>
public sealed class RegistryCorruptionCampaignTests(ITestOutputHelper output)
{
    private const int Seed = 20261206;

    private static int Cases =>
        int.TryParse(Environment.GetEnvironmentVariable("NTSIM_REGISTRY_CAMPAIGN"), out var cases) && cases > 0 ? cases : 200;

    [Fact]
    public void Boot_SeededCorruptions_NoSilentLoss()
    {
        using var folders = RegistryCampaignFolders.Build(Seed);
        var outcomes = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var failures = new List<string>();
        for (var i = 0; i < Cases; i++)
        {
            var random = new Random(Seed + i);
            var crashed = random.Next(2) == 0;
            var kind = (RegistryCorruptionKind)random.Next(Enum.GetValues<RegistryCorruptionKind>().Length);
            var file = RegistryCampaignFolders.Files[random.Next(RegistryCampaignFolders.Files.Length)];
            using var folder = new TemporaryFolder();
            RegistryCampaignFolders.Copy(crashed ? folders.Crashed : folders.Clean, folder);
            var what = RegistryCorruption.Apply(kind, folder.File(file), folders.Older.File(file), random);
            var name = $"case {i} (seed {Seed + i}): {(crashed ? "crashed" : "shut-down")} folder, {file} {what}";
            var (outcome, failure) = Run(folders, folder, crashed && kind == RegistryCorruptionKind.Truncate ? file : null);
            if (failure is not null)
            {
                failures.Add($"{name}: {failure}");
            }
            else
            {
                outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
                outcomes[kind.ToString()] = outcomes.GetValueOrDefault(kind.ToString()) + 1;
            }
        }

        output.WriteLine($"{Cases} cases: " + string.Join(", ", outcomes.Select(o => $"{o.Key} {o.Value}")));
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        // The campaign reached every outcome it claims to judge.
        Assert.All(["intact", "refused, repaired losing nothing", "refused, repaired with losses reported"], o => Assert.True(outcomes.ContainsKey(o), o));
    }

    /// <summary>Boots on the damaged folder and judges the case: its outcome, or why it fails.</summary>
    private static (string Outcome, string? Failure) Run(RegistryCampaignFolders folders, TemporaryFolder folder, string? cutCrashedFile)
    {
        var before = Directory.GetFiles(folder.Path).ToDictionary(f => f, File.ReadAllBytes);
        try
        {
            using var machine = folder.Boot();
            var lost = folders.Differences(machine);
            if (lost.Count == 0)
            {
                return ("intact", null);
            }

            return IsTornTail(folders, cutCrashedFile, lost)
                ? ("log of a running machine cut short, as a kill leaves it", null)
                : ("", $"SILENT LOSS of {string.Join(", ", lost)}");
        }
        catch (RegistryCorruptException refusal)
        {
            return Repair(folders, folder, before, refusal);
        }
    }

    private static (string Outcome, string? Failure) Repair(RegistryCampaignFolders folders, TemporaryFolder folder,
        Dictionary<string, byte[]> before, RegistryCorruptException refusal)
    {
        if (Path.GetDirectoryName(refusal.File) != folder.Path || !refusal.Message.Contains(refusal.File, StringComparison.Ordinal)
            || File.Exists(refusal.File) != refusal.Offset.HasValue)
        {
            return ("", $"the refusal does not name a file of the folder as it is: {refusal.Message}");
        }

        var after = Directory.GetFiles(folder.Path).ToDictionary(f => f, File.ReadAllBytes);
        if (after.Count != before.Count || after.Any(f => !before.TryGetValue(f.Key, out var old) || !old.AsSpan().SequenceEqual(f.Value)))
        {
            return ("", "the refused boot changed the folder");
        }

        List<CampaignValue> lost;
        using (var machine = Machine.Boot(new MachineOptions { RegistryFolder = folder.Path, RepairRegistry = true }))
        {
            var report = machine.Registry.RepairReport!;
            lost = folders.Differences(machine);
            var reported = report.Damage.Select(d => Path.GetFileName(d.File).Split('.')[0]).ToHashSet();
            var unreported = lost.Where(v => !reported.Contains(v.Hive)).ToList();
            if (report.IsEmpty || unreported.Count != 0)
            {
                return ("", $"the repair lost [{string.Join(", ", unreported)}] and reported: {report}");
            }

            if (report.MovedAside.Any(m => !File.Exists(m.To)))
            {
                return ("", "a file the report says it moved aside is not there");
            }
        }

        // The repaired folder boots as it is, with the same values.
        using var next = folder.Boot();
        return folders.Differences(next).Count != lost.Count
            ? ("", "the boot after the repair found other values")
            : (lost.Count == 0 ? "refused, repaired losing nothing" : "refused, repaired with losses reported", null);
    }

    // A crash during a log's append leaves an incomplete last record: losing it and nothing else is allowed.
    // A cut from the log of a crashed machine drops the same way the records after it, which no file can tell from a crash.
    private static bool IsTornTail(RegistryCampaignFolders folders, string? cutCrashedFile, List<CampaignValue> lost)
    {
        if (cutCrashedFile is null || !cutCrashedFile.EndsWith(".log", StringComparison.Ordinal))
        {
            return false;
        }

        var written = folders.SecondSession[cutCrashedFile.Split('.')[0]];
        var suffix = written.Skip(written.Count - lost.Count).ToHashSet();
        return lost.All(suffix.Contains);
    }
}
