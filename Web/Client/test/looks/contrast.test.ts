import { describe, expect, it } from "vitest";
import styles from "../../src/styles.css?raw";

// The palette's text/background pairs meet WCAG 2.1 AA, computed from the tokens in styles.css: 4.5:1 for text,
// 3:1 for large text and for the boundaries of controls and the focus ring (1.4.3, 1.4.11).

const stylesheets = import.meta.glob<string>("../../src/**/*.css", { query: "?raw", import: "default", eager: true });

/** The custom properties of the first :root block, with var() references resolved. */
function tokens(css: string): Map<string, string> {
  const root = /:root\s*\{([\s\S]*?)\n\}/.exec(css.replace(/\/\*[\s\S]*?\*\//g, ""))?.[1] ?? "";
  const raw = new Map([...root.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]));
  const resolve = (value: string, depth = 0): string =>
    depth > 10 ? value : value.replace(/var\((--[\w-]+)\)/g, (_, name: string) => resolve(raw.get(name) ?? `missing ${name}`, depth + 1));
  return new Map([...raw].map(([k, v]) => [k, resolve(v)]));
}

function luminance(hex: string): number {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(m[1].slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const TEXT = 4.5;
const LARGE_OR_UI = 3;

// [foreground, background, minimum]: every pair the stylesheets put together.
const PAIRS: [string, string, number][] = [
  ...["--color-page", "--color-surface", "--color-surface-sunken", "--color-accent-soft", "--color-warning-soft", "--color-danger-soft", "--color-success-soft"].map(
    (bg): [string, string, number] => ["--color-ink", bg, TEXT],
  ),
  ...["--color-page", "--color-surface", "--color-surface-sunken", "--color-accent-soft"].map((bg): [string, string, number] => ["--color-ink-muted", bg, TEXT]),
  ...["--color-page", "--color-surface", "--color-surface-sunken", "--color-accent-soft"].map((bg): [string, string, number] => ["--color-accent", bg, TEXT]),
  ["--color-accent-strong", "--color-surface", TEXT],
  ["--color-accent-strong", "--color-page", TEXT],
  ...["--color-accent", "--color-accent-strong", "--color-danger", "--color-success", "--color-neutral"].map((bg): [string, string, number] => ["--color-on-accent", bg, TEXT]),
  ["--color-danger", "--color-surface", TEXT],
  ["--color-danger", "--color-danger-soft", TEXT],
  ["--color-danger", "--color-page", TEXT],
  ["--color-danger-text", "--color-danger-soft", TEXT],
  ["--color-success", "--color-surface", TEXT],
  ["--color-success", "--color-page", TEXT],
  ["--color-success-text", "--color-success-soft", TEXT],
  ["--color-warning-text", "--color-warning-soft", TEXT],
  ["--color-neutral", "--color-surface", TEXT],
  ["--color-neutral", "--color-page", TEXT],
  // Boundaries of controls, the focus ring, status dots and the comment underline.
  ["--color-line-strong", "--color-surface", LARGE_OR_UI],
  ["--color-line-strong", "--color-page", LARGE_OR_UI],
  ["--color-focus", "--color-surface", LARGE_OR_UI],
  ["--color-focus", "--color-page", LARGE_OR_UI],
  ["--color-focus", "--color-accent-soft", LARGE_OR_UI],
  ["--color-accent", "--color-surface", LARGE_OR_UI],
  ["--color-warning-line", "--color-warning-soft", LARGE_OR_UI],
];

describe("the palette", () => {
  const palette = tokens(styles);

  it("is read from the stylesheet", () => {
    expect(palette.get("--color-ink")).toMatch(/^#[0-9a-f]{6}$/i);
    expect(palette.get("--text")).toBe(palette.get("--color-ink")); // the earlier names stay aliases
    expect(palette.get("--primary")).toBe(palette.get("--color-accent"));
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrast("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
  });

  it.each(PAIRS)("%s on %s reaches %s:1", (foreground, background, minimum) => {
    const ratio = contrast(palette.get(foreground) ?? foreground, palette.get(background) ?? background);
    expect(ratio, `${foreground} ${palette.get(foreground)} on ${background} ${palette.get(background)}: ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(minimum);
  });

  it("is the only source of colours: no colour literal outside the tokens", () => {
    const strays = Object.entries(stylesheets).flatMap(([file, css]) =>
      css
        .replace(/\/\*[\s\S]*?\*\//g, "")
        .replace(/:root\s*\{[\s\S]*?\n\}/g, "")
        .split("\n")
        .filter((line) => /#[0-9a-f]{3,8}\b|\b(rgb|hsl)a?\(/i.test(line))
        .map((line) => `${file}: ${line.trim()}`),
    );
    expect(strays).toEqual([]);
  });
});
