// draw.js — puts the marks on the page.
//
// Preferred: the CSS Custom Highlight API. Ranges are registered in
// CSS.highlights and painted by ::highlight() rules; the page's DOM is never
// touched, so scripts, editors and frameworks on the page see nothing.
// Fallback (no Highlight API, or `mode: 'wrap'`): each marked stretch of a
// text node is split off and wrapped in the tool's own <sourcelight-mark>
// element, styled through the CSSOM (works under a strict CSP); clear()
// restores every text node and removes every wrapper, leaving the page's HTML
// byte-identical.
//
// Bundleable into an IIFE: no top-level await, no import.meta.

import { rangesFor } from './collect.js';

/** Mark classes: kind and state. Each has its own look, not colour alone. */
export const CLASSES = ['quote', 'quote-anonymous', 'number', 'number-unsourced', 'source'];

/**
 * Looks per class. `line` is the underline style (the non-colour cue), `bg`
 * a translucent background that reads on light and dark pages alike;
 * decorations use currentColor so they follow the page's text colour.
 */
const LOOK = {
  'quote': { bg: 'rgba(255, 196, 0, 0.30)', line: 'solid', thickness: '2px' },
  'quote-anonymous': { bg: 'rgba(255, 196, 0, 0.30)', line: 'dashed', thickness: '2px' },
  'number': { bg: 'rgba(0, 150, 255, 0.25)', line: 'double', thickness: '1px' },
  'number-unsourced': { bg: 'rgba(255, 50, 50, 0.28)', line: 'wavy', thickness: '1.5px' },
  'source': { bg: 'rgba(0, 190, 110, 0.30)', line: 'dotted', thickness: '3px' },
};
// Later entries paint over earlier ones where marks overlap (a number inside a quote).
const PRIORITY = { 'quote': 1, 'quote-anonymous': 1, 'number': 2, 'number-unsourced': 2, 'source': 3 };

/** Which annotation state a mark shows. */
export function classOf(ann) {
  if (ann.kind === 'quote') return ann.speaker ? 'quote' : 'quote-anonymous';
  if (ann.kind === 'number') {
    const sourced = typeof ann.sourced === 'boolean' ? ann.sourced : ann.source_id != null;
    return sourced ? 'number' : 'number-unsourced';
  }
  return 'source';
}

/** Whether this browser has the CSS Custom Highlight API. */
export function hasHighlightApi(win = globalThis) {
  return !!(win.CSS && win.CSS.highlights && typeof win.Highlight === 'function');
}

/**
 * The ::highlight() stylesheet text for a name prefix.
 *
 * `scope` is the selector of the elements the rules are written for. A bare
 * `::highlight()` rule matches every element, so adopting the sheet makes
 * the browser compute highlight styles for every element of the page (a
 * 1 MB article: ~50 ms of restyle in one frame). Chromium paints a custom
 * highlight with the nearest ancestor's ::highlight() style, so there the
 * rules sit on `:root` only and the restyle costs about what any new sheet
 * does; other engines get the rules on every element.
 * @param {string} [prefix]
 * @param {string} [scope] e.g. ':root', or '' for every element
 */
export function highlightCss(prefix = 'sourcelight', scope = '') {
  const rules = CLASSES.map((c) => {
    const l = LOOK[c];
    return `${scope}::highlight(${prefix}-${c}){background-color:${l.bg};text-decoration:underline ${l.line} currentColor ${l.thickness};text-underline-offset:3px;}`;
  });
  rules.push(`${scope}::highlight(${prefix}-lit){background-color:rgba(255,140,0,0.65);color:#000;text-decoration:underline solid #000 3px;}`);
  rules.push(`${scope}::highlight(${prefix}-active){background-color:Highlight;color:HighlightText;text-decoration:underline solid currentColor 3px;}`);
  return rules.join('\n');
}

