using System.Diagnostics;

namespace NtSim.Setup;

/// <summary>A file of a package being added: where it is now and its path in the store folder.</summary>
[DebuggerDisplay("{RelativePath,nq} <- {SourcePath,nq}")]
internal sealed record PackageFile(string SourcePath, string RelativePath);
