import { t } from "../i18n";
import type { PollVerdict, PollView } from "../types";

/** A poll's verdict in words ("Usnesení bylo přijato: 7 pro, 2 proti, zdrželo se 1.") and the rule it was reached by. */
export function verdictWords(poll: PollView, v: PollVerdict, labels: string[]): { text: string; rule: string } {
  const params = { for: v.for, against: v.against, abstained: v.abstained, needed: v.needed, option: v.option === null ? "" : (labels[v.option] ?? ""), rule: t(`poll.majority.${v.rule}`) };
  const kind = poll.draft.kind === "SingleChoice" ? "choice" : "opinion";
  return { text: t(`poll.verdict.${kind}.${v.outcome}`, params), rule: t("poll.verdictRule", params) };
}
