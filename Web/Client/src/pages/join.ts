import { ApiError, send } from "../api";
import { h } from "../dom";
import { errorCode } from "../errors";
import { formatMeetingTime } from "../format";
import { currentLanguage, t } from "../i18n";
import { normalizeCode, parseJoinFragment } from "../joinCodes";
import { heldTickets, storeTicket } from "../live/tickets";
import type { Page, PageContext } from "../router";
import type { JoinDescription, JoinResult } from "../types";
import { AlertBox, field, onSubmit, requireValue } from "../ui/forms";
import { Frame } from "../ui/frame";
import { roleLabel } from "../ui/labels";
import { showSeatQuestion } from "./seatQuestion";

interface AdmissionOptions {
  title: string;
  intro: string;
  submit: string;
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
    frame.show(o.title, h("p", {}, o.intro), form);
    frame.ready();
  };

  render();
  return { rerender: render };
}

/** What the join page is doing: finding what its link or code admits to, asking for a code, or for a name. */
type JoinStep = "loading" | "code" | "name" | "unusable";

/**
 * "/join#TOKEN" (an invite link), "/join#code=ABC234" (a link with a code, e.g. from a QR code) or "/join" (type a
 * code). Token and code stay in the fragment, never sent as part of an address. Before asking for a name the page says
 * which meeting, group and time the person is joining, and focuses the name field.
 */
export function joinPage(context: PageContext): Page {
  const key = parseJoinFragment(location.hash);
  const frame = new Frame(context);
  const alert = new AlertBox();
  const codeInput = h("input", {
    type: "text",
    name: "code",
    class: "code-input",
    autocomplete: "off",
    autocapitalize: "characters",
    spellcheck: "false",
    required: true,
    maxlength: 20,
  });
  const name = h("input", { type: "text", name: "displayName", autocomplete: "name", required: true, maxlength: 100 });
  const token = key && "token" in key ? key.token : null;
  let code = key && "code" in key ? normalizeCode(key.code) : null;
  let description: JoinDescription | null = null;
  let step: JoinStep = key ? "loading" : "code";

  const codeForm = () => {
    const form = h(
      "form",
      { class: "panel narrow", novalidate: true, "aria-label": t("join.codeTitle") },
      alert.el,
      field(t("join.code"), codeInput, t("join.codeHint")),
      h("button", { type: "submit", class: "primary" }, t("join.codeSubmit")),
    );
    onSubmit(form, alert, async () => {
      requireValue(codeInput);
      const typed = normalizeCode(codeInput.value);
      codeInput.toggleAttribute("aria-invalid", !typed);
      if (!typed) {
        codeInput.focus();
        throw new ApiError(0, "join_code.invalid");
      }
      description = await send<JoinDescription>("POST", "/api/join/describe", { code: typed });
      code = typed;
      step = "name";
      render();
      name.focus();
    });
    return form;
  };

  /** confirmSeat: the person said the seat of this name on this invite is theirs (after participant.name_taken). */
  const join = (displayName: string, confirmSeat: boolean) => {
    const body = { displayName, tickets: heldTickets(), confirmSeat };
    return code ? send<JoinResult>("POST", "/api/join/code", { code, ...body }) : send<JoinResult>("POST", "/api/join", { token, ...body });
  };

  const enter = (result: JoinResult) => {
    storeTicket(result.meetingId, result.ticket);
    context.navigate(`/meetings/${result.meetingId}`, { replace: true });
  };

  const nameForm = (d: JoinDescription) => {
    const form = h(
      "form",
      { class: "panel narrow", novalidate: true, "aria-label": t("join.title") },
      alert.el,
      field(t("join.displayName"), name, t("join.displayNameHint")),
      h("button", { type: "submit", class: "primary" }, t("join.submit")),
    );
    const question = h("div", {});
    // The name is a seat of this invite already: is it you? (never a second seat silently)
    const askSeat = (displayName: string) => {
      form.hidden = true;
      showSeatQuestion(question, {
        name: displayName,
        confirm: async () => enter(await join(displayName, true)),
        other: () => {
          showSeatQuestion(question, null);
          form.hidden = false;
          name.focus();
          name.select();
        },
      });
    };
    onSubmit(form, alert, async () => {
      requireValue(name);
      const displayName = name.value.trim();
      try {
        enter(await join(displayName, false));
      } catch (e) {
        if (errorCode(e) !== "participant.name_taken") throw e;
        askSeat(displayName);
      }
    });
    return h("div", {}, meetingSummary(d), form, question);
  };

  const render = () => {
    if (step === "loading") {
      frame.show(t("join.title"), h("p", {}, t("common.loading")));
    } else if (step === "code") {
      frame.show(t("join.title"), h("p", {}, t("join.codeIntro")), codeForm());
    } else if (step === "name" && description) {
      frame.show(t("join.title"), h("p", {}, t("join.intro")), nameForm(description));
    } else {
      frame.show(t("join.title"), alert.el);
    }
  };

  const start = async () => {
    try {
      description = await send<JoinDescription>("POST", "/api/join/describe", code ? { code } : { token: token ?? "" });
      step = "name";
    } catch (e) {
      // A code that no longer works can be corrected or replaced; a broken link cannot.
      step = token ? "unusable" : "code";
      if (key && "code" in key) {
        codeInput.value = key.code;
      }
      render();
      alert.error(e);
      frame.ready();
      (step === "code" ? codeInput : frame.heading).focus();
      return;
    }
    render();
    frame.ready();
    name.focus();
  };

  render();
  if (step === "loading") {
    void start();
  } else {
    frame.ready();
    codeInput.focus();
  }
  return { rerender: render };
}

/** The meeting a person is about to join: its title, group, day and time in their language, place and their role. */
function meetingSummary(d: JoinDescription): HTMLElement {
  const row = (label: string, value: string) => [h("dt", {}, label), h("dd", {}, value)];
  return h(
    "dl",
    { class: "panel narrow facts join-summary" },
    row(t("join.meeting"), d.title),
    row(t("join.group"), d.groupName),
    row(t("join.when"), formatMeetingTime(d.startsAt, currentLanguage())),
    d.place ? row(t("join.place"), d.place) : null,
    row(t("join.role"), roleLabel(d.role)),
  );
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
