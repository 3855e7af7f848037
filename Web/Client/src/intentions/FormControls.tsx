import type { ComponentChildren } from "preact";
import { t } from "../i18n";
import type { FormProblem } from "../types";
import { fieldId } from "./formDraft";
import { problemMessage } from "./problems";

interface ControlProps {
  field: string;
  label: string;
  problems: readonly FormProblem[];
  required?: boolean;
  hint?: string;
  children: (attributes: Record<string, string | boolean | undefined>) => ComponentChildren;
}

/**
 * One field of the provider's form: its label, hint and problems, each tied to the control (aria-describedby,
 * aria-invalid), so a screen reader says what is wrong where the focus is.
 */
export function Control({ field, label, problems, required, hint, children }: ControlProps) {
  const id = fieldId(field);
  const mine = problems.filter((p) => p.field === field);
  const described = [hint ? `${id}-hint` : "", mine.length > 0 ? `${id}-error` : ""].filter(Boolean).join(" ");
  return (
    <div class="field">
      <label for={id}>
        {label}
        {required ? (
          <span class="required" aria-hidden="true">
            {" "}
            *
          </span>
        ) : null}
      </label>
      {hint ? (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {children({ id, "aria-describedby": described || undefined, "aria-invalid": mine.length > 0 ? "true" : undefined, "aria-required": required ? "true" : undefined })}
      {mine.length > 0 ? (
        <p class="field-error" id={`${id}-error`}>
          {mine.map(problemMessage).join(" ")}
        </p>
      ) : null}
    </div>
  );
}

/** A select of a code list with its labels, and an empty first choice. */
export function CodeSelect<T extends string>(props: {
  attributes: Record<string, string | boolean | undefined>;
  values: readonly T[];
  label: (value: T) => string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <select {...props.attributes} value={props.value} onChange={(e) => props.onChange((e.target as HTMLSelectElement).value)}>
      <option value="">{t("intentions.choose")}</option>
      {props.values.map((v) => (
        <option key={v} value={v}>
          {props.label(v)}
        </option>
      ))}
    </select>
  );
}
