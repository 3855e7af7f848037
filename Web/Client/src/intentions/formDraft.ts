// The provider's form as the page edits it: every input's text as typed (numbers too, so "4,5" stays what was
// typed), turned into the wire's IntentionForm on save; a number that cannot be read is a problem of its field.
import type { CapacityUnit, FormProblem, IntentionChangeKind, IntentionForm, ObjectiveLink, ServiceForm, SocialServiceType } from "../types";

/** The single-value fields by their wire path ("provider.ico"), as the server names them in its problems. */
export const TEXT_FIELDS = [
  "provider.name",
  "provider.ico",
  "provider.address",
  "provider.statutoryBody",
  "provider.contactPerson",
  "provider.email",
  "provider.phone",
  "service.name",
  "service.registrationId",
  "service.type",
  "service.form",
  "service.targetGroup",
  "service.area",
  "change.kind",
  "change.currentCapacity",
  "change.requestedCapacity",
  "change.unit",
  "change.from",
  "funding.totalCost",
  "need",
  "workingGroupId",
] as const;

export type TextField = (typeof TEXT_FIELDS)[number];

export interface SourceDraft {
  source: string;
  amount: string;
}

export interface FormDraft {
  values: Record<TextField, string>;
  sources: SourceDraft[];
  objectives: ObjectiveLink[];
}

const NUMBER_FIELDS: readonly TextField[] = ["change.currentCapacity", "change.requestedCapacity", "funding.totalCost"];

function read(form: IntentionForm, field: TextField): string {
  const [section, name] = field.split(".") as [keyof IntentionForm, string | undefined];
  const value = name === undefined ? form[section] : (form[section] as unknown as Record<string, unknown>)[name];
  return value === null || value === undefined ? "" : String(value);
}

export function draftOf(form: IntentionForm): FormDraft {
  const values = Object.fromEntries(TEXT_FIELDS.map((f) => [f, read(form, f)])) as Record<TextField, string>;
  return {
    values,
    sources: form.funding.sources.map((s) => ({ source: s.source ?? "", amount: s.amount === null ? "" : String(s.amount) })),
    objectives: [...form.objectives],
  };
}

/** "4,5", "1 200 000" or "" (none) as a number; NaN when it is no number. */
export function parseNumber(text: string): number | null {
  const plain = text.replace(/[\s\u00a0]/g, "").replace(",", ".");
  if (plain === "") return null;
  return /^-?\d+(\.\d+)?$/.test(plain) ? Number(plain) : Number.NaN;
}

/** The form to send, and the problems of numbers that could not be read (the server never sees those). */
export function formOf(draft: FormDraft): { form: IntentionForm; problems: FormProblem[] } {
  const problems: FormProblem[] = [];
  const text = (field: TextField) => (draft.values[field].trim() === "" ? null : draft.values[field].trim());
  const number = (field: string, value: string) => {
    const parsed = parseNumber(value);
    if (Number.isNaN(parsed)) {
      problems.push({ field, code: "validation.invalid_value" });
      return null;
    }
    return parsed;
  };
  for (const field of NUMBER_FIELDS) number(field, draft.values[field]);
  const v = (field: TextField) => (NUMBER_FIELDS.includes(field) ? null : text(field));
  const num = (field: TextField) => {
    const parsed = parseNumber(draft.values[field]);
    return parsed === null || Number.isNaN(parsed) ? null : parsed;
  };
  const form: IntentionForm = {
    provider: {
      name: v("provider.name"),
      ico: v("provider.ico"),
      address: v("provider.address"),
      statutoryBody: v("provider.statutoryBody"),
      contactPerson: v("provider.contactPerson"),
      email: v("provider.email"),
      phone: v("provider.phone"),
    },
    service: {
      name: v("service.name"),
      registrationId: v("service.registrationId"),
      type: v("service.type") as SocialServiceType | null,
      form: v("service.form") as ServiceForm | null,
      targetGroup: v("service.targetGroup"),
      area: v("service.area"),
    },
    change: {
      kind: v("change.kind") as IntentionChangeKind | null,
      currentCapacity: num("change.currentCapacity"),
      requestedCapacity: num("change.requestedCapacity"),
      unit: v("change.unit") as CapacityUnit | null,
      from: v("change.from"),
    },
    funding: {
      totalCost: num("funding.totalCost"),
      sources: draft.sources.map((s, i) => {
        const amount = number(`funding.sources.${i}.amount`, s.amount);
        return { source: s.source.trim() === "" ? null : s.source.trim(), amount: amount === null ? null : Math.round(amount) };
      }),
    },
    need: v("need"),
    workingGroupId: v("workingGroupId"),
    objectives: draft.objectives,
  };
  if (form.funding.totalCost !== null) form.funding.totalCost = Math.round(form.funding.totalCost);
  return { form, problems };
}

/** An element id for a field's path: "provider.ico" → "f-provider-ico". */
export function fieldId(field: string): string {
  return `f-${field.replace(/\./g, "-")}`;
}