/** The rule scope for a tree: `:root` where highlight styles come from ancestors (Chromium), else every element. */
function scopeFor(tree) {
  const win = (tree.ownerDocument || tree).defaultView || globalThis;
  // Blink: userAgentData.brands names Chromium (secure contexts), and its
  // user agent string says Chrome/ (Firefox's and Safari's do not).
  const nav = win.navigator || {};
  const brands = (nav.userAgentData && nav.userAgentData.brands) || [];
  const chromium = brands.some((b) => b.brand === 'Chromium') || /Chrome\/\d/.test(nav.userAgent || '');
  if (!chromium) return '';
  // A shadow tree has no :root; its host's highlight styles do not reach in.
  return tree.nodeType === 9 ? ':root' : '';
}

/**
 * Adds a stylesheet to a document or shadow root without touching its HTML
 * (adoptedStyleSheets); where that fails, a <style> element removed later.
 * @returns {() => void} undo
 */
function installSheet(tree, cssText) {
  const doc = tree.ownerDocument || tree;
  const win = doc.defaultView || globalThis;
  try {
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(cssText);
    tree.adoptedStyleSheets = [...tree.adoptedStyleSheets, sheet];
    return () => { tree.adoptedStyleSheets = tree.adoptedStyleSheets.filter((s) => s !== sheet); };
  } catch {
    const style = doc.createElement('style');
    style.textContent = cssText;
    (tree.head || tree).appendChild(style);
    return () => style.remove();
  }
}

/**
 * Shared, reference-counted ::highlight() sheets per tree. Adding a sheet to
 * a document makes Chromium restyle the whole page (every element's
 * highlight styles; ~30-60 ms on a 1 MB article), so the sheet is adopted
 * once, before drawing, and that restyle gets a frame of its own (`ready`).
 * A re-analysis keeps the sheet it had: removal waits one task and is skipped
 * if a new drawer took the sheet meanwhile.
 * @returns {{release: () => void, ready: Promise<unknown>}}
 */
const sharedSheets = new Map();
function acquireSheet(tree, cssText) {
  let entry = sharedSheets.get(tree);
  if (!entry) {
    const win = (tree.ownerDocument || tree).defaultView || globalThis;
    entry = { count: 0, undo: installSheet(tree, cssText), ready: afterNextFrame(win) };
    sharedSheets.set(tree, entry);
  }
  entry.count += 1;
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    entry.count -= 1;
    if (entry.count > 0) return;
    setTimeout(() => {
      if (entry.count > 0 || sharedSheets.get(tree) !== entry) return;
      sharedSheets.delete(tree);
      entry.undo();
    }, 0);
  };
  return { release, ready: entry.ready };
}

/**
 * Resolves once the browser has run its next rendering update (style,
 * layout, paint), so DOM or style changes made before the call are paid in
 * that frame, not together with whatever comes next. Resolves with roughly
 * how long that update took (ms). Falls back to a timer where no frames come
 * (a background tab).
 * @param {Window} [win]
 * @returns {Promise<number>}
 */
export function afterNextFrame(win = globalThis) {
  return new Promise((ok) => {
    let done = false;
    const finish = (ms) => {
      if (done) return;
      done = true;
      win.clearTimeout(timer);
      ok(ms);
    };
    const timer = win.setTimeout(() => finish(0), 100);
    win.requestAnimationFrame(() => {
      const t = performance.now();
      // rAF callbacks run at the start of the rendering update; a message
      // posted now is handled after it, style, layout and paint.
      const ch = new win.MessageChannel();
      ch.port1.onmessage = () => finish(performance.now() - t);
      ch.port2.postMessage(0);
    });
  });
}

/** Resolves after the browser had a chance to paint and handle input. */
export function yieldToBrowser() {
  if (globalThis.scheduler && typeof globalThis.scheduler.yield === 'function') return globalThis.scheduler.yield();
  return new Promise((ok) => {
    // A MessageChannel task runs sooner than setTimeout(0) (no 4 ms clamp).
    const ch = new MessageChannel();
    ch.port1.onmessage = () => ok();
    ch.port2.postMessage(0);
  });
}

/**
 * @typedef {object} Mark
 * @property {number} index the annotation's index in analysis.annotations
 * @property {object} ann the annotation
 * @property {string} cls its class (see CLASSES)
 * @property {Range[]} [ranges] highlight mode: its ranges
 * @property {Element[]} [elements] wrap mode: its wrappers
 */

