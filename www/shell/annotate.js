// annotate.js — orchestration: find the article, collect its text, have it
// analysed (by whatever `options.analyzer` the caller gives: the page's
// worker, or the extension's background), draw the marks in time slices,
// show the UI, follow the keyboard and the pointer, and re-analyse when the
// page changes.
//
// No wasm here and no import.meta: the extension bundles this file (with
// collect.js, draw.js, ui.js) into one IIFE content script.

import { collectText, findArticle, offsetOf } from './collect.js';
import { classOf, createDrawer, yieldToBrowser } from './draw.js';
import { createUI, summarize } from './ui.js';

/**
 * @typedef {object} AnnotateOptions
 * @property {(text: string, opts: {lang: string, pageLang?: string}) => Promise<object>} analyzer
 *   runs the core; required here (sourcelight.js supplies a Web Worker one)
 * @property {'auto'|'en'|'ro'} [lang='auto'] language; on auto the page's `lang` is passed as pageLang
 * @property {'auto'|'highlight'|'wrap'} [mode='auto'] drawing: CSS highlights, or the wrap fallback
 * @property {Element} [panelContainer] put the summary panel inline here (default: fixed on the page)
 * @property {boolean} [panel=true] show the summary panel
 * @property {boolean} [observe=true] re-analyse when the article changes
 * @property {number} [debounceMs=400] quiet time before re-analysing
 * @property {number} [sliceMs=8] longest stretch of drawing work before yielding
 * @property {'open'|'closed'} [shadowMode='open'] the UI's shadow root mode
 * @property {(handle: Handle) => void} [onUpdate] called after every (re)draw
 */

/**
 * @typedef {object} Handle
 * @property {object} analysis the latest analysis
 * @property {Array<{index:number, ann:object, cls:string}>} marks one per annotation, in order
 * @property {string} text the collected article text that was analysed
 * @property {Element} root the article root
 * @property {'highlight'|'wrap'} mode how marks are drawn
 * @property {{analyses: number, lastMs: number}} stats
 * @property {() => void} clear removes every mark and the UI, stops observing
 * @property {() => object|null} next moves to the next mark and opens its tooltip
 * @property {() => object|null} prev moves to the previous mark
 * @property {(index: number) => void} show scrolls to an annotation and opens its tooltip
 * @property {(id: number|null) => number[]} lightSource lights up a source's marks; returns their indices
 * @property {() => Promise<void>} refresh re-collects, re-analyses and redraws now
 */

/**
 * Annotates a live page.
 * @param {Element|Range|Selection|Document|null|undefined} target the article root; a Range or
 *   Selection (the user's selection); a Document or nothing to detect the article
 * @param {AnnotateOptions} options
 * @returns {Promise<Handle>} resolves once every mark is drawn
 */
