import { h } from "../dom";
import { t } from "../i18n";
import type { Page, PageContext } from "../router";
import { Frame } from "../ui/frame";

export function notFoundPage(context: PageContext): Page {
  const frame = new Frame(context);
  const render = () => {
    frame.show(t("notFound.title"), h("p", {}, t("notFound.text")), h("p", {}, h("a", { href: "/" }, t("common.backHome"))));
    frame.ready();
  };
  render();
  return { rerender: render };
}
