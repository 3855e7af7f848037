// Plans of a working group (docs/protocol.md, "Plans"): target groups → strategic goals → objectives.

export interface ObjectiveView {
  id: string;
  code: string;
  text: string;
  notes: string | null;
  version: number;
}

export interface StrategicGoalView extends ObjectiveView {
  objectives: ObjectiveView[];
}

export interface PlanTargetGroupView extends ObjectiveView {
  goals: StrategicGoalView[];
}

export interface PlanView {
  id: string;
  workingGroupId: string;
  title: string;
  version: number;
  createdAt: string;
  targetGroups: PlanTargetGroupView[];
}

export interface PlanSummary {
  id: string;
  title: string;
}

export interface ObjectiveLink {
  planId: string;
  objectiveId: string;
}

interface NodeDraft {
  code: string;
  text: string;
  notes: string | null;
}

export interface PlanDraft {
  title: string;
  targetGroups: (NodeDraft & { goals: (NodeDraft & { objectives: NodeDraft[] })[] })[];
}
