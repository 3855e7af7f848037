using CommunityPlanning.Common;
using CommunityPlanning.Meetings;
using CommunityPlanning.WorkingGroups;

namespace CommunityPlanning.Tests.Infrastructure;

/// <summary>A working group with one meeting, its facilitating organizer, and helpers to admit people.</summary>
public sealed record MeetingWorld(IClusterClient Client, Actor Facilitator, Guid GroupId, MeetingDetails Meeting)
{
    public IMeetingGrain Grain => Client.GetGrain<IMeetingGrain>(Meeting.Id);

    /// <summary>The meeting's people: admission, presence and who may do what.</summary>
    public IMeetingRosterGrain Roster => Client.GetGrain<IMeetingRosterGrain>(Meeting.Id);

    public static async Task<MeetingWorld> CreateAsync(IClusterClient client)
    {
        var facilitator = TestActors.NewOrganizer();
        var groupId = Guid.NewGuid();
        var group = client.GetGrain<IWorkingGroupGrain>(groupId);
        await group.Create(facilitator, new WorkingGroupDraft("Pracovní skupina pro seniory", TargetGroup.Seniors, null));
        var meeting = await group.CreateMeeting(facilitator, new MeetingDraft("Setkání", new DateTime(2026, 5, 26, 13, 0, 0), "Liberec", null, null));
        return new MeetingWorld(client, facilitator, groupId, meeting);
    }

    public async Task<(Actor Actor, RosterEntry Entry)> AdmitAsync(MeetingRole role, string name = "Jana Nováková")
    {
        var invite = await Grain.CreateInvite(Facilitator, role, null);
        var admission = await Client.GetGrain<IInviteGrain>(InviteTokens.Hash(invite.Token)).Redeem(name);
        return (Actor.Participant(admission.Entry.ParticipantId, name), admission.Entry);
    }
}
