import encodeQR from "qr";

const SVG = "http://www.w3.org/2000/svg";

/** The QR code of the text as one SVG path of dark modules, with the four-module quiet zone scanners need. */
export function qrPath(text: string): { size: number; d: string } {
  const modules = encodeQR(text, "raw", { ecc: "medium", border: 4 });
  let d = "";
  modules.forEach((row, y) => row.forEach((dark, x) => (d += dark ? `M${x} ${y}h1v1h-1z` : "")));
  return { size: modules.length, d };
}

/**
 * A QR code of the text as an SVG element built node by node (no markup parsed, so nothing for the CSP to allow): one
 * path of dark modules on white. Labelled as an image.
 */
export function qrCode(text: string, label: string): SVGSVGElement {
  const { size, d } = qrPath(text);
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", `0 0 ${size} ${size}`);
  svg.setAttribute("class", "qr-code");
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", label);
  svg.setAttribute("shape-rendering", "crispEdges");
  const background = document.createElementNS(SVG, "rect");
  background.setAttribute("width", String(size));
  background.setAttribute("height", String(size));
  background.setAttribute("fill", "#fff");
  const path = document.createElementNS(SVG, "path");
  path.setAttribute("d", d);
  path.setAttribute("fill", "#000");
  svg.append(background, path);
  return svg;
}
