namespace CommunityPlanning.Web.Tests.Authorization;

/// <summary>Which world a row's cells run in.</summary>
public enum Worlds
{
    /// <summary>The row changes nothing: it shares one world with the other such rows, all at once.</summary>
    Shared,

    /// <summary>A world of the row's own; what an allowed call changes does not get in the way of the next cell.</summary>
    Own,

    /// <summary>A world of the row's own, built again after every allowed call (e.g. the phase moves only forward).</summary>
    FreshAfterAllowed,
}