/**
 * Creates a drawer.
 * @param {{mode?: 'auto'|'highlight'|'wrap', prefix?: string, sliceMs?: number,
 *          onMutate?: () => void}} [opts]
 *   onMutate is called after each batch of the drawer's own DOM changes
 *   (wrap mode) so the annotator can drop them from its MutationObserver.
 */
export function createDrawer({ mode = 'auto', prefix = 'sourcelight', sliceMs = 8, onMutate = () => {} } = {}) {
  const useHighlights = mode === 'highlight' || (mode === 'auto' && hasHighlightApi());
  return useHighlights ? highlightDrawer(prefix, sliceMs) : wrapDrawer(prefix, sliceMs, onMutate);
}

/**
 * Above this many ranges, only marks near the viewport are registered.
 * Chromium rebuilds the markers of every registered range in each frame
 * where any highlight, the DOM or any style changed (~20 µs a range): with
 * thousands registered, every such frame of the page (its own scripts too)
 * would cost tens of milliseconds.
 */
const WINDOW_MIN = 400;
/** How far outside the viewport marks stay registered (IntersectionObserver rootMargin). */
const WINDOW_MARGIN = '150% 0px';

function highlightDrawer(prefix, sliceMs) {
  const docs = new Map(); // Document → { highlights: {name: Highlight}, win }
  const sheets = new Map(); // tree → {release, ready}
  let lit = [];
  let active = null;
  let cancelled = false;
  // Windowed drawing: marks grouped by the element their first range starts
  // in; an IntersectionObserver per window says which elements are near.
  let windowed = false;
  const anchors = new Map(); // Element → Set<mark>
  const anchorOf = new Map(); // mark → Element
  const near = new Set(); // Elements near the viewport
  const observers = new Map(); // Window → IntersectionObserver
  const show = (m) => { for (const r of m.ranges || []) registryFor(r.startContainer.ownerDocument).highlights[m.cls].add(r); };
  const hide = (m) => { for (const r of m.ranges || []) registryFor(r.startContainer.ownerDocument).highlights[m.cls].delete(r); };
  const onIntersect = (entries) => {
    for (const e of entries) {
      const set = anchors.get(e.target);
      if (!set) continue;
      if (e.isIntersecting) {
        if (near.has(e.target)) continue;
        near.add(e.target);
        for (const m of set) show(m);
      } else if (near.delete(e.target)) {
        for (const m of set) hide(m);
      }
    }
  };
  const anchorElement = (m) => {
    const r = m.ranges && m.ranges[0];
    if (!r) return null;
    const n = r.startContainer;
    const p = n.parentNode;
    if (!p) return null;
    return p.nodeType === 1 ? p : p.host || null;
  };
  const watch = (m) => {
    const el = anchorElement(m);
    if (!el) { show(m); return; }
    anchorOf.set(m, el);
    let set = anchors.get(el);
    if (!set) {
      anchors.set(el, (set = new Set()));
      const win = el.ownerDocument.defaultView;
      let io = observers.get(win);
      if (!io) observers.set(win, (io = new win.IntersectionObserver(onIntersect, { rootMargin: WINDOW_MARGIN })));
      io.observe(el);
    }
    set.add(m);
    if (near.has(el)) show(m);
  };
  const unwatch = (m) => {
    const el = anchorOf.get(m);
    if (!el) return;
    anchorOf.delete(m);
    const set = anchors.get(el);
    if (!set) return;
    set.delete(m);
    if (!set.size) {
      anchors.delete(el);
      near.delete(el);
      const io = observers.get(el.ownerDocument.defaultView);
      if (io) io.unobserve(el);
    }
  };

  const registryFor = (doc) => {
    let entry = docs.get(doc);
    if (!entry) {
      const win = doc.defaultView;
      const highlights = {};
      for (const name of [...CLASSES, 'lit', 'active']) {
        const h = new win.Highlight();
        h.priority = name === 'active' ? 10 : name === 'lit' ? 9 : PRIORITY[name];
        highlights[name] = h;
      }
      entry = { highlights, win, registered: false };
      docs.set(doc, entry);
    }
    return entry;
  };
  // ::highlight() rules apply per tree: a shadow root needs its own sheet.
  const styleTree = (tree) => {
    let s = sheets.get(tree);
    if (!s) sheets.set(tree, (s = acquireSheet(tree, highlightCss(prefix, scopeFor(tree)))));
    return s;
  };
  const forEachRange = (list, fn) => {
    for (const m of list) for (const r of m.ranges || []) fn(registryFor(r.startContainer.ownerDocument).highlights, r);
  };

  const drawer = {
    mode: 'highlight',
    /**
     * Adopts the ::highlight() sheet for a tree ahead of drawing, so the
     * page restyle it causes happens while the analysis runs.
     * @param {Node} node any node of the tree (document or shadow root)
     */
    prepare(node) {
      if (!node) return;
      const tree = node.getRootNode ? node.getRootNode() : node;
      if (tree.nodeType === 9 || tree.nodeType === 11) styleTree(tree);
    },
    /**
     * Draws marks (adding to those already drawn); resolves when all are
     * drawn. Ranges are built in time slices; then, once every new sheet's
     * restyle has had its own frame, all are added to the registered
     * highlights at once: Chromium re-syncs every registered range in each
     * frame where a highlight changed, so adding them slice by slice would
     * cost O(ranges) per frame, many times over.
     */
    async draw(collected, marks) {
      let sliceStart = performance.now();
      const waits = new Set();
      for (const mark of marks) {
        if (cancelled) return;
        try {
          mark.ranges = rangesFor(collected, mark.ann.start, mark.ann.end);
        } catch {
          mark.ranges = []; // the page changed under us; the observer will redo it
        }
        for (const r of mark.ranges) waits.add(styleTree(r.startContainer.getRootNode()).ready);
        if (performance.now() - sliceStart > sliceMs) {
          await yieldToBrowser();
          sliceStart = performance.now();
        }
      }
      // Sheets adopted earlier have usually had their frame already.
      await Promise.all(waits);
      if (cancelled) return;
      if (!windowed && anchorOf.size === 0) {
        let n = 0;
        for (const [, entry] of docs) for (const name of CLASSES) n += entry.highlights[name].size;
        for (const mark of marks) n += mark.ranges.length;
        windowed = n > WINDOW_MIN;
      }
      for (const mark of marks) {
        // Each range is created once; which of them are registered changes.
        for (const r of mark.ranges) registryFor(r.startContainer.ownerDocument);
        if (windowed) watch(mark); else show(mark);
      }
      const wins = new Set();
      for (const [, entry] of docs) {
        if (!entry.registered) {
          entry.registered = true;
          for (const name of Object.keys(entry.highlights)) entry.win.CSS.highlights.set(`${prefix}-${name}`, entry.highlights[name]);
        }
        wins.add(entry.win);
      }
      if (!marks.length) return;
      // Resolve once the browser has painted them (and paid for it alone);
      // windowed, the observers report in the first frame, registering in
      // the next one.
      await Promise.all([...wins].map((w) => afterNextFrame(w)));
      if (windowed && !cancelled) await Promise.all([...wins].map((w) => afterNextFrame(w)));
    },
    /** Takes marks off the page (a re-analysis dropped them). */
    remove(marks) {
      const gone = new Set(marks);
      if (active && gone.has(active)) drawer.setActive(null);
      if (lit.some((m) => gone.has(m))) drawer.setLit(lit.filter((m) => !gone.has(m)));
      for (const m of marks) {
        hide(m);
        unwatch(m);
        m.ranges = [];
      }
    },
    /** Lights up a set of marks (a source and what it supports). */
    setLit(marks) {
      forEachRange(lit, (h, r) => h.lit.delete(r));
      lit = marks;
      forEachRange(lit, (h, r) => h.lit.add(r));
    },
    /** Shows one mark as the current one (keyboard navigation). */
    setActive(mark) {
      if (active) forEachRange([active], (h, r) => h.active.delete(r));
      active = mark;
      if (active) forEachRange([active], (h, r) => h.active.add(r));
    },
    /** A Range over the whole mark, for positioning and scrolling. */
    rangeOf(mark) {
      return mark.ranges && mark.ranges[0] ? mark.ranges[0] : null;
    },
    clear() {
      cancelled = true;
      for (const [, { highlights, win }] of docs) {
        for (const name of Object.keys(highlights)) {
          if (win.CSS.highlights.get(`${prefix}-${name}`) === highlights[name]) win.CSS.highlights.delete(`${prefix}-${name}`);
        }
      }
      docs.clear();
      for (const io of observers.values()) io.disconnect();
      observers.clear();
      anchors.clear();
      anchorOf.clear();
      near.clear();
      for (const s of sheets.values()) s.release();
      sheets.clear();
    },
  };
  return drawer;
}

