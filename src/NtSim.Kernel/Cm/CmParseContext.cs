namespace NtSim;

/// <summary>
/// What ZwCreateKey and ZwOpenKey(Ex) hand the Key parse procedure through the object manager (the
/// parse context of NtCreateKey): whether a missing last key may be created, the create or open
/// options, the class name, who is asking (for the key object's creator); and what the parse
/// procedure answers: the disposition.
/// </summary>
internal sealed class CmParseContext
{
    internal CmParseContext(bool create, uint options, string? className, KernelModule creator, string? file, int line)
    {
        Create = create;
        Options = options;
        Class = className;
        Creator = creator;
        File = file;
        Line = line;
    }

    internal bool Create { get; }

    /// <summary>REG_OPTION_VOLATILE, REG_OPTION_CREATE_LINK, REG_OPTION_OPEN_LINK...</summary>
    internal uint Options { get; }

    internal string? Class { get; }

    internal KernelModule Creator { get; }

    internal string? File { get; }

    internal int Line { get; }

    /// <summary>REG_CREATED_NEW_KEY or REG_OPENED_EXISTING_KEY, set by the parse procedure.</summary>
    internal uint Disposition { get; set; } = Wdm.REG_OPENED_EXISTING_KEY;
}