export async function annotate(target, options = {}) {
  if (typeof options.analyzer !== 'function') throw new TypeError('sourcelight: annotate needs options.analyzer');
  const doc = docOf(target);
  const detect = target == null || target.nodeType === 9;
  let root = resolveRoot(target, doc);
  const lang = options.lang || 'auto';
  const started = performance.now();

  let collected = null;
  let marks = [];
  let byStart = [];
  let maxLen = 0;
  let current = -1;
  let litSource = null;
  let observer = null;
  let timer = 0;
  let cleared = false;
  let generation = 0;
  const stats = { analyses: 0, lastMs: 0, firstMs: 0 };
  const cleanups = [];

  const drawerOptions = {
    mode: options.mode || 'auto', sliceMs: options.sliceMs ?? 8,
    // Our own wrap-mode DOM changes must not wake the observer (no loops).
    onMutate: () => { if (observer) observer.takeRecords(); },
  };
  let drawer = createDrawer(drawerOptions);

  const handle = {
    analysis: null, marks, text: '', root, mode: drawer.mode, stats,
    clear, next: () => step(1), prev: () => step(-1), show, lightSource, refresh,
    /** The tool's UI host element (its shadow root holds panel and tooltip). */
    get ui() { return ui; },
  };

  const ui = createUI({
    doc,
    container: options.panelContainer || null,
    panel: options.panel !== false,
    shadowMode: options.shadowMode || 'open',
    handlers: {
      onSource: (id) => lightSource(litSource === id ? null : id, true),
      onSelect: (i) => show(i, true),
      onPreview: (i) => show(i, false),
      onNav: (dir) => step(dir),
      onClose: () => clear(),
    },
  });

  await run();
  stats.firstMs = performance.now() - started;
  bindEvents();
  if (options.observe !== false) startObserver();
  return handle;

  /** One full pass: collect → analyse → draw → panel. */
  async function run() {
    const gen = ++generation;
    const t0 = performance.now();
    if (detect && !root.isConnected) root = handle.root = findArticle(doc);
    // Collect in slices so a huge page keeps responding.
    const it = collectText(root);
    let sliceStart = performance.now();
    let res;
    while (!(res = it.next()).done) {
      if (performance.now() - sliceStart > (options.sliceMs ?? 8)) {
        await yieldToBrowser();
        sliceStart = performance.now();
      }
    }
    const c = res.value;
    const pageLang = lang === 'auto' ? pageLangOf(root, doc) : undefined;
    stats.collectMs = performance.now() - t0;
    const tAnalyze = performance.now();
    const analysis = await options.analyzer(c.text, pageLang ? { lang, pageLang } : { lang });
    if (cleared || gen !== generation) return;
    stats.analyzeMs = performance.now() - tAnalyze;
    stats.analyses += 1;
    // Swap in the new marks only now, so the old ones stay until replaced.
    drawer.clear();
    drawer = createDrawer(drawerOptions);
    collected = c;
    handle.text = c.text;
    handle.analysis = analysis;
    marks = (analysis.annotations || []).map((ann, index) => ({ index, ann, cls: classOf(ann) }));
    handle.marks = marks;
    byStart = marks.slice().sort((a, b) => a.ann.start - b.ann.start || b.ann.end - a.ann.end);
    maxLen = marks.reduce((m, x) => Math.max(m, x.ann.end - x.ann.start), 0);
    current = -1;
    litSource = null;
    const tPanel = performance.now();
    ui.renderPanel(analysis);
    ui.hideTooltip();
    stats.panelMs = performance.now() - tPanel;
    const tDraw = performance.now();
    await drawer.draw(c, marks);
    stats.drawMs = performance.now() - tDraw;
    if (observer) observer.takeRecords();
    stats.lastMs = performance.now() - t0;
    if (options.onUpdate) options.onUpdate(handle);
  }

  async function refresh() {
    if (cleared) return;
    await run();
  }

  function step(dir) {
    if (!byStart.length) return null;
    current = current < 0 ? (dir > 0 ? 0 : byStart.length - 1) : (current + dir + byStart.length) % byStart.length;
    const mark = byStart[current];
    focusMark(mark, true);
    return mark.ann;
  }

  function show(index, scroll = true) {
    const mark = marks[index];
    if (!mark) return;
    current = byStart.indexOf(mark);
    focusMark(mark, scroll);
  }

  function focusMark(mark, scroll) {
    drawer.setActive(mark);
    const range = drawer.rangeOf(mark);
    if (range && scroll) {
      const el = range.startContainer.nodeType === 1 ? range.startContainer : range.startContainer.parentElement;
      if (el) el.scrollIntoView({ block: 'center', inline: 'nearest' });
    }
    ui.showTooltip(mark.ann, handle.analysis, range ? viewportRect(range) : null);
    ui.announce(summarize(mark.ann, handle.analysis));
  }

  /** Lights up the marks of one source: its mentions and what it supports. */
  function lightSource(id, scroll = false) {
    litSource = id;
    ui.setLitSource(id);
    if (id == null) { drawer.setLit([]); return []; }
    const entry = (handle.analysis.summary.sources || []).find((s) => s.id === id);
    const set = new Set();
    if (entry) {
      for (const i of entry.mentions || []) set.add(i);
      for (const i of (entry.supports && entry.supports.quotes) || []) set.add(i);
      for (const i of (entry.supports && entry.supports.numbers) || []) set.add(i);
    }
    marks.forEach((m) => { if (m.ann.source_id === id) set.add(m.index); });
    const lit = [...set].sort((a, b) => a - b).map((i) => marks[i]).filter(Boolean);
    drawer.setLit(lit);
    if (scroll && lit.length) {
      const r = drawer.rangeOf(lit[0]);
      const el = r && (r.startContainer.nodeType === 1 ? r.startContainer : r.startContainer.parentElement);
      if (el) el.scrollIntoView({ block: 'center' });
    }
    ui.announce(entry ? `${entry.name}: ${lit.length} marks lit` : '');
    return lit.map((m) => m.index);
  }

  /** The innermost mark at a string offset. */
  function markAtOffset(pos) {
    let lo = 0;
    let hi = byStart.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (byStart[mid].ann.start <= pos) { found = mid; lo = mid + 1; } else hi = mid - 1;
    }
    let best = null;
    for (let i = found; i >= 0 && byStart[i].ann.start >= pos - maxLen; i--) {
      const m = byStart[i];
      if (m.ann.end > pos && (!best || m.ann.end - m.ann.start < best.ann.end - best.ann.start)) best = m;
    }
    return best;
  }

  /** The mark under a pointer position in a document, if any. */
  function markAtPoint(d, x, y, target) {
    if (drawer.markAt) return drawer.markAt(target); // wrap mode: the elements know
    if (!collected) return null;
    let node = null;
    let offset = 0;
    const shadowRoots = shadowRootsOf(collected);
    if (d.caretPositionFromPoint) {
      const p = d.caretPositionFromPoint(x, y, shadowRoots.length ? { shadowRoots } : undefined);
      if (p) { node = p.offsetNode; offset = p.offset; }
    } else if (d.caretRangeFromPoint) {
      const r = d.caretRangeFromPoint(x, y);
      if (r) { node = r.startContainer; offset = r.startOffset; }
    }
    if (!node || node.nodeType !== 3) return null;
    // The caret sits between characters: test the character on each side.
    for (const o of [offset, offset - 1]) {
      if (o < 0 || o >= node.data.length) continue;
      const pos = offsetOf(collected, node, o);
      if (pos < 0) continue;
      const m = markAtOffset(pos);
      if (!m) continue;
      // The caret API snaps to the nearest text even in the margin: check the
      // character's box really holds the point.
      const r = d.createRange();
      r.setStart(node, o);
      r.setEnd(node, o + 1);
      for (const box of r.getClientRects()) {
        if (x >= box.left - 1 && x <= box.right + 1 && y >= box.top - 1 && y <= box.bottom + 1) return m;
      }
    }
    return null;
  }

  function bindEvents() {
    const docs = new Set([doc]);
    for (const n of (collected && collected.nodes) || []) docs.add(n.ownerDocument);
    for (const d of docs) {
      let pending = null;
      let hovered = null;
      let pinned = false;
      const onMove = (e) => {
        if (pinned) return;
        const wasPending = pending;
        pending = e;
        if (wasPending) return;
        // One hit test per frame at most, whatever the pointer rate.
        d.defaultView.requestAnimationFrame(() => {
          const ev = pending;
          pending = null;
          if (!ev || cleared) return;
          const m = markAtPoint(d, ev.clientX, ev.clientY, ev.target);
          if (m === hovered) return;
          hovered = m;
          if (m) ui.showTooltip(m.ann, handle.analysis, viewportRectOf(drawer.rangeOf(m), ev));
          else ui.hideTooltip();
        });
      };
      const onClick = (e) => {
        if (e.composedPath().includes(ui.host)) return;
        const m = markAtPoint(d, e.clientX, e.clientY, e.target);
        if (m) {
          // A tap on touch screens: show and keep it until Escape or a tap elsewhere.
          pinned = true;
          hovered = m;
          current = byStart.indexOf(m);
          drawer.setActive(m);
          ui.showTooltip(m.ann, handle.analysis, viewportRectOf(drawer.rangeOf(m), e));
          ui.announce(summarize(m.ann, handle.analysis));
        } else if (pinned) {
          pinned = false;
          hovered = null;
          ui.hideTooltip();
        }
      };
      const onKey = (e) => {
        if (e.key === 'Escape') {
          if (ui.tooltipVisible || current >= 0) {
            pinned = false;
            ui.hideTooltip();
            drawer.setActive(null);
          }
          return;
        }
        if (e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && (e.code === 'KeyN' || e.code === 'KeyP')) {
          e.preventDefault();
          step(e.code === 'KeyN' ? 1 : -1);
        }
      };
      d.addEventListener('pointermove', onMove, { passive: true });
      d.addEventListener('click', onClick, true);
      d.addEventListener('keydown', onKey, true);
      cleanups.push(() => {
        d.removeEventListener('pointermove', onMove);
        d.removeEventListener('click', onClick, true);
        d.removeEventListener('keydown', onKey, true);
      });
    }
  }

  function startObserver() {
    const View = doc.defaultView;
    // When the article was detected, watch the body: an SPA may replace the
    // article element itself.
    let watch = detect ? (doc.body || root) : root;
    if (watch.nodeType !== 1) { // a Range (the selection): watch its container
      watch = watch.commonAncestorContainer;
      if (watch.nodeType !== 1) watch = watch.parentNode;
    }
    observer = new View.MutationObserver((records) => {
      const relevant = records.some((r) => !ui.host.contains(r.target) && !(r.target === ui.host.parentNode && [...r.addedNodes, ...r.removedNodes].every((n) => n === ui.host)));
      if (!relevant || cleared) return;
      // Debounced: a burst of changes (a framework re-render) costs one analysis.
      View.clearTimeout(timer);
      timer = View.setTimeout(() => { refresh(); }, options.debounceMs ?? 400);
    });
    observer.observe(watch, { childList: true, subtree: true, characterData: true });
    cleanups.push(() => { observer.disconnect(); View.clearTimeout(timer); });
  }

  function clear() {
    if (cleared) return;
    cleared = true;
    while (cleanups.length) cleanups.pop()();
    drawer.clear();
    ui.destroy();
  }
}