/** Target cost of one rendering update while the wrap fallback draws (ms). */
const FRAME_MS = 30;

function wrapDrawer(prefix, sliceMs, onMutate) {
  const TAG = `${prefix}-mark`;
  /** Restore records: { node, data, parts } per split text node. */
  const restore = [];
  const markOf = new WeakMap();
  let cancelled = false;
  let lit = [];
  let active = null;

  const paint = (el, cls) => {
    const l = LOOK[cls];
    const s = el.style;
    s.backgroundColor = l.bg;
    s.textDecoration = `underline ${l.line} currentColor ${l.thickness}`;
    s.textUnderlineOffset = '3px';
  };
  const paintState = (mark) => {
    const isActive = mark === active;
    const isLit = lit.includes(mark);
    for (const el of mark.elements || []) {
      paint(el, mark.cls);
      if (isLit) { el.style.backgroundColor = 'rgba(255,140,0,0.65)'; el.style.color = '#000'; }
      else el.style.color = '';
      el.style.outline = isActive ? '2px solid Highlight' : '';
    }
  };

  return {
    mode: 'wrap',
    prepare() {},
    async draw(collected, marks) {
      // Which marks touch each text segment: cut each node once at every
      // mark boundary inside it, so nested marks (a number in a quote) wrap
      // the same pieces and unwrapping is exact.
      const perSegment = new Map();
      for (const mark of marks) {
        mark.elements = [];
        const { start, end } = mark.ann;
        for (const r of segmentsOverlapping(collected, start, end)) {
          let list = perSegment.get(r);
          if (!list) perSegment.set(r, (list = []));
          list.push(mark);
        }
      }
      // Each batch of DOM changes is followed by a rendering update of its
      // own, so the restyle and relayout it causes stay bounded; the batch
      // size follows how long the last update took (aiming at FRAME_MS).
      const segs = [...perSegment.keys()].sort((a, b) => a - b);
      const win = (collected.nodes[0] && collected.nodes[0].ownerDocument.defaultView) || globalThis;
      let batch = 128;
      let k = 0;
      while (k < segs.length) {
        if (cancelled) return;
        const sliceStart = performance.now();
        const stop = Math.min(segs.length, k + batch);
        for (; k < stop && performance.now() - sliceStart <= sliceMs; k++) {
          try {
            wrapSegment(collected, segs[k], perSegment.get(segs[k]));
          } catch {
            // the node changed under us; the observer will redo it
          }
        }
        onMutate();
        // A frame on a big page has a fixed part (block layout over all of
        // the article's children, pre-paint, paint: ~15-30 ms on 1 MB)
        // whatever the batch; aim the whole frame at FRAME_MS.
        const renderMs = await afterNextFrame(win);
        if (renderMs > FRAME_MS) batch = Math.max(64, Math.floor(batch * 0.6));
        else if (renderMs < FRAME_MS * 0.75) batch = Math.min(4096, Math.ceil(batch * 1.5));
      }
      onMutate();
    },
    setLit(marks) {
      const before = lit;
      lit = marks;
      for (const m of before) paintState(m);
      for (const m of lit) paintState(m);
      onMutate();
    },
    setActive(mark) {
      const before = active;
      active = mark;
      if (before) paintState(before);
      if (active) paintState(active);
      onMutate();
    },
    rangeOf(mark) {
      const els = mark.elements || [];
      if (!els.length) return null;
      const r = els[0].ownerDocument.createRange();
      r.setStartBefore(els[0]);
      if (els[els.length - 1].getRootNode() === els[0].getRootNode()) r.setEndAfter(els[els.length - 1]);
      else r.setEndAfter(els[0]);
      return r;
    },
    /** The mark under an event target, if any (wrap mode hit testing). */
    markAt(target) {
      for (let el = target; el; el = el.parentNode) {
        const m = markOf.get(el);
        if (m) return m;
      }
      return null;
    },
    clear() {
      cancelled = true;
      // Newest first, so a node wrapped late is back in place before older records run.
      while (restore.length) unwrapOne();
      onMutate();
    },
    /**
     * Like clear(), in batches with a rendering frame each (a re-analysis
     * redraws on a big page without one long relayout). Resolves when done.
     */
    async clearGradually() {
      cancelled = true;
      const win = restore.length ? restore[0].node.ownerDocument.defaultView : globalThis;
      let batch = 256;
      while (restore.length) {
        for (let k = 0; k < batch && restore.length; k++) unwrapOne();
        onMutate();
        if (!restore.length) break;
        const renderMs = await afterNextFrame(win);
        if (renderMs > FRAME_MS) batch = Math.max(64, Math.floor(batch * 0.6));
        else if (renderMs < FRAME_MS * 0.75) batch = Math.min(4096, Math.ceil(batch * 1.5));
      }
    },
  };

  function unwrapOne() {
    const { node, data, parts, pieces, pieceData } = restore.pop();
    try {
      // If the page edited the node it holds (our head piece), its edit
      // stands: it meant the whole text; if it edited other pieces, keep
      // what the pieces now say. Untouched: the original text.
      const headEdited = node.data !== pieceData[0];
      const restEdited = pieces.some((t, k) => k > 0 && t.data !== pieceData[k]);
      const text = restEdited ? pieces.map((t) => t.data).join('') : headEdited ? node.data : data;
      const first = parts[0];
      if (first.parentNode) first.parentNode.insertBefore(node, first);
      for (const p of parts) if (p !== node) p.remove();
      if (node.data !== text) node.data = text;
    } catch { /* the page removed it meanwhile */ }
  }


  function wrapSegment(c, i, segMarks) {
    const node = c.nodes[i];
    const base = c.starts[i];
    const off = c.nodeStarts[i];
    const len = c.lens[i];
    const cuts = new Set([off, off + len]);
    for (const m of segMarks) {
      cuts.add(off + Math.min(Math.max(m.ann.start - base, 0), len));
      cuts.add(off + Math.min(Math.max(m.ann.end - base, 0), len));
    }
    const points = [...cuts].sort((a, b) => a - b);
    const original = node.data;
    // Split from the end so earlier offsets stay valid; `node` keeps the head.
    const pieces = [];
    let tail = node;
    const heads = [];
    for (let k = points.length - 1; k >= 0; k--) {
      const p = points[k];
      if (p > 0 && p < tail.data.length + 0) {
        heads.push(tail.splitText(p));
      }
    }
    // heads are the pieces after each cut, last cut first; rebuild in order
    pieces.push(node, ...heads.reverse());
    // Offsets of each piece within the original node.
    const parts = [];
    let pos = 0;
    for (const piece of pieces) {
      const pStart = pos;
      const pEnd = pos + piece.data.length;
      pos = pEnd;
      const covering = segMarks
        .filter((m) => m.ann.start - base + off <= pStart && m.ann.end - base + off >= pEnd && pEnd > pStart)
        .sort((a, b) => (a.ann.end - a.ann.start) - (b.ann.end - b.ann.start)); // innermost first
      let top = piece;
      for (const m of covering) {
        const el = node.ownerDocument.createElement(TAG);
        markOf.set(el, m);
        paint(el, m.cls);
        top.parentNode.insertBefore(el, top);
        el.appendChild(top);
        m.elements.push(el);
        top = el;
      }
      parts.push(top);
    }
    restore.push({ node, data: original, parts, pieces, pieceData: pieces.map((t) => t.data) });
  }
}

/** Indices of the collected segments that [start, end) overlaps. */
function* segmentsOverlapping(c, start, end) {
  const { starts, lens } = c;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= start) lo = mid; else hi = mid - 1;
  }
  for (let i = lo; i < starts.length && starts[i] < end; i++) {
    if (starts[i] + lens[i] > start) yield i;
  }
}
