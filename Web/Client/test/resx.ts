// The UI texts of a resource file as the server sends them (GET /api/ui-texts/{language}).

export function textsOf(resx: string): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const m of resx.matchAll(/<data name="([^"]+)"[^>]*>\s*<value>([\s\S]*?)<\/value>/g)) {
    texts[m[1]] = m[2].replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
  }
  return texts;
}
