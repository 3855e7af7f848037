// Client-side routing with the History API. Each route makes a page that renders into <main>.

import { t } from "./i18n";

export interface PageContext {
  readonly main: HTMLElement;
  readonly params: Readonly<Record<string, string>>;
  navigate(path: string, options?: { replace?: boolean }): void;
  /** Call when the page's heading (h1) is rendered: sets the title and, after a navigation, moves focus to it. */
  ready(): void;
}

export interface Page {
  /** Renders again from the page's data (after a language change); without it the page is made anew. */
  rerender?(): void;
  /**
   * The path changed to another one of this page's route (history or a link): true when the page shows it
   * itself (the meeting's areas keep the live connection); otherwise the page is made anew.
   */
  navigated?(params: Readonly<Record<string, string>>): boolean;
  dispose?(): void;
}

export type PageFactory = (context: PageContext) => Page;

interface Route {
  pattern: RegExp;
  names: string[];
  page: PageFactory;
}

/** Matches "/groups/:id" style patterns against a path; a last part ":name?" may be absent. */
export function compile(pattern: string): { pattern: RegExp; names: string[] } {
  const names: string[] = [];
  const source = pattern
    .split("/")
    .map((part, i) => {
      if (part.startsWith(":")) {
        const optional = part.endsWith("?");
        names.push(part.slice(1, optional ? -1 : undefined));
        return optional ? "(?:/([^/]+))?" : `${i > 0 ? "/" : ""}([^/]+)`;
      }
      return `${i > 0 ? "/" : ""}${part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`;
    })
    .join("");
  return { pattern: new RegExp(`^${source}/?$`), names };
}

export class Router {
  private readonly routes: Route[] = [];
  private current: Page | null = null;
  private currentRoute: Route | null = null;
  private navigations = 0;

  constructor(
    private readonly main: HTMLElement,
    private readonly notFound: PageFactory,
  ) {}

  add(pattern: string, page: PageFactory): this {
    this.routes.push({ ...compile(pattern), page });
    return this;
  }

  start(): void {
    window.addEventListener("popstate", () => this.render());
    document.addEventListener("click", (event) => this.onClick(event));
    this.render();
  }

  navigate(path: string, options: { replace?: boolean } = {}): void {
    if (options.replace) {
      history.replaceState(null, "", path);
    } else {
      history.pushState(null, "", path);
    }
    this.render();
  }

  /** Renders the current page again in the new language. */
  relocalize(): void {
    if (this.current?.rerender) {
      this.current.rerender();
      this.setTitle();
    } else {
      this.render(false);
    }
  }

  private render(moveFocus = true): void {
    const path = location.pathname;
    let params: Record<string, string> = {};
    let found: Route | null = null;
    for (const route of this.routes) {
      const match = route.pattern.exec(path);
      if (match) {
        params = Object.fromEntries(route.names.flatMap((n, i) => (match[i + 1] === undefined ? [] : [[n, decodeURIComponent(match[i + 1])]])));
        found = route;
        break;
      }
    }
    if (moveFocus && found && found === this.currentRoute && this.current?.navigated?.(params)) {
      return;
    }
    const factory = found?.page ?? this.notFound;
    this.current?.dispose?.();
    this.current = null;
    this.currentRoute = found;
    this.main.replaceChildren();
    const isNavigation = moveFocus && this.navigations++ > 0;
    let readied = false;
    const context: PageContext = {
      main: this.main,
      params,
      navigate: (to, options) => this.navigate(to, options),
      ready: () => {
        this.setTitle();
        if (isNavigation && !readied) {
          this.main.querySelector<HTMLElement>("h1")?.focus();
        }
        readied = true;
      },
    };
    this.current = factory(context);
  }

  private setTitle(): void {
    const heading = this.main.querySelector("h1")?.textContent?.trim();
    document.title = heading ? `${heading} – ${t("app.name")}` : t("app.name");
  }

  private onClick(event: MouseEvent): void {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    const anchor = (event.target as Element | null)?.closest?.("a");
    if (!anchor || anchor.target || anchor.hasAttribute("download") || anchor.origin !== location.origin) {
      return;
    }
    const href = anchor.getAttribute("href") ?? "";
    if (!href.startsWith("/") || href.startsWith("/api") || href.startsWith("/hubs") || href.startsWith("/dashboard")) {
      return;
    }
    if (anchor.pathname === location.pathname && anchor.hash && anchor.search === location.search) {
      return; // in-page link (e.g. the skip link)
    }
    event.preventDefault();
    this.navigate(anchor.pathname + anchor.search + anchor.hash);
  }
}
