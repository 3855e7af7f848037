namespace CommunityPlanning.Meetings;

/// <summary>
/// Something a person does in a live meeting (agenda, timer, speakers, focus, moderation, attendance).
/// The meeting grain checks the role each command needs (<c>CommandRouting.RoleFor</c>), applies it, stores the
/// state and only then publishes the event that shows it to everyone.
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.MeetingCommand")]
public abstract record MeetingCommand;

[GenerateSerializer, Immutable, Alias("cp.AddAgendaItem")]
public sealed record AddAgendaItem([property: Id(0)] AgendaItemDraft Item, [property: Id(1)] int? Position) : MeetingCommand;

[GenerateSerializer, Immutable, Alias("cp.UpdateAgendaItem")]
public sealed record UpdateAgendaItem([property: Id(0)] Guid ItemId, [property: Id(1)] AgendaItemDraft Item) : MeetingCommand;

[GenerateSerializer, Immutable, Alias("cp.RemoveAgendaItem")]
public sealed record RemoveAgendaItem([property: Id(0)] Guid ItemId) : MeetingCommand;

[GenerateSerializer, Immutable, Alias("cp.MoveAgendaItem")]
public sealed record MoveAgendaItem([property: Id(0)] Guid ItemId, [property: Id(1)] int Position) : MeetingCommand;

/// <summary>Makes an item the current one (null: none); the time of the previous one is booked.</summary>
[GenerateSerializer, Immutable, Alias("cp.SetCurrentAgendaItem")]
public sealed record SetCurrentAgendaItem([property: Id(0)] Guid? ItemId) : MeetingCommand;

[GenerateSerializer, Immutable, Alias("cp.StartTimer")]
public sealed record StartTimer([property: Id(0)] int Seconds, [property: Id(1)] string? Label) : MeetingCommand;

[GenerateSerializer, Immutable, Alias("cp.PauseTimer")]
public sealed record PauseTimer : MeetingCommand;

[GenerateSerializer, Immutable, Alias("cp.ResumeTimer")]
public sealed record ResumeTimer : MeetingCommand;

/// <summary>Adds seconds; a finished countdown runs again for them.</summary>
[GenerateSerializer, Immutable, Alias("cp.ExtendTimer")]
public sealed record ExtendTimer([property: Id(0)] int Seconds) : MeetingCommand;

/// <summary>Back to the full duration, paused.</summary>
[GenerateSerializer, Immutable, Alias("cp.ResetTimer")]
public sealed record ResetTimer : MeetingCommand;

[GenerateSerializer, Immutable, Alias("cp.ClearTimer")]
public sealed record ClearTimer : MeetingCommand;

[GenerateSerializer, Immutable, Alias("cp.RaiseHand")]
public sealed record RaiseHand : MeetingCommand;

/// <summary>Lowers one's own hand, or (facilitator) someone else's.</summary>
[GenerateSerializer, Immutable, Alias("cp.LowerHand")]
public sealed record LowerHand([property: Id(0)] Guid? ParticipantId) : MeetingCommand;

/// <summary>The queue in a new order: exactly the people in it now.</summary>
[GenerateSerializer, Immutable, Alias("cp.ReorderSpeakers")]
public sealed record ReorderSpeakers([property: Id(0)] IReadOnlyList<Guid> Order) : MeetingCommand;

[GenerateSerializer, Immutable, Alias("cp.GiveFloor")]
public sealed record GiveFloor([property: Id(0)] Guid ParticipantId) : MeetingCommand;

/// <summary>Ends the current turn (the facilitator, or the speaker themselves).</summary>
[GenerateSerializer, Immutable, Alias("cp.EndFloor")]
public sealed record EndFloor : MeetingCommand;

/// <summary>The longest a turn may be (seconds; null: unlimited); giving the floor then starts the countdown.</summary>
[GenerateSerializer, Immutable, Alias("cp.SetSpeakingLimit")]
public sealed record SetSpeakingLimit([property: Id(0)] int? Seconds) : MeetingCommand;

