import "./styles.css";
import { h } from "./dom";
import { onLanguageChange, preferredLanguage, setLanguage, t } from "./i18n";
import { notFoundPage } from "./pages/notFound";
import { Router } from "./router";
import { meetingPage, routes } from "./routes";
import { loadSession, onSessionChange } from "./session";
import { Header } from "./ui/header";

async function boot(): Promise<void> {
  const main = document.getElementById("main")!;
  const headerRoot = document.getElementById("site-header")!;
  const skip = document.querySelector<HTMLAnchorElement>(".skip-link");
  const footer = document.getElementById("site-footer");

  const router = new Router(main, notFoundPage).addAll(routes);
  // The page's chunk comes while the texts and the session load, not after them.
  router.prefetch();

  // The texts and the session come at once: on a phone network every round trip in a row costs half a second.
  await Promise.all([
    setLanguage(preferredLanguage()).catch(() => setLanguage("cs").catch(() => undefined)),
    loadSession().catch(() => undefined),
  ]);

  const header = new Header(headerRoot, (path) => router.navigate(path));

  const renderChrome = () => {
    if (skip) {
      skip.textContent = t("nav.skip");
    }
    footer?.replaceChildren(h("p", {}, t("footer.text")));
    header.render();
  };

  renderChrome();
  onLanguageChange(() => {
    renderChrome();
    router.relocalize();
  });
  onSessionChange(() => header.render());
  router.start();
  // Joining leads to the meeting: its chunks come while the person types their name (not before: the join page's
  // own requests go first).
  if (/^\/(join|watch)\b/.test(location.pathname)) {
    const prefetch = () => void meetingPage.load().catch(() => undefined);
    for (const type of ["input", "keydown", "pointerdown"]) document.addEventListener(type, prefetch, { once: true, capture: true });
  }
}

void boot();
