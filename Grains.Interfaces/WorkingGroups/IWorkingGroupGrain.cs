using CommunityPlanning.Common;
using CommunityPlanning.Documents;
using CommunityPlanning.Meetings;
using CommunityPlanning.Plans;
using Orleans.Concurrency;

namespace CommunityPlanning.WorkingGroups;

/// <summary>One working group: its members, its meetings, its vision documents, its plans and its schedule.</summary>
[Alias("cp.IWorkingGroupGrain")]
public interface IWorkingGroupGrain : IGrainWithGuidKey
{
    /// <summary>Creates the group with the acting organizer as its first manager.</summary>
    [Alias("Create")]
    Task<WorkingGroupDetails> Create(Actor actor, WorkingGroupDraft draft);

    /// <summary>The group, or <c>not_found</c>.</summary>
    [Alias("Get")]
    Task<WorkingGroupDetails> Get();

    [Alias("AddMember")]
    Task<WorkingGroupDetails> AddMember(Actor actor, GroupMember member);

    /// <summary>Changes a member's name, organisation, IČO and declared interests (manager or administrator).</summary>
    [Alias("UpdateMember")]
    Task<WorkingGroupDetails> UpdateMember(Actor actor, Guid memberId, GroupMember member);

    [Alias("SetSchedule")]
    Task<WorkingGroupDetails> SetSchedule(Actor actor, IReadOnlyList<PlannedMeeting> schedule);

    /// <summary>Adds one planned meeting to the schedule (a date found by a date poll); the same date and time again changes nothing.</summary>
    [Alias("AddPlannedMeeting")]
    Task<WorkingGroupDetails> AddPlannedMeeting(Actor actor, PlannedMeeting planned);

    /// <summary>
    /// The same, for a date chosen in one of this group's meetings by its facilitator (whom that meeting authorized);
    /// <c>forbidden</c> for a meeting that is not the group's.
    /// </summary>
    [Alias("AddPlannedMeetingOf")]
    Task<WorkingGroupDetails> AddPlannedMeetingOf(Guid meetingId, PlannedMeeting planned);

    /// <summary>Creates a meeting of this group (its managers) with the acting organizer as facilitator.</summary>
    [Alias("CreateMeeting")]
    Task<MeetingDetails> CreateMeeting(Actor actor, MeetingDraft draft);

    /// <summary>
    /// A new calendar subscription link for the group (manager or administrator); the previous one stops working.
    /// Returns the token, shown once.
    /// </summary>
    [Alias("RenewCalendarFeed")]
    Task<string> RenewCalendarFeed(Actor actor);

    [Alias("CreateVisionDocument")]
    Task<VisionDocumentDetails> CreateVisionDocument(Actor actor, VisionDocumentDraft draft);

    /// <summary>A new plan of the group (manager or administrator), e.g. an imported medium-term plan.</summary>
    [Alias("CreatePlan")]
    Task<PlanView> CreatePlan(Actor actor, PlanDraft draft);

    /// <summary>
    /// Nothing if the actor organizes the group (one of its managers or an administrator), else <c>forbidden</c>;
    /// <c>not_found</c> for a group that does not exist. Every read and change of a group passes here first.
    /// </summary>
    [Alias("AuthorizeManager"), ReadOnly]
    Task AuthorizeManager(Actor actor);

    /// <summary>Whether the account manages the group; asked by the group's meetings (the group never waits for them).</summary>
    [Alias("IsManager"), ReadOnly]
    Task<bool> IsManager(Guid accountId);

    /// <summary>Whether the meeting is one of the group's; asked by an intention while the meeting waits for it (recording an opinion).</summary>
    [Alias("HasMeeting"), ReadOnly, AlwaysInterleave]
    Task<bool> HasMeeting(Guid meetingId);

    /// <summary>
    /// Administrators set who manages the group; those no longer managing it lose their place in its meetings (told
    /// once the group has stored its managers, without waiting for the meetings).
    /// </summary>
    [Alias("SetManagers")]
    Task<WorkingGroupDetails> SetManagers(Actor actor, IReadOnlyList<GroupManager> managers);
}
