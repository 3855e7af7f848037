import { h } from "../dom";
import { errorCode, errorMessage } from "../errors";
import { t } from "../i18n";

/** What a page shows while its data loads. */
export function loading(): HTMLElement {
  return h("p", { class: "loading", role: "status" }, t("common.loading"));
}

/** Why a page could not load, with a sign-in link where that would help (the heading is the page's own). */
export function failure(error: unknown): HTMLElement[] {
  const code = errorCode(error);
  const items: (HTMLElement | null)[] = [
    h("p", { role: "alert", class: "alert" }, errorMessage(error)),
    code === "unauthenticated" ? h("p", {}, h("a", { href: "/signin" }, t("nav.signIn"))) : null,
    h("p", {}, h("a", { href: "/" }, t("common.backHome"))),
  ];
  return items.filter((e): e is HTMLElement => e !== null);
}
