import { ApiError, send } from "../api";
import { h } from "../dom";
import { t } from "../i18n";
import { heldTickets, storeTicket } from "../live/tickets";
import type { Page, PageContext } from "../router";
import type { JoinResult } from "../types";
import { AlertBox, field, onSubmit, requireValue } from "../ui/forms";
import { Frame } from "../ui/frame";

interface AdmissionOptions {
  title: string;
  intro: string;
  submit: string;
  /** Why the form cannot be used at all (e.g. a link without a token), as an error code. */
  unusable?: string;
  admit(displayName: string): Promise<JoinResult>;
}

/** A form that asks for a display name, admits the person and opens the meeting with the ticket it got. */
function admissionPage(context: PageContext, options: () => AdmissionOptions): Page {
  const frame = new Frame(context);
  const alert = new AlertBox();
  const name = h("input", { type: "text", name: "displayName", autocomplete: "name", required: true, maxlength: 100 });

  const render = () => {
    const o = options();
    const form = h(
      "form",
      { class: "panel narrow", novalidate: true, "aria-label": o.title },
      alert.el,
      field(t("join.displayName"), name, t("join.displayNameHint")),
      h("button", { type: "submit", class: "primary" }, o.submit),
    );
    onSubmit(form, alert, async () => {
      requireValue(name);
      const result = await o.admit(name.value.trim());
      storeTicket(result.meetingId, result.ticket);
      context.navigate(`/meetings/${result.meetingId}`, { replace: true });
    });
    frame.show(o.title, h("p", {}, o.intro), o.unusable ? null : form);
    if (o.unusable) {
      frame.content.append(alert.el);
      alert.error(new ApiError(0, o.unusable));
    }
    frame.ready();
  };

  render();
  return { rerender: render };
}

/** "/join#TOKEN": joins a meeting with an invite link; the token stays in the fragment, never sent as a URL. */
export function joinPage(context: PageContext): Page {
  const token = decodeURIComponent(location.hash.replace(/^#/, ""));
  return admissionPage(context, () => ({
    title: t("join.title"),
    intro: t("join.intro"),
    submit: t("join.submit"),
    unusable: token ? undefined : "invite.invalid",
    admit: (displayName) => send<JoinResult>("POST", "/api/join", { token, displayName, tickets: heldTickets() }),
  }));
}

/** "/watch/{meetingId}": the public follows a meeting as an observer, when the facilitator allows it. */
export function watchPage(context: PageContext): Page {
  const meetingId = encodeURIComponent(context.params.id);
  return admissionPage(context, () => ({
    title: t("watch.title"),
    intro: t("watch.intro"),
    submit: t("watch.submit"),
    admit: (displayName) => send<JoinResult>("POST", `/api/meetings/${meetingId}/watch`, { displayName, tickets: heldTickets() }),
  }));
}
