import { h } from "../dom";
import { t } from "../i18n";
import type { PlanDraft } from "../plans/types";

/** What a plan import understood: the title, and the tree of target groups, goals and objectives as nested lists. */
export function planPreview(plan: PlanDraft): Node[] {
  const notes = (text: string | null) => (text ? h("p", { class: "plan-node-notes" }, text) : null);
  const goals = plan.targetGroups.reduce((n, g) => n + g.goals.length, 0);
  const objectives = plan.targetGroups.reduce((n, g) => n + g.goals.reduce((m, goal) => m + goal.objectives.length, 0), 0);
  return [
    h("p", {}, plan.title ? t("import.plan.planTitle", { title: plan.title }) : t("import.plan.noTitle")),
    h("p", {}, t("import.plan.counts", { groups: plan.targetGroups.length, goals, objectives })),
    h(
      "ul",
      { class: "plan-tree" },
      plan.targetGroups.map((group) =>
        h(
          "li",
          {},
          h("strong", {}, `${group.code}. ${group.text}`),
          notes(group.notes),
          h(
            "ul",
            {},
            group.goals.map((goal) =>
              h("li", {}, `${goal.code}: ${goal.text}`, notes(goal.notes), h("ul", {}, goal.objectives.map((o) => h("li", {}, `${o.code}: ${o.text}`, notes(o.notes))))),
            ),
          ),
        ),
      ),
    ),
  ];
}
