import { h } from "../dom";
import { t } from "../i18n";
import { displayCode } from "../joinCodes";
import { qrCode } from "./qrCode";

/** A join code large enough to read from the back of a room, where to type it, and a QR code of the link that carries it. */
export function joinCodeCard(title: string, code: string, codeUrl: string): HTMLElement {
  const shown = displayCode(code);
  return h(
    "div",
    { class: "join-code-card" },
    h(
      "div",
      { class: "join-code-text" },
      h("p", { class: "join-code-title" }, title),
      h("p", { class: "join-code", "aria-label": t("invites.codeLabel", { code: [...code].join(" ") }) }, shown),
      h("p", { class: "hint" }, t("invites.codeHint", { address: `${location.host}/join` })),
    ),
    qrCode(codeUrl, t("invites.qr", { code: shown })),
  );
}
