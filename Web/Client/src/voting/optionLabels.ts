import { t } from "../i18n";
import type { PollView } from "../types";

/**
 * The options as this viewer reads them: the standard opinions and the steering group's decisions (schválit /
 * zamítnout / vrátit) in their language, others as written.
 */
export function optionLabels(poll: PollView): string[] {
  const d = poll.draft;
  if (poll.intention?.kind === "Decision") return d.options.map((_, i) => t(`intentionVote.decision.${i}`));
  return d.standardOptions ? d.options.map((_, i) => t(`poll.opinion.${i}`)) : d.options;
}
