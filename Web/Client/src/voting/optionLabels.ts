import { t } from "../i18n";
import type { PollDraft } from "../types";

/** The options as this viewer reads them: the standard opinions in their language, others as written. */
export function optionLabels(d: PollDraft): string[] {
  return d.standardOptions ? d.options.map((_, i) => t(`poll.opinion.${i}`)) : d.options;
}
