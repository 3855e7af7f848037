import { h, uid } from "../dom";
import { ApiError } from "../api";
import { errorMessage } from "../errors";

/** A labelled form field; the hint (if any) is tied to the control with aria-describedby. */
export function field(label: string, control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, hint?: string): HTMLDivElement {
  control.id ||= uid("f");
  const hintEl = hint ? h("p", { class: "hint", id: uid("hint") }, hint) : null;
  if (hintEl) {
    control.setAttribute("aria-describedby", hintEl.id);
  }
  const required = control.required ? h("span", { class: "required", "aria-hidden": "true" }, " *") : null;
  return h("div", { class: "field" }, h("label", { for: control.id }, label, required), hintEl, control);
}

export function options(select: HTMLSelectElement, values: readonly string[], label: (value: string) => string, selected?: string): HTMLSelectElement {
  for (const value of values) {
    select.append(h("option", { value, selected: value === selected }, label(value)));
  }
  return select;
}

/** A message area announced at once by screen readers (role="alert"); empty and hidden until used. */
export class AlertBox {
  readonly el = h("div", { role: "alert", class: "alert" });

  show(message: string): void {
    this.el.textContent = message;
  }

  error(error: unknown): void {
    this.show(errorMessage(error));
  }

  clear(): void {
    this.el.textContent = "";
  }

  /** Runs an action after clearing the box; shows its failure here. */
  async run(action: () => Promise<unknown>): Promise<void> {
    this.clear();
    try {
      await action();
    } catch (e) {
      this.error(e);
    }
  }
}

/** A polite status message (role="status"), for confirmations. */
export class StatusBox {
  readonly el = h("div", { role: "status", class: "status" });

  show(message: string): void {
    this.el.textContent = message;
  }

  clear(): void {
    this.el.textContent = "";
  }
}

/** Runs a form's submit action with its submit button disabled and errors shown in the alert box. */
export function onSubmit(form: HTMLFormElement, alert: AlertBox, action: () => Promise<void>): void {
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (form.dataset.busy === "true") {
      return;
    }
    const submit = form.querySelector<HTMLButtonElement>("button[type=submit]");
    form.dataset.busy = "true";
    submit?.setAttribute("aria-disabled", "true");
    alert.clear();
    try {
      await action();
    } catch (e) {
      alert.error(e);
    } finally {
      form.dataset.busy = "false";
      submit?.removeAttribute("aria-disabled");
    }
  });
}

/** Refuses an empty required field: marks it invalid, focuses it, and fails with validation.required. */
export function requireValue(...controls: (HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement)[]): void {
  for (const control of controls) {
    control.removeAttribute("aria-invalid");
  }
  const empty = controls.find((c) => c.value.trim() === "");
  if (empty) {
    empty.setAttribute("aria-invalid", "true");
    empty.focus();
    throw new ApiError(0, "validation.required");
  }
}
