import { ApiError, send } from "../api";
import { h } from "../dom";
import { formatDateTime } from "../format";
import { t } from "../i18n";
import type { Page, PageContext } from "../router";
import { adoptSession } from "../session";
import type { AccountLinkInfo, OrganizerAccount } from "../types";
import { AlertBox, field, onSubmit, requireValue } from "../ui/forms";
import { Frame } from "../ui/frame";
import { loading } from "../ui/loading";

const MIN_PASSWORD = 10;

/**
 * "/account-link#TOKEN": an invited organizer (or one whose password was reset) sets a password and is signed in.
 * The token stays in the fragment: it is sent in a request body, never in an address that ends up in logs.
 */
export function accountLinkPage(context: PageContext): Page {
  const frame = new Frame(context);
  const alert = new AlertBox();
  const token = decodeURIComponent(location.hash.replace(/^#/, ""));
  const password = h("input", { type: "password", name: "password", autocomplete: "new-password", required: true, minlength: MIN_PASSWORD });
  const repeat = h("input", { type: "password", name: "repeat", autocomplete: "new-password", required: true });
  let info: AccountLinkInfo | null = null;
  let failed: unknown = token ? null : new ApiError(0, "account_link.invalid");

  const render = () => {
    if (failed) {
      frame.show(t("accountLink.title"), alert.el);
      alert.error(failed);
      frame.ready();
      return;
    }
    if (!info) {
      frame.show(t("accountLink.title"), loading());
      return;
    }
    const form = h(
      "form",
      { class: "panel narrow", novalidate: true, "aria-label": t("accountLink.title") },
      alert.el,
      h("input", { type: "email", name: "username", autocomplete: "username", value: info.email, hidden: true, readonly: true }),
      field(t("account.newPassword"), password, t("account.passwordMin", { min: MIN_PASSWORD })),
      field(t("accountLink.repeat"), repeat),
      h("button", { type: "submit", class: "primary" }, t("accountLink.submit")),
    );
    onSubmit(form, alert, async () => {
      requireValue(password, repeat);
      if (password.value !== repeat.value) {
        repeat.setAttribute("aria-invalid", "true");
        repeat.focus();
        throw new ApiError(0, "account.passwords_differ");
      }
      repeat.removeAttribute("aria-invalid");
      adoptSession(await send<OrganizerAccount>("POST", "/api/auth/links/redeem", { token, password: password.value }));
      history.replaceState(null, "", location.pathname);
      context.navigate("/", { replace: true });
    });
    const intro = t(info.purpose === "Invitation" ? "accountLink.invitationIntro" : "accountLink.resetIntro", {
      name: info.displayName,
      email: info.email,
      expires: formatDateTime(info.expiresAt),
    });
    frame.show(t(info.purpose === "Invitation" ? "accountLink.invitationTitle" : "accountLink.resetTitle"), h("p", {}, intro), form);
    frame.ready();
  };

  render();
  if (token) {
    send<AccountLinkInfo>("POST", "/api/auth/links/describe", { token }).then(
      (described) => {
        info = described;
        render();
        password.focus();
      },
      (e: unknown) => {
        failed = e;
        render();
      },
    );
  }
  return { rerender: render };
}
