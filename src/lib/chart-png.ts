// A chart on screen as a PNG: the recharts SVG, with the styles it inherits from the page made
// explicit, drawn onto a canvas with a title above and a source line below.

/** Presentation properties a chart takes from CSS (custom properties, modules, the page's font). */
const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
] as const;

const SVG_NS = 'http://www.w3.org/2000/svg';

function inlineStyles(source: Element, target: Element): void {
  const from = [source, ...source.querySelectorAll('*')];
  const to = [target, ...target.querySelectorAll('*')];
  from.forEach((el, i) => {
    const computed = getComputedStyle(el);
    const style = (to[i] as SVGElement | undefined)?.style;
    if (!style) return;
    for (const prop of STYLE_PROPS) style.setProperty(prop, computed.getPropertyValue(prop));
  });
}

function text(content: string, x: number, y: number, size: number, color: string, font: string) {
  const el = document.createElementNS(SVG_NS, 'text');
  el.setAttribute('x', String(x));
  el.setAttribute('y', String(y));
  el.setAttribute('font-size', String(size));
  el.setAttribute('font-family', font);
  el.setAttribute('fill', color);
  el.textContent = content;
  return el;
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('the chart could not be drawn as an image'));
    img.src = url;
  });
}

export async function chartToPng(
  svg: SVGSVGElement,
  { title, footnote, pixelRatio = 2 }: { title: string; footnote: string; pixelRatio?: number },
): Promise<Blob> {
  const { width, height } = svg.getBoundingClientRect();
  if (width === 0 || height === 0) throw new Error('the chart is not on screen');
  const page = getComputedStyle(document.documentElement);
  const font = getComputedStyle(document.body).fontFamily;
  const color = (name: string, fallback: string) => page.getPropertyValue(name).trim() || fallback;
  const [top, bottom, pad] = [40, 32, 16];

  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  clone.setAttribute('x', String(pad));
  clone.setAttribute('y', String(top));
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));

  const W = width + pad * 2;
  const H = height + top + bottom;
  const frame = document.createElementNS(SVG_NS, 'svg');
  frame.setAttribute('xmlns', SVG_NS);
  frame.setAttribute('width', String(W));
  frame.setAttribute('height', String(H));
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', color('--surface', '#ffffff'));
  frame.append(
    background,
    text(title, pad, 26, 16, color('--text', '#1b1f24'), font),
    clone,
    text(footnote, pad, H - 12, 11, color('--text-muted', '#4f5966'), font),
  );

  const markup = new XMLSerializer().serializeToString(frame);
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(W * pixelRatio);
    canvas.height = Math.round(H * pixelRatio);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no canvas in this browser');
    context.scale(pixelRatio, pixelRatio);
    context.drawImage(image, 0, 0, W, H);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('the image is empty'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
