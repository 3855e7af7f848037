using CommunityPlanning.Meetings;

namespace CommunityPlanning.Audience;

/// <summary>
/// Releases, answers or hides a question (a facilitator or a question moderator). Back to pending is not a state one
/// sets: a released question is hidden instead.
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.SetQuestionState")]
public sealed record SetQuestionState([property: Id(0)] Guid QuestionId, [property: Id(1)] QuestionState State) : MeetingCommand;

/// <summary>Merges a duplicate into another question: its voters' votes are united with the target's, one per person.</summary>
[GenerateSerializer, Immutable, Alias("cp.MergeQuestions")]
public sealed record MergeQuestions([property: Id(0)] Guid TargetId, [property: Id(1)] Guid SourceId) : MeetingCommand;

/// <summary>Names a participant as a question moderator, or ends it (facilitators only).</summary>
[GenerateSerializer, Immutable, Alias("cp.SetQuestionModerator")]
public sealed record SetQuestionModerator([property: Id(0)] Guid ParticipantId, [property: Id(1)] bool Moderator) : MeetingCommand;

/// <summary>Puts the released and answered questions into the minutes as a section of their own, or leaves them out (facilitators only).</summary>
[GenerateSerializer, Immutable, Alias("cp.SetQuestionsInMinutes")]
public sealed record SetQuestionsInMinutes([property: Id(0)] bool Include) : MeetingCommand;
