namespace CommunityPlanning.WorkingGroups;

/// <summary>Whom a working group plans services for (the usual KPSS groups).</summary>
public enum TargetGroup
{
    Seniors = 0,
    PeopleWithDisabilities = 1,
    MentalHealth = 2,
    ChildrenYouthFamilies = 3,
    Addiction = 4,
    SocialExclusion = 5,
    Steering = 6,
    Other = 7,
}
