namespace NtSim.Debugger.Target;

/// <summary>What a command that reads a view says on a dump that lacks it (a small dump keeps only the bug check, the
/// system and the modules), instead of printing an empty machine.</summary>
internal static class KdSectionMissing
{
    /// <summary>True, after printing the command's error line, when the target's dump lacks section <paramref name="section"/>.</summary>
    internal static bool Report(Engine.KdContext context, string command, string section)
    {
        if (context.Target.Snapshot.Has(section))
        {
            return false;
        }

        context.Error($"{command}: the dump holds no '{section}' view (a small dump keeps only the bug check, the system and the modules)");
        return true;
    }
}
