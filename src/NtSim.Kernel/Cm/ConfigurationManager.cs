using System.Diagnostics;

namespace NtSim;

/// <summary>
/// Cm, the configuration manager of one machine: the registry. Keys form a tree under
/// <c>\REGISTRY</c>, which is a Key object in the root of the object namespace; the Key type's
/// parse procedure (<see cref="Parse"/>) resolves the names below it, so that ZwOpenKey and
/// ZwCreateKey go through the object manager and yield key handles. One lock guards the tree; it
/// is never held while the object manager is called, and Ob calls back (parse, delete) outside its
/// own lock.
/// </summary>
internal sealed partial class ConfigurationManager
{
    /// <summary>The name of the root key in the object namespace.</summary>
    internal const string RootName = "REGISTRY";

    private readonly Lock _lock = new();
    private readonly Machine _machine;
    private readonly List<CmHive> _hives = [];

    internal ConfigurationManager(Machine machine)
    {
        _machine = machine;
        RepairReport = machine.Options.RepairRegistry ? new RegistryRepairReport() : null;
        var master = AddHive("MASTER", null, isVolatile: true);
        Root = new CmKeyNode(RootName, null, master, CmKeyFlags.Volatile | CmKeyFlags.NoDelete | CmKeyFlags.HiveEntry, null, Now);
        BuildBootLayout(master);

        // \REGISTRY: a permanent Key object in the root directory, the start of every registry name.
        var objects = machine.ObjectManager;
        var body = new CmKeyBody(this, Root);
        var header = objects.CreateObject(ObjectTypes.Key, body, machine.Modules.Kernel, null, 0);
        var name = new CapturedName(null, "\\" + RootName, Wdm.OBJ_PERMANENT | Wdm.OBJ_CASE_INSENSITIVE | Wdm.OBJ_KERNEL_HANDLE);
        var status = objects.InsertObject(header, name, Wdm.KEY_ALL_ACCESS, createHandle: false, keepReference: false,
            machine.Modules.Kernel, null, 0, out _, out _);
        Debug.Assert(status == Wdm.STATUS_SUCCESS, "\\REGISTRY is named at boot");
    }

    internal Machine Machine => _machine;

    /// <summary><c>\REGISTRY</c>.</summary>
    internal CmKeyNode Root { get; }

    /// <summary>The hives, in the order they were mounted.</summary>
    internal IReadOnlyList<CmHive> Hives
    {
        get
        {
            lock (_lock)
            {
                return [.. _hives];
            }
        }
    }

    /// <summary>The system time now, for LastWriteTime.</summary>
    private long Now => _machine.ObjectManager.SystemTime;

    /// <summary>The key object a Key object's delete procedure releases.</summary>
    internal void KeyObjectDeleted(CmKeyBody body)
    {
        lock (_lock)
        {
            body.Node.OpenCount--;
        }
    }

    private CmHive AddHive(string name, string? fileName, bool isVolatile)
    {
        var hive = new CmHive(name, fileName, isVolatile);
        _hives.Add(hive);
        return hive;
    }

    /// <summary>Creates a subkey of <paramref name="parent"/> (CmpDoCreate). A volatile key can only
    /// have volatile subkeys (STATUS_CHILD_MUST_BE_VOLATILE). Lock held.</summary>
    private NTSTATUS CreateSubKey(CmKeyNode parent, string name, uint options, string? className, out CmKeyNode? node)
    {
        node = null;
        var isVolatile = (options & Wdm.REG_OPTION_VOLATILE) != 0;
        if (parent.IsVolatile && !isVolatile)
        {
            return Wdm.STATUS_CHILD_MUST_BE_VOLATILE;
        }

        var flags = (isVolatile ? CmKeyFlags.Volatile : CmKeyFlags.None)
            | ((options & Wdm.REG_OPTION_CREATE_LINK) != 0 ? CmKeyFlags.SymbolicLink : CmKeyFlags.None);
        var now = Now;
        node = new CmKeyNode(name, parent, parent.Hive, flags, className, now);
        parent.AddSubKey(node);
        // A new subkey changes its parent's subkey list, and so the parent's LastWriteTime.
        parent.LastWriteTime = now;
        if (!isVolatile)
        {
            parent.Hive.MarkDirty();
            Journal(node, CmLogKind.CreateKey);
        }

        return Wdm.STATUS_SUCCESS;
    }
}