/// <summary>Shows something to everyone; <see cref="Codes"/> says which codes a join card shows (none for other kinds).</summary>
[GenerateSerializer, Immutable, Alias("cp.SetFocus")]
public sealed record SetFocus(
    [property: Id(0)] FocusKind Kind,
    [property: Id(1)] Guid? TargetId,
    [property: Id(2)] JoinCardCodes Codes = JoinCardCodes.None) : MeetingCommand;

/// <summary>Blanks the room screens at once, or shows again what they showed (the focus is kept meanwhile).</summary>
[GenerateSerializer, Immutable, Alias("cp.BlankRoomScreen")]
public sealed record BlankRoomScreen([property: Id(0)] bool Blanked) : MeetingCommand;

/// <summary>A muted person keeps watching but may not edit, vote or raise a hand until unmuted.</summary>
[GenerateSerializer, Immutable, Alias("cp.MuteParticipant")]
public sealed record MuteParticipant([property: Id(0)] Guid ParticipantId, [property: Id(1)] bool Muted) : MeetingCommand;

/// <summary>Lets a removed person back in: their old ticket works again, and they may join again by invite.</summary>
[GenerateSerializer, Immutable, Alias("cp.ReadmitParticipant")]
public sealed record ReadmitParticipant([property: Id(0)] Guid ParticipantId) : MeetingCommand;

/// <summary>Takes a person out: their connections close, they cannot come back, optionally their link is revoked.</summary>
[GenerateSerializer, Immutable, Alias("cp.RemoveParticipant")]
public sealed record RemoveParticipant([property: Id(0)] Guid ParticipantId, [property: Id(1)] bool RevokeInvite) : MeetingCommand;

/// <summary>
/// Two seats are one person: <see cref="MergedId"/> goes, <see cref="KeptId"/> stays with what both did (SeatMerging
/// says how); the merged seat's tickets and connections lead to the kept one from now on.
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.MergeSeats")]
public sealed record MergeSeats([property: Id(0)] Guid KeptId, [property: Id(1)] Guid MergedId) : MeetingCommand;

/// <summary>Closed: no invite link or public watching admits anyone new.</summary>
[GenerateSerializer, Immutable, Alias("cp.SetArrivalsClosed")]
public sealed record SetArrivalsClosed([property: Id(0)] bool Closed) : MeetingCommand;

/// <summary>Hands the lead (who presents and moderates) to another facilitator of the meeting.</summary>
[GenerateSerializer, Immutable, Alias("cp.HandOverLead")]
public sealed record HandOverLead([property: Id(0)] Guid ParticipantId) : MeetingCommand;

[GenerateSerializer, Immutable, Alias("cp.MarkAttendance")]
public sealed record MarkAttendance([property: Id(0)] Guid ParticipantId, [property: Id(1)] Attendance Attendance) : MeetingCommand;

[GenerateSerializer, Immutable, Alias("cp.SetAttendeeKind")]
public sealed record SetAttendeeKind([property: Id(0)] Guid ParticipantId, [property: Id(1)] AttendeeKind Kind) : MeetingCommand;

/// <summary>
/// A participant's own choice of what the public sees of them: their name, or only <paramref name="PublicRole"/>
/// ("role, organisation", at most 200 characters; empty: only what kind of attendee they are).
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.SetPublicName")]
public sealed record SetPublicName([property: Id(0)] bool ShowName, [property: Id(1)] string? PublicRole) : MeetingCommand;

/// <summary>Someone sitting in the room, without a device: on the roster, marked present.</summary>
[GenerateSerializer, Immutable, Alias("cp.AddRoomAttendee")]
public sealed record AddRoomAttendee([property: Id(0)] string Name, [property: Id(1)] AttendeeKind Kind) : MeetingCommand;
