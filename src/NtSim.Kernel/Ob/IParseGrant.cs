namespace NtSim;

/// <summary>A parse context through which a parse procedure that checked access hands back what it granted
/// (ACCESS_STATE.PreviouslyGrantedAccess), so that the handle ObOpenObjectByName creates has that access
/// (MAXIMUM_ALLOWED resolved) rather than the desired access mapped.</summary>
internal interface IParseGrant
{
    uint? GrantedAccess { get; }
}
