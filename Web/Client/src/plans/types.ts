// Plans of a working group (docs/protocol.md, "Plans"): target groups → strategic goals → objectives. The wire
// types are generated from the C# records (src/contract.generated.ts).

export type { ObjectiveLink, ObjectiveView, PlanDraft, PlanSummary, PlanTargetGroupView, PlanTrace, PlanView, StrategicGoalView } from "../contract.generated";
