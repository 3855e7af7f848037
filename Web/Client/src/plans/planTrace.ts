import { h } from "../dom";
import { formatDate } from "../format";
import { t } from "../i18n";
import type { PlanTrace } from "./types";

/**
 * What carries out one objective (plan traceability): the development intentions that serve it, with their state
 * and a link to their call's public register, and the meetings' proposals linked to it, with their rank.
 */
export function objectiveTrace(trace: PlanTrace | null, objectiveId: string): HTMLElement | null {
  const intentions = trace?.intentions.filter((i) => i.objectiveId === objectiveId) ?? [];
  const proposals = trace?.proposals.filter((p) => p.objectiveId === objectiveId) ?? [];
  if (intentions.length === 0 && proposals.length === 0) return null;
  return h(
    "div",
    { class: "plan-trace" },
    intentions.length > 0
      ? [
          h("p", { class: "plan-trace-title" }, t("plans.trace.intentions")),
          h(
            "ul",
            {},
            intentions.map((i) =>
              h(
                "li",
                {},
                h("a", { href: `/register/${i.callId}` }, `${i.providerName ?? "—"} – ${i.serviceName ?? "—"}`),
                " ",
                h("span", { class: "badge" }, t(`intentions.state.${i.state}`)),
                h("span", { class: "hint" }, ` ${i.callTitle}`),
              ),
            ),
          ),
        ]
      : null,
    proposals.length > 0
      ? [
          h("p", { class: "plan-trace-title" }, t("plans.trace.proposals")),
          h(
            "ul",
            {},
            proposals.map((p) =>
              h(
                "li",
                {},
                p.text,
                h(
                  "span",
                  { class: "hint" },
                  ` (${t("plans.trace.meeting", { title: p.meetingTitle, date: formatDate(p.meetingStartsAt) })}${p.rank !== null ? `; ${t("plans.trace.rank", { rank: p.rank })}` : ""})`,
                ),
              ),
            ),
          ),
        ]
      : null,
  );
}
