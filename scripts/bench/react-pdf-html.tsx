/**
 * An HTML stand-in for the react-pdf primitives the printed plan uses, so that the app's own
 * `PlanDocument` can be rendered with react-dom/server and printed by Chromium's `page.pdf()` for the
 * benchmark's comparison (issue "Print as fast as the browser's own print"):
 * - View → div (a flex column, as in react-pdf), Text → p (span inside a Text);
 * - a View whose first child is `fixed` (a table's header row) → `<table>` with that row as a repeating
 *   `<thead>` and every other child as a row of `<tbody>`;
 * - `wrap={false}` → `break-inside: avoid`, `break` → `break-before: page`;
 * - the Page `layout` template's header and footer → CSS `@page` margin boxes, with `counter(page)` and
 *   `counter(pages)` where the template prints the page number and the page count;
 * - `Font.register` → `@font-face` rules for the same TTF files, so the same font stack is used.
 *
 * Loaded in place of `@react-pdf/renderer` by `./standin-hooks.mjs`; only the benchmark uses it.
 */
import { Children, createContext, isValidElement, useContext, type CSSProperties, type ReactElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

type Style = Record<string, unknown>;
type StyleProp = Style | readonly StyleProp[] | null | undefined | false;

interface CommonProps {
  style?: StyleProp;
  fixed?: boolean;
  wrap?: boolean;
  break?: boolean;
  minPresenceAhead?: number;
  children?: ReactNode;
}

/** Where the template printed the page number and the page count; replaced by CSS counters. */
const PAGE_NUMBER = '\u2063PAGE\u2063';
const PAGE_COUNT = '\u2063PAGES\u2063';

/** Style properties whose numbers are not lengths. */
const UNITLESS = new Set(['flex', 'flexGrow', 'flexShrink', 'fontWeight', 'lineHeight', 'opacity', 'zIndex', 'orphans', 'widows']);

function flatten(style: StyleProp): Style {
  if (!style) return {};
  if (Array.isArray(style)) return Object.assign({}, ...style.map((part: StyleProp) => flatten(part))) as Style;
  return style as Style;
}

/** react-pdf style (points, shorthands of its own) → CSS for the same box. */
export function cssOf(style: StyleProp): CSSProperties {
  const css: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(flatten(style))) {
    if (value === undefined) continue;
    const length = typeof value === 'number' && !UNITLESS.has(key) ? `${value}pt` : value;
    if (key === 'paddingHorizontal' || key === 'marginHorizontal') {
      const side = key.startsWith('padding') ? 'padding' : 'margin';
      css[`${side}Left`] = length;
      css[`${side}Right`] = length;
    } else if (key === 'paddingVertical' || key === 'marginVertical') {
      const side = key.startsWith('padding') ? 'padding' : 'margin';
      css[`${side}Top`] = length;
      css[`${side}Bottom`] = length;
    } else if (key === 'fontFamily') {
      css.fontFamily = (Array.isArray(value) ? value : [value]).map((family) => `"${String(family)}"`).join(', ');
    } else {
      css[key] = length;
    }
    if (/^border(Top|Right|Bottom|Left)?Width$/.test(key)) css[key.replace('Width', 'Style')] = 'solid';
  }
  return css as CSSProperties;
}

function flowStyle({ wrap, break: breakBefore }: CommonProps): CSSProperties {
  return {
    ...(wrap === false ? { breakInside: 'avoid' } : {}),
    ...(breakBefore ? { breakBefore: 'page' } : {}),
  };
}

