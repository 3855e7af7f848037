// UI texts come from the server's resource files (GET /api/ui-texts/{language}).

import { signal } from "@preact/signals-core";

export type Language = "cs" | "en";
export const LANGUAGES: readonly Language[] = ["cs", "en"];
const STORAGE_KEY = "cp.language";
const LANGUAGE_COOKIE = "cp-language";

/**
 * The language and its texts as one signal: a component that reads a text or the language while rendering renders
 * again when the language changes, even where its props are unchanged (signal-aware components skip such renders).
 */
const catalogue = signal<{ language: Language; texts: Record<string, string> }>({ language: "cs", texts: {} });
const listeners = new Set<() => void>();

export function currentLanguage(): Language {
  return catalogue.value.language;
}

/** The language remembered in localStorage, else Czech. */
export function preferredLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === "cs" || stored === "en") {
      return stored;
    }
  } catch {
    // ignore
  }
  return "cs";
}

/** Loads the texts of a language, sets <html lang>, remembers the choice and tells the listeners. */
export async function setLanguage(next: Language): Promise<void> {
  const response = await fetch(`/api/ui-texts/${next}`, { headers: { Accept: "application/json" } });
  if (!response.ok) {
    throw new Error(`UI texts for ${next}: HTTP ${response.status}`);
  }
  catalogue.value = { language: next, texts: (await response.json()) as Record<string, string> };
  document.documentElement.lang = next;
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // ignore
  }
  // The server names this language's texts in the page it sends next time, to fetch with the scripts (ClientPage.cs).
  document.cookie = `${LANGUAGE_COOKIE}=${next}; path=/; max-age=31536000; samesite=lax`;
  for (const listener of listeners) {
    listener();
  }
}

/** For tests: use these texts without the server. */
export function useTexts(lang: Language, values: Record<string, string>): void {
  catalogue.value = { language: lang, texts: values };
}

export function onLanguageChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The text for a key, with {name} placeholders filled in; the key itself when missing. */
export function t(key: string, params: Record<string, string | number> = {}): string {
  const text = catalogue.value.texts[key];
  if (text === undefined) {
    console.warn(`Missing UI text: ${key}`);
    return key;
  }
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

/**
 * A text that depends on a number: the key's variant for the language's plural category (Czech one / few / many /
 * other: "1 bod", "3 body", "1,5 bodu", "5 bodů"; English one / other), with {count} filled in as a number of the
 * language; "other" when a variant is missing.
 */
export function tn(key: string, count: number, params: Record<string, string | number> = {}): string {
  const { language, texts } = catalogue.value;
  const category = new Intl.PluralRules(language).select(count);
  const variant = `${key}.${category}`;
  return t(variant in texts ? variant : `${key}.other`, { ...params, count: count.toLocaleString(language) });
}

export function has(key: string): boolean {
  return key in catalogue.value.texts;
}
