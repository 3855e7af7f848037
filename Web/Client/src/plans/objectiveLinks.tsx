import { useEffect, useRef, useState } from "preact/hooks";
import { useId } from "../ui/uniqueId";
import { t } from "../i18n";
import type { MeetingCommands } from "../meetings/commands";
import type { BoardView, ProposalView } from "../types";
import { Alert, Field, useAlert } from "../ui/components";
import type { ObjectiveLink, PlanView } from "./types";

// Proposals on the board linked to the objectives of the group's plans: the link shown as "A 1 / O 2 – text", and
// for the proposal's author or a facilitator a choice of objective. The plans come over the meeting's hub.

export interface Objective {
  link: ObjectiveLink;
  /** "A 1 / O 2": the goal's code and the objective's. */
  code: string;
  text: string;
}

const find = (objectives: Objective[], link: ObjectiveLink) => objectives.find((o) => o.link.planId === link.planId && o.link.objectiveId === link.objectiveId);
const valueOf = (link: ObjectiveLink) => `${link.planId}:${link.objectiveId}`;

/** The plans' objectives, fetched once (after the meeting is joined); again when a link names one not known yet. */
export function useObjectives(commands: MeetingCommands, board: BoardView): Objective[] {
  const [objectives, setObjectives] = useState<Objective[]>([]);
  const loaded = useRef(false);
  useEffect(() => {
    const unknown = board.proposals.some((p) => p.objective && !find(objectives, p.objective));
    if (loaded.current && !unknown) return;
    loaded.current = true;
    commands.getPlans().then(
      (plans) => setObjectives(plans.flatMap(objectivesOf)),
      () => undefined, // the board works without them
    );
  }, [board]);
  return objectives;
}

/** The objective a proposal is linked to, as one line; nothing when it has none. */
export function ObjectiveLabel({ objectives, proposal }: { objectives: Objective[]; proposal: ProposalView }) {
  if (!proposal.objective) return null;
  const o = find(objectives, proposal.objective);
  return (
    <p class="proposal-objective">
      {t("links.objective")} {o ? `${o.code} – ${o.text}` : t("links.unknown")}
    </p>
  );
}

/** For the author or a facilitator: choose the objective; the choice is kept until saved. */
export function ObjectivePicker({ objectives, proposal, textId, commands }: { objectives: Objective[]; proposal: ProposalView; textId: string; commands: MeetingCommands }) {
  const id = useId();
  const alert = useAlert();
  const [chosen, setChosen] = useState<string | null>(null);
  if (objectives.length === 0) return null;
  const value = chosen ?? (proposal.objective ? valueOf(proposal.objective) : "");
  const save = () =>
    void alert.run(async () => {
      const [planId, objectiveId] = value.split(":");
      await commands.linkProposal(proposal.id, value ? { planId, objectiveId } : null);
      setChosen(null);
    });
  return (
    <details class="proposal-link">
      <summary aria-describedby={textId}>{t("links.choose")}</summary>
      <Alert message={alert.message} />
      <div class="form-row">
        <Field id={id} label={t("links.objectiveField")}>
          <select id={id} value={value} onChange={(event) => setChosen(event.currentTarget.value)}>
            <option value="">{t("links.none")}</option>
            {objectives.map((o) => (
              <option key={valueOf(o.link)} value={valueOf(o.link)}>
                {`${o.code} – ${o.text.length > 90 ? `${o.text.slice(0, 90)}…` : o.text}`}
              </option>
            ))}
          </select>
        </Field>
        <button type="button" onClick={save}>
          {t("links.save")}
        </button>
      </div>
    </details>
  );
}

function objectivesOf(plan: PlanView): Objective[] {
  return plan.targetGroups.flatMap((group) =>
    group.goals.flatMap((goal) => goal.objectives.map((o) => ({ link: { planId: plan.id, objectiveId: o.id }, code: `${goal.code} / ${o.code}`, text: o.text }))),
  );
}
