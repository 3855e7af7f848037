// The procedure's enum values in the order the UI shows them (their labels: intentions.<list>.<value> in the resources).
import type { CapacityUnit, IntentionChangeKind, IntentionState, RegionOutcome, ServiceForm, SocialServiceType } from "../types";

/** The service types of Act 108/2006 Sb. in the order of its sections, § 37 to § 70. */
export const SERVICE_TYPES: readonly SocialServiceType[] = [
  "SocialCounselling",
  "PersonalAssistance",
  "HomeCare",
  "EmergencyCare",
  "GuideAndReadingServices",
  "IndependentLivingSupport",
  "RespiteCare",
  "DayServiceCentres",
  "DayCareCentres",
  "WeeklyCareCentres",
  "HomesForDisabledPeople",
  "HomesForSeniors",
  "SpecialRegimeHomes",
  "ShelteredHousing",
  "ServicesInInpatientHealthCare",
  "EarlyCare",
  "TelephoneCrisisHelp",
  "InterpretingServices",
  "AsylumHouses",
  "HalfwayHouses",
  "ContactCentres",
  "CrisisHelp",
  "InterventionCentres",
  "LowThresholdDayCentres",
  "LowThresholdFacilitiesForChildrenAndYouth",
  "NightShelters",
  "FollowUpCare",
  "ActivationServicesForFamilies",
  "ActivationServicesForSeniorsAndDisabled",
  "SocialTherapyWorkshops",
  "TherapeuticCommunities",
  "StreetPrograms",
  "SocialRehabilitation",
];

export const SERVICE_FORMS: readonly ServiceForm[] = ["Residential", "Outpatient", "Field"];

export const CHANGE_KINDS: readonly IntentionChangeKind[] = ["NewService", "CapacityIncrease", "NewFormOrArea", "ReEntry"];

export const CAPACITY_UNITS: readonly CapacityUnit[] = ["Beds", "DirectCareFte", "Hours", "Clients"];

export const REGION_OUTCOMES: readonly RegionOutcome[] = ["BasicNetwork", "TemporaryNetwork", "ReserveList", "NotIncluded"];

export const INTENTION_STATES: readonly IntentionState[] = [
  "Draft",
  "Submitted",
  "ReturnedForCompletion",
  "Complete",
  "InWorkingGroup",
  "OpinionGiven",
  "Approved",
  "Rejected",
  "RegionDecided",
  "Realised",
  "NotRealised",
];
