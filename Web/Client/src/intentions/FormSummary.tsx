import { formatDate, formatNumber } from "../format";
import { t } from "../i18n";
import type { CallGroup, IntentionForm, SubmissionObjective } from "../types";
import { TEXT_FIELDS, type TextField } from "./formDraft";

const CODED: Partial<Record<TextField, string>> = {
  "service.type": "serviceType",
  "service.form": "serviceForm",
  "change.kind": "changeKind",
  "change.unit": "unit",
};

/** A submitted form as read-only facts, in the form's order. */
export function FormSummary({ form, groups, objectives }: { form: IntentionForm; groups: readonly CallGroup[]; objectives?: readonly SubmissionObjective[] }) {
  const shown = (field: TextField): string => {
    const [section, name] = field.split(".") as [keyof IntentionForm, string | undefined];
    const raw = name === undefined ? form[section] : (form[section] as unknown as Record<string, unknown>)[name];
    if (raw === null || raw === undefined || raw === "") return "—";
    if (CODED[field]) return t(`intentions.${CODED[field]}.${String(raw)}`);
    if (field === "workingGroupId") return groups.find((g) => g.id === raw)?.name ?? String(raw);
    if (field === "change.from") return formatDate(String(raw));
    if (typeof raw === "number") return field === "funding.totalCost" ? `${formatNumber(raw)} Kč` : formatNumber(raw, 2);
    return String(raw);
  };
  return (
    <dl class="facts intention-facts">
      {TEXT_FIELDS.map((f) => [
        <dt key={`${f}-t`}>{t(`intentions.field.${f}`)}</dt>,
        <dd key={`${f}-d`} class={f === "need" ? "multiline" : undefined}>
          {shown(f)}
        </dd>,
      ])}
      <dt>{t("intentions.field.funding.sources")}</dt>
      <dd>
        <ul class="plain-list">
          {form.funding.sources.map((s, i) => (
            <li key={i}>
              {s.source ?? "—"}: {s.amount === null ? "—" : `${formatNumber(s.amount)} Kč`}
            </li>
          ))}
        </ul>
      </dd>
      <dt>{t("intentions.field.objectives")}</dt>
      <dd>
        <ul class="plain-list">
          {form.objectives.map((o) => {
            const known = objectives?.find((x) => x.objectiveId === o.objectiveId);
            return <li key={o.objectiveId}>{known ? `${known.code} ${known.text}` : o.objectiveId}</li>;
          })}
        </ul>
      </dd>
    </dl>
  );
}
