using System.Diagnostics;

namespace NtSim;

/// <summary>
/// The driver replacement map of the kernel debugger (<c>.kdfiles</c>): while a debugger is attached, each time the
/// machine is about to load a driver image it asks the map; on a match the new file is sent and written over the old
/// one, then loaded (<see cref="DebuggerConnection.Replacements"/>). The map belongs to the debugger: it lasts until it
/// is cleared or replaced, and does nothing while no debugger is attached. Source: "Mapping Driver Files" (WinDbg docs).
/// </summary>
[DebuggerDisplay("{Count} driver replacement(s)")]
public sealed class DriverReplacementMap
{
    private readonly Lock _lock = new();
    private readonly List<DriverReplacement> _entries = [];
    private string? _source;

    internal DriverReplacementMap()
    {
    }

    /// <summary>The associations, in the order they were added (the first that matches wins).</summary>
    public IReadOnlyList<DriverReplacement> Entries
    {
        get
        {
            lock (_lock)
            {
                return [.. _entries];
            }
        }
    }

    /// <summary>Number of associations.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>The map file the associations were loaded from (<c>.kdfiles &lt;file&gt;</c>), or null.</summary>
    public string? Source
    {
        get
        {
            lock (_lock)
            {
                return _source;
            }
        }
    }

    /// <summary><c>.kdfiles -m old new</c>: adds one association.</summary>
    public void Add(string oldDriver, string newDriver)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(oldDriver);
        ArgumentException.ThrowIfNullOrWhiteSpace(newDriver);
        lock (_lock)
        {
            _entries.Add(new DriverReplacement(oldDriver.Trim(), newDriver.Trim()));
        }
    }

    /// <summary><c>.kdfiles -c</c>: removes every association (the map file itself is left alone).</summary>
    public void Clear()
    {
        lock (_lock)
        {
            _entries.Clear();
            _source = null;
        }
    }

    /// <summary><c>.kdfiles &lt;file&gt;</c>: the map becomes the file's associations, <paramref name="source"/> its name.</summary>
    public void Load(IReadOnlyList<DriverReplacement> entries, string source)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(source);
        lock (_lock)
        {
            _entries.Clear();
            _entries.AddRange(entries);
            _source = source;
        }
    }

    /// <summary>The first association that names the image loaded as <paramref name="imageName"/> from <paramref name="hostPath"/>, or null.</summary>
    public DriverReplacement? Find(string imageName, string hostPath)
    {
        lock (_lock)
        {
            return _entries.FirstOrDefault(e => e.Matches(imageName, hostPath));
        }
    }
}
