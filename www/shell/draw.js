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

/** The ::highlight() stylesheet text for a name prefix. */
export function highlightCss(prefix = 'sourcelight') {
  const rules = CLASSES.map((c) => {
    const l = LOOK[c];
    return `::highlight(${prefix}-${c}){background-color:${l.bg};text-decoration:underline ${l.line} currentColor ${l.thickness};text-underline-offset:3px;}`;
  });
  rules.push(`::highlight(${prefix}-lit){background-color:rgba(255,140,0,0.65);color:#000;text-decoration:underline solid #000 3px;}`);
  rules.push(`::highlight(${prefix}-active){background-color:Highlight;color:HighlightText;text-decoration:underline solid currentColor 3px;}`);
  return rules.join('\n');
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
 * a document makes Chromium restyle the whole page (~100+ ms on a 1 MB
 * article), so a re-analysis (clear + redraw) keeps the sheet it had: removal
 * waits one task and is skipped if a new drawer took the sheet meanwhile.
 */
const sharedSheets = new Map();
function acquireSheet(tree, cssText) {
  let entry = sharedSheets.get(tree);
  if (!entry) {
    entry = { count: 0, undo: installSheet(tree, cssText) };
    sharedSheets.set(tree, entry);
  }
  entry.count += 1;
  return () => {
    entry.count -= 1;
    if (entry.count > 0) return;
    setTimeout(() => {
      if (entry.count > 0 || sharedSheets.get(tree) !== entry) return;
      sharedSheets.delete(tree);
      entry.undo();
    }, 0);
  };
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

function highlightDrawer(prefix, sliceMs) {
  const docs = new Map(); // Document → { highlights: {name: Highlight}, win }
  const undo = [];
  const styledTrees = new Set();
  let lit = [];
  let active = null;
  let cancelled = false;

  // Highlights are filled first and registered in CSS.highlights once all
  // ranges are in: Chromium re-syncs every registered range on each frame
  // where a highlight changed, so registering early would cost O(ranges) per
  // drawing slice.
  let registered = false;
  const register = (entry) => {
    for (const name of Object.keys(entry.highlights)) entry.win.CSS.highlights.set(`${prefix}-${name}`, entry.highlights[name]);
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
      entry = { highlights, win };
      docs.set(doc, entry);
      if (registered) register(entry);
    }
    return entry;
  };
  const styleTree = (tree) => {
    if (styledTrees.has(tree)) return;
    styledTrees.add(tree);
    undo.push(acquireSheet(tree, highlightCss(prefix)));
  };

  return {
    mode: 'highlight',
    /** Draws marks in time slices; resolves when all are drawn. */
    async draw(collected, marks) {
      let sliceStart = performance.now();
      for (const mark of marks) {
        if (cancelled) return;
        try {
          mark.ranges = rangesFor(collected, mark.ann.start, mark.ann.end);
        } catch {
          mark.ranges = []; // the page changed under us; the observer will redo it
        }
        for (const r of mark.ranges) {
          const doc = r.startContainer.ownerDocument;
          registryFor(doc).highlights[mark.cls].add(r);
          // ::highlight() rules apply per tree: a shadow root needs its own.
          styleTree(r.startContainer.getRootNode());
        }
        if (performance.now() - sliceStart > sliceMs) {
          await yieldToBrowser();
          sliceStart = performance.now();
        }
      }
      if (cancelled) return;
      registered = true;
      for (const entry of docs.values()) register(entry);
    },
    /** Lights up a set of marks (a source and what it supports). */
    setLit(marks) {
      for (const m of lit) for (const r of m.ranges || []) registryFor(r.startContainer.ownerDocument).highlights.lit.delete(r);
      lit = marks;
      for (const m of lit) for (const r of m.ranges || []) registryFor(r.startContainer.ownerDocument).highlights.lit.add(r);
    },
    /** Shows one mark as the current one (keyboard navigation). */
    setActive(mark) {
      if (active) for (const r of active.ranges || []) registryFor(r.startContainer.ownerDocument).highlights.active.delete(r);
      active = mark;
      if (active) for (const r of active.ranges || []) registryFor(r.startContainer.ownerDocument).highlights.active.add(r);
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
      while (undo.length) undo.pop()();
      styledTrees.clear();
    },
  };
}

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
      let sliceStart = performance.now();
      const segs = [...perSegment.keys()].sort((a, b) => a - b);
      for (const i of segs) {
        if (cancelled) return;
        try {
          wrapSegment(collected, i, perSegment.get(i));
        } catch {
          // the node changed under us; the observer will redo it
        }
        if (performance.now() - sliceStart > sliceMs) {
          onMutate();
          await yieldToBrowser();
          sliceStart = performance.now();
        }
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
      while (restore.length) {
        const { node, data, parts } = restore.pop();
        try {
          const first = parts[0];
          if (first.parentNode) first.parentNode.insertBefore(node, first);
          for (const p of parts) if (p !== node) p.remove();
          node.data = data;
        } catch { /* the page removed it meanwhile */ }
      }
      onMutate();
    },
  };

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
    restore.push({ node, data: original, parts });
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
