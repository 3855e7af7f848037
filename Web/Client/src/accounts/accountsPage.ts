import { get, send } from "../api";
import { h } from "../dom";
import { formatDateTime } from "../format";
import { t } from "../i18n";
import type { Page, PageContext } from "../router";
import { organizer } from "../session";
import type { AccountLinkView, OrganizerAccount } from "../types";
import { copyField } from "../ui/copy";
import { AlertBox, field, onSubmit, requireValue, StatusBox } from "../ui/forms";
import { Frame } from "../ui/frame";
import { failure, loading } from "../ui/loading";

/**
 * "/accounts": the coordinator (an administrator) invites organizers, passes on one-time links (no e-mail is sent),
 * resets passwords and deactivates accounts. The server allows this to administrators only.
 */
export function accountsPage(context: PageContext): Page {
  const frame = new Frame(context);
  const alert = new AlertBox();
  const status = new StatusBox();
  let accounts: OrganizerAccount[] | null = null;
  let loadError: unknown = null;
  /** The last link made, shown once to copy. */
  let link: AccountLinkView | null = null;

  const email = h("input", { type: "email", name: "email", required: true, autocomplete: "off", spellcheck: "false" });
  const name = h("input", { type: "text", name: "displayName", required: true, maxlength: 100, autocomplete: "off" });
  const administrator = h("input", { type: "checkbox", name: "isAdministrator" });

  const replace = (account: OrganizerAccount) => {
    accounts = [...(accounts ?? []).filter((a) => a.id !== account.id), account].sort((a, b) => a.displayName.localeCompare(b.displayName, "cs"));
  };

  const showLink = (made: AccountLinkView) => {
    link = made;
    replace(made.account);
    render();
    frame.content.querySelector<HTMLElement>("#account-link")?.focus();
  };

  const render = () => {
    if (loadError) {
      frame.show(t("error.pageTitle"), ...failure(loadError));
      frame.ready();
      return;
    }
    if (!accounts) {
      frame.show(t("accounts.title"), loading());
      return;
    }
    frame.show(t("accounts.title"), h("p", {}, t("accounts.intro")), alert.el, status.el, linkSection(), listSection(accounts), inviteForm());
    frame.ready();
  };

  const linkSection = (): HTMLElement | null =>
    link &&
    h(
      "section",
      { class: "panel", "aria-labelledby": "account-link" },
      h("h2", { id: "account-link", tabindex: "-1" }, t(link.purpose === "Invitation" ? "accounts.invitationFor" : "accounts.resetFor", { name: link.account.displayName })),
      copyField(t("accounts.linkLabel"), link.url, t("accounts.linkHint", { expires: formatDateTime(link.expiresAt) })),
    );

  const listSection = (list: OrganizerAccount[]): HTMLElement =>
    h(
      "section",
      { "aria-labelledby": "accounts-list" },
      h("h2", { id: "accounts-list" }, t("accounts.listTitle")),
      h(
        "div",
        { class: "table-scroll" },
        h(
        "table",
        { class: "accounts" },
        h("caption", { class: "visually-hidden" }, t("accounts.listTitle")),
        h(
          "thead",
          {},
          h("tr", {}, h("th", { scope: "col" }, t("accounts.name")), h("th", { scope: "col" }, t("accounts.email")), h("th", { scope: "col" }, t("accounts.role")), h("th", { scope: "col" }, t("accounts.status")), h("th", { scope: "col" }, t("accounts.actions"))),
        ),
        h("tbody", {}, list.map(row)),
        ),
      ),
    );

  const row = (account: OrganizerAccount): HTMLElement => {
    const self = account.id === organizer()?.id;
    const linkButton = h(
      "button",
      {
        type: "button",
        onclick: () => void alert.run(async () => showLink(await send<AccountLinkView>("POST", `/api/accounts/${account.id}/link`))),
      },
      t(account.status === "Invited" ? "accounts.newInvitation" : "accounts.resetPassword"),
    );
    const active = account.status !== "Deactivated";
    const toggle = self
      ? null
      : h(
          "button",
          {
            type: "button",
            onclick: () =>
              void alert.run(async () => {
                if (active && !window.confirm(t("accounts.deactivateConfirm", { name: account.displayName }))) return;
                replace(await send<OrganizerAccount>("PUT", `/api/accounts/${account.id}/active`, { active: !active }));
                status.show(t(active ? "accounts.deactivated" : "accounts.activated", { name: account.displayName }));
                render();
              }),
          },
          t(active ? "accounts.deactivate" : "accounts.activate"),
        );
    return h(
      "tr",
      {},
      h("th", { scope: "row" }, account.displayName),
      h("td", {}, account.email),
      h("td", {}, t(account.isAdministrator ? "accounts.administrator" : "accounts.organizer")),
      h("td", {}, t(`accounts.status.${account.status}`)),
      h("td", { class: "actions" }, active ? linkButton : null, toggle),
    );
  };

  const inviteForm = (): HTMLElement => {
    const formAlert = new AlertBox();
    const form = h(
      "form",
      { class: "panel", novalidate: true, "aria-labelledby": "invite-account" },
      h("h2", { id: "invite-account" }, t("accounts.inviteTitle")),
      formAlert.el,
      field(t("accounts.email"), email),
      field(t("accounts.name"), name),
      h("div", { class: "field checkbox" }, h("label", {}, administrator, " ", t("accounts.makeAdministrator"))),
      h("button", { type: "submit", class: "primary" }, t("accounts.invite")),
    );
    onSubmit(form, formAlert, async () => {
      requireValue(email, name);
      const made = await send<AccountLinkView>("POST", "/api/accounts", {
        email: email.value.trim(),
        displayName: name.value.trim(),
        isAdministrator: administrator.checked,
      });
      email.value = "";
      name.value = "";
      administrator.checked = false;
      showLink(made);
    });
    return form;
  };

  render();
  get<OrganizerAccount[]>("/api/accounts").then(
    (list) => {
      accounts = list;
      render();
    },
    (e: unknown) => {
      loadError = e;
      render();
    },
  );
  return { rerender: render };
}