export function View(props: CommonProps) {
  const children = Children.toArray(props.children);
  const first = children[0];
  const style = { display: 'flex', flexDirection: 'column', ...cssOf(props.style), ...flowStyle(props) } as CSSProperties;
  if (isValidElement<CommonProps>(first) && first.props.fixed) {
    return (
      <table style={{ ...style, display: 'table', width: '100%', borderCollapse: 'collapse' }}>
        <thead>
          <tr>
            <td style={{ padding: 0 }}>{first}</td>
          </tr>
        </thead>
        <tbody>
          {children.slice(1).map((row, index) => (
            <tr key={index} style={{ breakInside: 'avoid' }}>
              <td style={{ padding: 0 }}>{row}</td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  return <div style={style}>{props.children}</div>;
}

/** A Text inside a Text is a run of the same paragraph. */
const InsideText = createContext(false);

export function Text(props: CommonProps & { render?: unknown }) {
  const style = { margin: 0, whiteSpace: 'pre-wrap', ...cssOf(props.style), ...flowStyle(props) } as CSSProperties;
  if (useContext(InsideText)) return <span style={style}>{props.children}</span>;
  return (
    <p style={style}>
      <InsideText.Provider value={true}>{props.children}</InsideText.Provider>
    </p>
  );
}

interface PageLayoutProps {
  children?: ReactNode;
  pageNumber?: number;
  totalPages?: number;
}

interface PageProps extends CommonProps {
  size?: string;
  layout?: (props: PageLayoutProps) => ReactNode;
}

const MARGIN_BOXES: Record<number, readonly string[]> = {
  1: ['center'],
  2: ['left', 'right'],
  3: ['left', 'center', 'right'],
};

/** The CSS `content` of a margin box: the text, with the page number and count as counters. */
function marginContent(text: string): string {
  return text
    .split(new RegExp(`(${PAGE_NUMBER}|${PAGE_COUNT})`))
    .filter((part) => part !== '')
    .map((part) => (part === PAGE_NUMBER ? 'counter(page)' : part === PAGE_COUNT ? 'counter(pages)' : JSON.stringify(part)))
    .join(' ');
}

function plainText(node: ReactNode): string {
  return renderToStaticMarkup(<>{node}</>)
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'");
}

/** The page rules of the template's chrome: which edge it sits on (top or bottom), its texts left to right. */
function chromeRules(chrome: readonly ReactElement<CommonProps>[], fontFamily: string): string {
  return chrome
    .map((bar) => {
      const style = flatten(bar.props.style);
      const edge = style.bottom !== undefined ? 'bottom' : 'top';
      const texts = Children.toArray(bar.props.children).map(plainText);
      const boxes = MARGIN_BOXES[texts.length] ?? [];
      return texts
        .map((text, index) => `@${edge}-${boxes[index] ?? 'center'} { content: ${marginContent(text)}; font-family: ${fontFamily}; font-size: 7.5pt; }`)
        .join('\n');
    })
    .join('\n');
}

/** The page's content flows; its template's chrome becomes the @page margin boxes (a style element in the
 * body applies to the whole document). */
export function Page(props: PageProps) {
  const { paddingTop, paddingBottom, paddingHorizontal, ...contentStyle } = flatten(props.style);
  const content = <div style={{ ...cssOf(contentStyle), breakBefore: 'page' }}>{props.children}</div>;
  if (!props.layout) return content;
  const templated = props.layout({ children: content, pageNumber: PAGE_NUMBER as unknown as number, totalPages: PAGE_COUNT as unknown as number });
  const parts = isValidElement<{ children?: ReactNode }>(templated) ? Children.toArray(templated.props.children) : [templated];
  const chrome = parts.filter((part): part is ReactElement<CommonProps> => isValidElement(part) && part.type === View);
  const margins = [paddingTop, paddingHorizontal, paddingBottom, paddingHorizontal]
    .map((value) => `${typeof value === 'number' ? value : 0}pt`)
    .join(' ');
  const fontFamily = String(cssOf(contentStyle).fontFamily ?? 'sans-serif');
  const pageRule = `@page { size: ${props.size === 'LETTER' ? 'letter' : 'A4'}; margin: ${margins};\n${chromeRules(chrome, fontFamily)}\n}`;
  return (
    <>
      <style dangerouslySetInnerHTML={{ __html: pageRule }} />
      {content}
    </>
  );
}

interface FontSource {
  src: string;
  fontWeight?: string;
}

const fontFaces = new Map<string, string>();

export const Font = {
  register({ family, fonts }: { family: string; fonts: readonly FontSource[] }): void {
    for (const font of fonts) {
      const weight = font.fontWeight === 'bold' ? 700 : 400;
      fontFaces.set(`${family}|${weight}`, `@font-face { font-family: "${family}"; font-weight: ${weight}; src: url("file://${font.src}") format("truetype"); }`);
    }
  },
  registerHyphenationCallback(): void {},
};

export const StyleSheet = {
  create<T extends Record<string, Style>>(styles: T): T {
    return styles;
  },
};

export function Document(props: { children?: ReactNode; language?: string; title?: string }) {
  return <div lang={props.language}>{props.children}</div>;
}

/** The whole HTML document of a react-pdf Document element, ready for `page.pdf()`. */
export function htmlDocument(document: ReactElement, language: string): string {
  const body = renderToStaticMarkup(document);
  const head = [...fontFaces.values(), 'body { margin: 0; } p { margin: 0; }'].join('\n');
  return `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><style>${head}</style></head><body>${body}</body></html>`;
}
