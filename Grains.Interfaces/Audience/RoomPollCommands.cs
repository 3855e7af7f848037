using CommunityPlanning.Meetings;

namespace CommunityPlanning.Audience;

/// <summary>Opens a new word cloud with its prompt (the previous one's answers go); facilitators only.</summary>
[GenerateSerializer, Immutable, Alias("cp.OpenWordCloud")]
public sealed record OpenWordCloud([property: Id(0)] string Prompt) : MeetingCommand;

/// <summary>Closes the word cloud: it stays as it is, and takes no more answers.</summary>
[GenerateSerializer, Immutable, Alias("cp.CloseWordCloud")]
public sealed record CloseWordCloud : MeetingCommand;

/// <summary>Hides a word from everyone's cloud (answers giving it still count, unseen), or shows it again.</summary>
[GenerateSerializer, Immutable, Alias("cp.SetWordHidden")]
public sealed record SetWordHidden([property: Id(0)] string Word, [property: Id(1)] bool Hidden) : MeetingCommand;

/// <summary>Whether observers may answer the word cloud (participants always may); reactions have their own switch.</summary>
[GenerateSerializer, Immutable, Alias("cp.SetAudienceInput")]
public sealed record SetAudienceInput([property: Id(0)] bool Allowed) : MeetingCommand;

/// <summary>Whether observers may send reactions (participants always may), apart from the word cloud's answers.</summary>
[GenerateSerializer, Immutable, Alias("cp.SetAudienceReactions")]
public sealed record SetAudienceReactions([property: Id(0)] bool Allowed) : MeetingCommand;

/// <summary>Whether the minutes get a section with the word cloud's prompt and its words with their counts (hidden words left out).</summary>
[GenerateSerializer, Immutable, Alias("cp.SetWordCloudInMinutes")]
public sealed record SetWordCloudInMinutes([property: Id(0)] bool Include) : MeetingCommand;
