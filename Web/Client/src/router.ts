// Client-side routing with the History API. Each route makes a page that renders into <main>.

import { h } from "./dom";
import { t } from "./i18n";
import { compile } from "./routePattern";
import { failure } from "./ui/loading";

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

/** A page whose module is a chunk of its own, fetched when the page is first needed (docs/architecture.md). */
export interface LazyPage {
  readonly load: () => Promise<PageFactory>;
}

/** Wraps a dynamic import of a page module; the module is fetched once, again only after a failed attempt. */
export function lazy(load: () => Promise<PageFactory>): LazyPage {
  let loading: Promise<PageFactory> | null = null;
  return {
    load: () =>
      (loading ??= load().catch((error: unknown) => {
        loading = null;
        throw error;
      })),
  };
}

/** Set when a page's chunk failed to load and the page was reloaded for it (once: a new deployment renamed it). */
const RELOADED_FOR = "cp.reloadedForChunk";

interface Route {
  pattern: RegExp;
  names: string[];
  page: PageFactory | LazyPage;
}

export class Router {
  private readonly routes: Route[] = [];
  private current: Page | null = null;
  private currentRoute: Route | null = null;
  private navigations = 0;
  private renders = 0;

  constructor(
    private readonly main: HTMLElement,
    private readonly notFound: PageFactory,
  ) {}

  add(pattern: string, page: PageFactory | LazyPage): this {
    this.routes.push({ ...compile(pattern), page });
    return this;
  }

  /** Adds a table of routes, in order (first match wins). */
  addAll(routes: readonly (readonly [string, PageFactory | LazyPage])[]): this {
    for (const [pattern, page] of routes) this.add(pattern, page);
    return this;
  }

  /** Starts fetching the current address's page chunk (while the app still loads its texts and session). */
  prefetch(): void {
    const page = this.match(location.pathname)?.route.page;
    if (page && typeof page !== "function") page.load().catch(() => undefined);
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
    const matched = this.match(location.pathname);
    if (moveFocus && matched && matched.route === this.currentRoute && this.current?.navigated?.(matched.params)) {
      return;
    }
    this.current?.dispose?.();
    this.current = null;
    this.currentRoute = matched?.route ?? null;
    this.main.replaceChildren();
    const render = ++this.renders;
    const isNavigation = moveFocus && this.navigations++ > 0;
    let readied = false;
    const context: PageContext = {
      main: this.main,
      params: matched?.params ?? {},
      navigate: (to, options) => this.navigate(to, options),
      ready: () => {
        this.setTitle();
        if (isNavigation && !readied) {
          this.main.querySelector<HTMLElement>("h1")?.focus();
        }
        readied = true;
      },
    };
    const page = matched?.route.page ?? this.notFound;
    if (typeof page === "function") {
      this.current = page(context);
      return;
    }
    page.load().then(
      (factory) => {
        if (render !== this.renders) return; // navigated on meanwhile
        sessionStorage.removeItem(RELOADED_FOR);
        this.current = factory(context);
      },
      (error: unknown) => {
        if (render !== this.renders) return;
        // A tab opened before a deployment asks for a chunk that is gone: the page loads again, once.
        if (sessionStorage.getItem(RELOADED_FOR) !== location.pathname) {
          sessionStorage.setItem(RELOADED_FOR, location.pathname);
          location.reload();
          return;
        }
        this.main.replaceChildren(h("h1", { tabindex: "-1" }, t("error.pageTitle")), ...failure(error));
        context.ready();
      },
    );
  }

  private match(path: string): { route: Route; params: Record<string, string> } | null {
    for (const route of this.routes) {
      const match = route.pattern.exec(path);
      if (match) {
        // An optional last part that is absent is left out of the parameters.
        const params = Object.fromEntries(route.names.flatMap((n, i) => (match[i + 1] === undefined ? [] : [[n, decodeURIComponent(match[i + 1])]])));
        return { route, params };
      }
    }
    return null;
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
