namespace CommunityPlanning.Scheduling;

/// <summary>Finding the next date's error codes; docs/protocol.md ("Finding the next date") lists them.</summary>
public static class DatePollErrorCodes
{
    /// <summary>A proposed date and time that is not in the future (Europe/Prague).</summary>
    public const string Past = "date_poll.past";

    /// <summary>More than <see cref="DatePollLimits.MaxOptions"/> proposed dates.</summary>
    public const string TooManyOptions = "date_poll.too_many_options";

    /// <summary>The same date and time proposed twice, or one date answered twice.</summary>
    public const string Duplicate = "date_poll.duplicate";

    /// <summary>An answer or a choice for a date the poll does not propose.</summary>
    public const string UnknownOption = "date_poll.unknown_option";

    /// <summary>Answering, choosing or handing out links after the date was chosen or the poll closed.</summary>
    public const string Closed = "date_poll.closed";

    /// <summary>Starting a poll while the group's previous one is still open.</summary>
    public const string AlreadyOpen = "date_poll.already_open";

    /// <summary>An answer from a meeting's seat that is not (linked to) a member of the group (<c>setSeatMember</c>).</summary>
    public const string NotMember = "date_poll.not_member";

    /// <summary>An answer link nobody issued (or a malformed one, or one of an earlier poll).</summary>
    public const string LinkInvalid = "date_poll_link.invalid";

    /// <summary>An answer link the group's manager revoked or replaced by a newer one.</summary>
    public const string LinkRevoked = "date_poll_link.revoked";

    /// <summary>An answer link of a poll whose date was chosen or which was closed.</summary>
    public const string LinkExpired = "date_poll_link.expired";
}

/// <summary>Limits of a date poll.</summary>
public static class DatePollLimits
{
    public const int MaxOptions = 15;
}