function docOf(target) {
  if (target == null) return document;
  if (target.nodeType === 9) return target;
  if (typeof target.getRangeAt === 'function') return (target.anchorNode && target.anchorNode.ownerDocument) || document;
  if (target.startContainer) return target.startContainer.ownerDocument || target.startContainer;
  return target.ownerDocument;
}

function resolveRoot(target, doc) {
  if (target == null || target.nodeType === 9) return findArticle(doc);
  if (typeof target.getRangeAt === 'function') {
    // A Selection: its first range; an empty selection means "detect".
    if (!target.rangeCount || target.isCollapsed) return findArticle(doc);
    return target.getRangeAt(0).cloneRange();
  }
  return target;
}

function pageLangOf(root, doc) {
  const el = root.nodeType === 1 ? root : (root.commonAncestorContainer && (root.commonAncestorContainer.nodeType === 1 ? root.commonAncestorContainer : root.commonAncestorContainer.parentElement));
  const withLang = el && el.closest ? el.closest('[lang]') : null;
  const value = (withLang && withLang.getAttribute('lang')) || (doc.documentElement && doc.documentElement.getAttribute('lang')) || '';
  return value.trim() || undefined;
}

function shadowRootsOf(c) {
  if (!c._shadowRoots) {
    const set = new Set();
    for (const n of c.nodes) {
      const r = n.getRootNode();
      if (r.nodeType === 11) set.add(r);
    }
    c._shadowRoots = [...set];
  }
  return c._shadowRoots;
}

/** A range's first box in the top document's viewport (iframes offset). */
function viewportRect(range) {
  const rects = range.getClientRects();
  let rect = rects.length ? rects[0] : range.getBoundingClientRect();
  let win = range.startContainer.ownerDocument.defaultView;
  let dx = 0;
  let dy = 0;
  while (win && win.frameElement) {
    const f = win.frameElement.getBoundingClientRect();
    dx += f.left; dy += f.top;
    win = win.parent;
  }
  return { left: rect.left + dx, top: rect.top + dy, right: rect.right + dx, bottom: rect.bottom + dy };
}

function viewportRectOf(range, ev) {
  if (range) return viewportRect(range);
  return { left: ev.clientX, top: ev.clientY, right: ev.clientX, bottom: ev.clientY };
}
