namespace CommunityPlanning.Web.Meetings;

/// <summary>
/// A hub method the browser sends again by itself, with the same identity, when it is answered
/// <c>cluster.unavailable</c> (an edit with its operation id, which the document accepts once): safe to answer at
/// once when a gateway is lost rather than after the response timeout (<see cref="GatewayLossHubFilter"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RetriedByClientAttribute : Attribute;
