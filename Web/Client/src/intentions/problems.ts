// What a problem of the form says to the provider: a field's own message if it has one, else the code's.
import { has, t } from "../i18n";
import type { FormProblem } from "../types";

export function problemMessage(problem: FormProblem): string {
  const specific = `intentions.problem.${problem.field.replace(/\.\d+\./, ".")}.${problem.code}`;
  if (has(specific)) return t(specific);
  const general = `intentions.problem.${problem.code}`;
  return has(general) ? t(general) : t("intentions.problem.validation.invalid_value");
}

/** The label of a field named in a problem ("funding.sources.1.amount" is the second source's amount). */
export function fieldLabel(field: string): string {
  const source = /^funding\.sources\.(\d+)\.(source|amount)$/.exec(field);
  if (source) return t(`intentions.field.funding.sources.${source[2]}`, { number: Number(source[1]) + 1 });
  return t(`intentions.field.${field}`);
}
