import { h, uid } from "../dom";
import { t } from "../i18n";
import type { MeetingCommands } from "../meetings/commands";
import type { ProposalView } from "../types";
import { AlertBox, field } from "../ui/forms";
import type { ObjectiveLink, PlanView } from "./types";

interface Objective {
  link: ObjectiveLink;
  /** "A 1 / O 2": the goal's code and the objective's. */
  code: string;
  text: string;
}

/**
 * Proposals on the board linked to the objectives of the group's plans: the link shown as "A 1 / O 2 – text", and
 * for the proposal's author or a facilitator a choice of objective. The plans come once over the meeting's hub.
 */
export class ObjectiveLinks {
  private objectives: Objective[] = [];
  private loaded: Promise<void> | null = null;
  private readonly pickers = new Map<string, { key: string; el: HTMLElement }>();

  /** @param changed called when the plans have come, to draw the board again. */
  constructor(
    private readonly commands: MeetingCommands,
    private readonly changed: () => void,
  ) {}

  /** Fetches the plans once (after the meeting is joined); again when a link names an objective not known yet. */
  load(board: { proposals: ProposalView[] }): void {
    const unknown = board.proposals.some((p) => p.objective && !this.find(p.objective));
    if (this.loaded && !unknown) return;
    this.loaded = this.commands.getPlans().then(
      (plans) => {
        this.objectives = plans.flatMap(objectivesOf);
        this.changed();
      },
      () => undefined, // the board works without them
    );
  }

  /** The objective a proposal is linked to, as one line; null when it has none. */
  label(p: ProposalView): HTMLElement | null {
    if (!p.objective) return null;
    const o = this.find(p.objective);
    return h("p", { class: "proposal-objective" }, t("links.objective"), " ", o ? `${o.code} – ${o.text}` : t("links.unknown"));
  }

  /** For the author or a facilitator: choose the objective (kept while nothing about it changed, so focus stays). */
  picker(p: ProposalView, textId: string): HTMLElement | null {
    if (this.objectives.length === 0) return null;
    const current = p.objective ? `${p.objective.planId}:${p.objective.objectiveId}` : "";
    const key = `${current}|${this.objectives.length}`;
    const cached = this.pickers.get(p.id);
    if (cached?.key === key) return cached.el;
    const alert = new AlertBox();
    const select = h(
      "select",
      { id: uid("objective"), "data-focus-key": `${p.id}:objective` },
      h("option", { value: "" }, t("links.none")),
      this.objectives.map((o) => {
        const value = `${o.link.planId}:${o.link.objectiveId}`;
        return h("option", { value, selected: value === current }, `${o.code} – ${o.text.length > 90 ? `${o.text.slice(0, 90)}…` : o.text}`);
      }),
    );
    const el = h(
      "details",
      { class: "proposal-link" },
      h("summary", { "aria-describedby": textId }, t("links.choose")),
      alert.el,
      h(
        "div",
        { class: "form-row" },
        field(t("links.objectiveField"), select),
        h(
          "button",
          {
            type: "button",
            "data-focus-key": `${p.id}:link`,
            onclick: () =>
              void alert.run(() => {
                const [planId, objectiveId] = select.value.split(":");
                return this.commands.linkProposal(p.id, select.value ? { planId, objectiveId } : null);
              }),
          },
          t("links.save"),
        ),
      ),
    );
    this.pickers.set(p.id, { key, el });
    return el;
  }

  private find(link: ObjectiveLink): Objective | undefined {
    return this.objectives.find((o) => o.link.planId === link.planId && o.link.objectiveId === link.objectiveId);
  }
}

function objectivesOf(plan: PlanView): Objective[] {
  return plan.targetGroups.flatMap((group) =>
    group.goals.flatMap((goal) => goal.objectives.map((o) => ({ link: { planId: plan.id, objectiveId: o.id }, code: `${goal.code} / ${o.code}`, text: o.text }))),
  );
}
