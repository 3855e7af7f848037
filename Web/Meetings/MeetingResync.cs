namespace CommunityPlanning.Web.Meetings;

/// <summary>The <c>meetingResync</c> event: the client missed events of this meeting and should call <c>GetSnapshot</c>.</summary>
public sealed record MeetingResync(Guid MeetingId);
