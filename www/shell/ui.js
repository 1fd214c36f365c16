// ui.js — the tooltip and the summary panel, inside a shadow root under the
// tool's own <sourcelight-ui> element, so page CSS cannot restyle them and
// their CSS cannot leak into the page. Every string from the page or the
// analysis is inserted as text (textContent), never as HTML.
//
// Their words come from strings.js, in the UI language (`uiLang`: English or
// Romanian); numbers are written the way that language writes them.
//
// Bundleable into an IIFE: no top-level await, no import.meta.

import { plural, stringsFor } from './strings.js';

/** Entries per panel list before a "show more" button. */
const PAGE = 50;

/**
 * Formats a normalised value the way a reader checks it: full digits with
 * thousands separators (`1e11` → `100,000,000,000` in English,
 * `100.000.000.000` in Romanian), up to 6 decimals.
 * By hand rather than Intl.NumberFormat: creating the first Intl formatter
 * costs ~15 ms of ICU loading on the page's main thread.
 * @param {number} value
 * @param {string} [uiLang='en'] 'en' | 'ro'
 */
export function formatValue(value, uiLang = 'en') {
  const t = stringsFor(uiLang);
  if (typeof value !== 'number' || !Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (abs >= 1e21) return value.toExponential();
  const fixed = abs.toFixed(6);
  let [int, frac] = fixed.split('.');
  frac = frac.replace(/0+$/, '');
  int = int.replace(/\B(?=(\d{3})+(?!\d))/g, t.group);
  const out = frac ? `${int}${t.decimal}${frac}` : int;
  return value < 0 && out !== '0' ? `-${out}` : out;
}

/** A number annotation's normalised value with unit and range: `100,000,000,000 USD`. */
export function formatQuantity(ann, uiLang = 'en') {
  const unit = ann.unit ? (ann.unit === '%' ? '%' : ` ${ann.unit}`) : '';
  const low = formatValue(ann.value, uiLang) + unit;
  if (ann.high != null) return `${low} – ${formatValue(ann.high, uiLang)}${unit}`;
  return low;
}

/**
 * What a tooltip says about an annotation: a title and label/value rows.
 * @param {object} ann the annotation
 * @param {object} analysis the whole analysis (to name linked sources)
 * @param {string} [uiLang='en'] 'en' | 'ro': the words and number format
 * @returns {{title: string, rows: [string, string][]}}
 */
export function describe(ann, analysis, uiLang = 'en') {
  const t = stringsFor(uiLang);
  const sources = (analysis && analysis.summary && analysis.summary.sources) || [];
  const typeLabel = (type) => t.types[type] || type;
  const sourceName = (id) => {
    const s = sources.find((x) => x.id === id);
    return s ? `${s.name} (${typeLabel(s.type)})` : null;
  };
  if (ann.kind === 'quote') {
    const rows = [[t.speaker, ann.speaker || t.speakerAnonymous]];
    rows.push([t.cue, ann.cue || '—']);
    return { title: ann.speaker ? t.quote : t.quoteAnonymous, rows };
  }
  if (ann.kind === 'number') {
    const rows = [[t.value, formatQuantity(ann, uiLang)]];
    if (ann.high != null) rows.push([t.range, t.rangeText(formatValue(ann.value, uiLang), formatValue(ann.high, uiLang))]);
    rows.push([t.approximation, ann.approx ? `${t.approx[ann.approx] || ann.approx} (${ann.approx})` : t.exact]);
    const sourced = typeof ann.sourced === 'boolean' ? ann.sourced : ann.source_id != null;
    rows.push([t.source, sourced ? (sourceName(ann.source_id) || t.sourced) : t.noSource]);
    return { title: sourced ? t.numeric : t.numericUnsourced, rows };
  }
  const rows = [[t.name, ann.name || ann.text], [t.type, typeLabel(ann.type) || '—'], [t.cue, ann.cue || '—']];
  const entry = sources.find((x) => x.id === ann.source_id);
  if (entry && entry.supports) {
    rows.push([t.supports, `${plural(entry.supports.quotes.length, t.nQuotes)}, ${plural(entry.supports.numbers.length, t.nClaims)}`]);
  }
  return { title: t.source, rows };
}

/** One line for a screen reader or a list entry. */
export function summarize(ann, analysis, uiLang = 'en') {
  const { title, rows } = describe(ann, analysis, uiLang);
  return `${title}: ${clip(ann.text, 80)}. ${rows.map(([k, v]) => `${k}: ${v}`).join('; ')}`;
}

function clip(s, n) {
  s = String(s).replace(/\s+/g, ' ').trim();
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

const CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.wrap { font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #111; color-scheme: light dark; }
.tip { position: fixed; z-index: 2147483647; max-width: min(360px, 90vw); padding: 8px 10px; border-radius: 6px;
  background: #fff; color: #111; border: 1px solid #888; box-shadow: 0 4px 16px rgba(0,0,0,.25); font: 13px/1.4 system-ui, sans-serif; }
.tip[hidden] { display: none; }
.tip h2 { font-size: 13px; margin: 0 0 4px; }
.tip dl { margin: 0; display: grid; grid-template-columns: auto 1fr; gap: 2px 8px; }
.tip dt { font-weight: 600; }
.tip dd { margin: 0; overflow-wrap: anywhere; }
.panel { background: #fff; color: #111; border: 1px solid #888; border-radius: 8px; padding: 10px 12px; overflow: auto; }
.panel.fixed { position: fixed; z-index: 2147483646; top: 12px; right: 12px; width: 320px; max-height: calc(100vh - 24px);
  box-shadow: 0 4px 20px rgba(0,0,0,.25); }
.panel[hidden] { display: none; }
.panel h2 { font-size: 15px; margin: 0 0 6px; }
.panel h3 { font-size: 13px; margin: 10px 0 4px; text-transform: uppercase; letter-spacing: .03em; }
.panel ul { list-style: none; margin: 0; padding: 0; }
.panel li { margin: 2px 0; }
.panel button { font: inherit; color: inherit; background: transparent; border: 1px solid transparent; border-radius: 4px;
  padding: 3px 5px; text-align: left; width: 100%; cursor: pointer; }
.panel button:hover, .panel button:focus-visible { border-color: currentColor; outline: none; }
.panel button[aria-pressed="true"] { background: rgba(255,140,0,.35); border-color: currentColor; font-weight: 600; }
.panel .bar { display: flex; gap: 6px; align-items: center; }
.panel .bar button { width: auto; border-color: #888; }
.panel .muted { opacity: .75; font-size: 12px; }
.key { display: inline-block; min-width: 1.6em; text-align: center; font-size: 11px; border: 1px solid currentColor; border-radius: 3px; margin-right: 4px; }
.k-quote { border-bottom: 2px solid currentColor; }
.k-quote-anonymous { border-bottom: 2px dashed currentColor; }
.k-number { border-bottom: 3px double currentColor; }
.k-number-unsourced { border-bottom: 2px dotted currentColor; text-decoration: underline wavy; }
.k-source { border-bottom: 3px dotted currentColor; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (prefers-color-scheme: dark) {
  .wrap, .tip, .panel { color: #eee; }
  .tip, .panel { background: #1e1f22; border-color: #777; }
}
`;

/**
 * Creates the tool's UI host and its shadow root.
 * @param {object} opts
 * @param {Document} opts.doc
 * @param {Element} [opts.container] where the panel sits inline (the demo); default: fixed on the page
 * @param {boolean} [opts.panel=true] show the summary panel
 * @param {'open'|'closed'} [opts.shadowMode='open']
 * @param {'en'|'ro'} [opts.uiLang='en'] the UI's language (resolved: see strings.js resolveUiLang)
 * @param {object} opts.handlers {onSource(id), onSelect(index), onNav(dir), onClose()}
 */
export function createUI({ doc, container = null, panel = true, shadowMode = 'open', uiLang = 'en', handlers }) {
  const t = stringsFor(uiLang);
  const host = doc.createElement('sourcelight-ui');
  // The UI's own language, for screen readers and hyphenation (the host is
  // removed by clear(), so the page is unchanged).
  host.setAttribute('lang', uiLang);
  // Page CSS can still reach the host element itself (`sourcelight-ui
  // {display:none}`); inline !important declarations outrank any stylesheet.
  for (const [k, v] of [['display', 'block'], ['visibility', 'visible'], ['opacity', '1'], ['position', 'static'], ['transform', 'none'], ['filter', 'none']]) {
    host.style.setProperty(k, v, 'important');
  }
  const shadow = host.attachShadow({ mode: shadowMode });
  try {
    const sheet = new doc.defaultView.CSSStyleSheet();
    sheet.replaceSync(CSS);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    const style = doc.createElement('style');
    style.textContent = CSS;
    shadow.appendChild(style);
  }
  const el = (tag, props = {}, ...children) => {
    const e = doc.createElement(tag);
    for (const [k, v] of Object.entries(props)) {
      if (k === 'text') e.textContent = v;
      else if (k === 'class') e.className = v;
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v);
    }
    for (const c of children) if (c) e.appendChild(c);
    return e;
  };

  const wrap = el('div', { class: 'wrap' });
  const tip = el('div', { class: 'tip', role: 'tooltip', id: 'sl-tip', hidden: '' });
  const status = el('div', { class: 'sr', role: 'status', 'aria-live': 'polite' });
  const panelEl = el('section', { class: `panel${container ? '' : ' fixed'}`, role: 'complementary', 'aria-label': t.panelLabel });
  if (!panel) panelEl.hidden = true;
  wrap.append(panelEl, tip, status);
  shadow.appendChild(wrap);
  // The host goes after <body> (outside any article) unless the caller gave a place.
  (container || doc.documentElement).appendChild(host);

  let sourceButtons = new Map();

  const ui = {
    host,
    shadow,
    /** Renders counts, sources, unsourced claims and anonymous quotes. */
    renderPanel(analysis) {
      panelEl.replaceChildren();
      sourceButtons = new Map();
      const anns = analysis.annotations || [];
      const s = analysis.summary || { counts: {}, sources: [], unsourced: [], anonymous: [] };
      const c = s.counts || {};
      panelEl.append(
        el('div', { class: 'bar' },
          el('h2', { text: 'sourcelight', id: 'sl-title' }),
          el('span', { class: 'muted', text: `${t.languageLabel}: ${t.languages[analysis.language] || analysis.language || '?'}` })),
        el('p', { class: 'counts', 'data-testid': 'counts', text: `${plural(c.quote || 0, t.nQuotes)} · ${plural(c.number || 0, t.nNumbers)} · ${plural(c.source || 0, t.nSourceMentions)}` }),
        el('div', { class: 'bar' },
          el('button', { type: 'button', 'aria-keyshortcuts': 'Alt+Shift+P', title: t.prevTitle, onclick: () => handlers.onNav(-1), text: t.prev }),
          el('button', { type: 'button', 'aria-keyshortcuts': 'Alt+Shift+N', title: t.nextTitle, onclick: () => handlers.onNav(1), text: t.next }),
          container ? null : el('button', { type: 'button', 'aria-label': t.close, title: t.close, onclick: () => handlers.onClose(), text: '✕' })),
        legend(),
        el('p', { class: 'muted keys', text: t.keyboardHelp }),
      );
      // `key` names the list for tests and styles, whatever the UI language.
      const section = (key, title, items, render) => {
        const id = `sl-h-${key}`;
        const list = el('ul', { 'aria-labelledby': id });
        if (!items.length) list.append(el('li', { class: 'muted', text: t.none }));
        // Long lists (a 1 MB page has thousands of claims) render in pages of
        // PAGE items, so the panel never costs a long main-thread task.
        const more = (from) => {
          for (const item of items.slice(from, from + PAGE)) list.append(el('li', {}, render(item)));
          if (from + PAGE < items.length) {
            const li = el('li', {}, el('button', {
              type: 'button', class: 'more', text: t.showMore(Math.min(PAGE, items.length - from - PAGE), items.length - from - PAGE),
              onclick: () => { li.remove(); more(from + PAGE); },
            }));
            list.append(li);
          }
        };
        more(0);
        panelEl.append(el('h3', { id, text: `${title} (${items.length})` }), list);
      };
      section('sources-cited', t.headSources, s.sources || [], (src) => {
        const sup = src.supports || { quotes: [], numbers: [] };
        const b = el('button', {
          type: 'button', 'aria-pressed': 'false', 'data-source-id': String(src.id),
          onclick: () => handlers.onSource(src.id),
        }, el('span', { text: src.name }), el('span', {
          class: 'muted',
          text: ` — ${t.types[src.type] || src.type}; ${plural((src.mentions || []).length, t.nMentions)}, ${plural(sup.quotes.length, t.nQuotes)}, ${plural(sup.numbers.length, t.nClaims)}`,
        }));
        sourceButtons.set(src.id, b);
        return b;
      });
      const markButton = (i) => el('button', {
        type: 'button', 'data-index': String(i),
        onclick: () => handlers.onSelect(i),
        onfocus: () => handlers.onPreview && handlers.onPreview(i),
        'aria-label': anns[i] ? summarize(anns[i], analysis, uiLang) : '',
        text: anns[i] ? clip(anns[i].text, 90) : '?',
      });
      section('unsourced-numeric-claims', t.headUnsourced, s.unsourced || [], markButton);
      section('anonymous-quotes', t.headAnonymous, s.anonymous || [], markButton);
    },
    /** Marks which source is lit (aria-pressed). */
    setLitSource(id) {
      for (const [sid, b] of sourceButtons) b.setAttribute('aria-pressed', String(sid === id));
    },
    /**
     * Shows the tooltip for an annotation next to a rectangle (viewport coordinates).
     */
    showTooltip(ann, analysis, rect) {
      const { title, rows } = describe(ann, analysis, uiLang);
      const dl = el('dl');
      for (const [k, v] of rows) dl.append(el('dt', { text: k }), el('dd', { text: v }));
      tip.replaceChildren(el('h2', { text: title }), dl);
      tip.dataset.kind = ann.kind;
      tip.hidden = false;
      const view = doc.defaultView;
      const w = tip.offsetWidth;
      const h = tip.offsetHeight;
      let left = rect ? rect.left : 8;
      let top = rect ? rect.bottom + 6 : 8;
      if (top + h > view.innerHeight - 4 && rect) top = Math.max(4, rect.top - h - 6);
      left = Math.max(4, Math.min(left, view.innerWidth - w - 4));
      tip.style.left = `${left}px`;
      tip.style.top = `${top}px`;
    },
    hideTooltip() {
      tip.hidden = true;
    },
    get tooltipVisible() { return !tip.hidden; },
    /** The UI language ('en' | 'ro') and its strings. */
    uiLang,
    strings: t,
    /** One line about an annotation, in the UI language (for announce()). */
    summarize: (ann, analysis) => summarize(ann, analysis, uiLang),
    /** "CNN: 3 marks lit", in the UI language. */
    litMessage: (name, count) => t.lit(name, plural(count, t.nMarks)),
    /** Tells screen readers what happened (the current mark). */
    announce(text) {
      status.textContent = text;
    },
    destroy() {
      host.remove();
    },
  };
  return ui;

  function legend() {
    const item = (cls, label) => el('li', {}, el('span', { class: `key k-${cls}`, 'aria-hidden': 'true', text: 'ab' }), el('span', { text: label }));
    return el('ul', { class: 'legend muted', 'aria-label': t.legend },
      item('quote', t.legendQuote),
      item('quote-anonymous', t.legendQuoteAnonymous),
      item('number', t.legendNumber),
      item('number-unsourced', t.legendNumberUnsourced),
      item('source', t.legendSource));
  }
}
