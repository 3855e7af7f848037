namespace CommunityPlanning.Intentions;

/// <summary>
/// The types of social services of Act No. 108/2006 Sb., § 37 to § 70; the value is the section's number (§ 60a,
/// intervention centres, is 601). Names in the UI come from the resources (<c>intentions.serviceType.*</c>).
/// </summary>
public enum SocialServiceType
{
    SocialCounselling = 37,
    PersonalAssistance = 39,
    HomeCare = 40,
    EmergencyCare = 41,
    GuideAndReadingServices = 42,
    IndependentLivingSupport = 43,
    RespiteCare = 44,
    DayServiceCentres = 45,
    DayCareCentres = 46,
    WeeklyCareCentres = 47,
    HomesForDisabledPeople = 48,
    HomesForSeniors = 49,
    SpecialRegimeHomes = 50,
    ShelteredHousing = 51,
    ServicesInInpatientHealthCare = 52,
    EarlyCare = 54,
    TelephoneCrisisHelp = 55,
    InterpretingServices = 56,
    AsylumHouses = 57,
    HalfwayHouses = 58,
    ContactCentres = 59,
    CrisisHelp = 60,
    InterventionCentres = 601,
    LowThresholdDayCentres = 61,
    LowThresholdFacilitiesForChildrenAndYouth = 62,
    NightShelters = 63,
    FollowUpCare = 64,
    ActivationServicesForFamilies = 65,
    ActivationServicesForSeniorsAndDisabled = 66,
    SocialTherapyWorkshops = 67,
    TherapeuticCommunities = 68,
    StreetPrograms = 69,
    SocialRehabilitation = 70,
}

/// <summary>The forms of provision (§ 33): residential, outpatient, field.</summary>
public enum ServiceForm
{
    Residential = 0,
    Outpatient = 1,
    Field = 2,
}

/// <summary>What the intention changes in the network.</summary>
public enum IntentionChangeKind
{
    NewService = 0,
    CapacityIncrease = 1,
    NewFormOrArea = 2,
    ReEntry = 3,
}

/// <summary>The unit a capacity is counted in.</summary>
public enum CapacityUnit
{
    Beds = 0,
    DirectCareFte = 1,
    Hours = 2,
    Clients = 3,
}

public static class SocialServiceTypes
{
    /// <summary>The section as the Act writes it: "§ 40", "§ 60a".</summary>
    public static string Section(SocialServiceType type) => type == SocialServiceType.InterventionCentres ? "§ 60a" : $"§ {(int)type}";
}
