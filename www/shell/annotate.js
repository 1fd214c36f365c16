// annotate.js — orchestration: find the article, collect its text, have it
// analysed (by whatever `options.analyzer` the caller gives: the page's
// worker, or the extension's background), draw the marks in time slices,
// show the UI, follow the keyboard and the pointer, and re-analyse when the
// page changes.
//
// No wasm here and no import.meta: the extension bundles this file (with
// collect.js, draw.js, ui.js) into one IIFE content script.

import { collectText, findArticle, isSkipped, offsetOf } from './collect.js';
import { classOf, createDrawer, yieldToBrowser } from './draw.js';
import { createUI } from './ui.js';
import { resolveUiLang } from './strings.js';

/**
 * @typedef {object} AnnotateOptions
 * @property {(text: string, opts: {lang: string, pageLang?: string}) => Promise<object>} analyzer
 *   runs the core; required here (sourcelight.js supplies a Web Worker one)
 * @property {'auto'|'en'|'ro'} [lang='auto'] language; on auto the page's `lang` is passed as pageLang
 * @property {'auto'|'en'|'ro'} [uiLang='auto'] the tool's own words (tooltip, panel, announcements)
 *   and number format; auto: the browser's language (navigator.language), English unless Romanian
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
 * @property {'en'|'ro'} uiLang the language the tooltip and panel speak
 * @property {{analyses: number, skipped: number, kept?: number, dropped?: number, drawn?: number, lastMs: number}} stats
 *   passes analysed; passes whose text had not changed; last pass: marks kept in place, dropped, drawn
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
  // The tool's own words: forced, or the browser's language (English otherwise).
  const uiLang = resolveUiLang(options.uiLang, ((doc.defaultView || globalThis).navigator || {}).language);
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
  const stats = { analyses: 0, skipped: 0, lastMs: 0, firstMs: 0 };
  const cleanups = [];

  const drawerOptions = {
    mode: options.mode || 'auto', sliceMs: options.sliceMs ?? 8,
    // Our own wrap-mode DOM changes must not wake the observer (no loops).
    onMutate: () => { if (observer) observer.takeRecords(); },
  };
  let drawer = createDrawer(drawerOptions);
  const retiring = new Set();
  let unwrapping = null;

  const handle = {
    analysis: null, marks, text: '', root, mode: drawer.mode, stats, uiLang,
    clear, next: () => step(1), prev: () => step(-1), show, lightSource, refresh,
    /** The tool's UI host element (its shadow root holds panel and tooltip). */
    get ui() { return ui; },
  };

  const ui = createUI({
    doc,
    container: options.panelContainer || null,
    panel: options.panel !== false,
    shadowMode: options.shadowMode || 'open',
    uiLang,
    handlers: {
      onSource: (id) => lightSource(litSource === id ? null : id, true),
      onSelect: (i) => show(i, true),
      onPreview: (i) => show(i, false),
      onNav: (dir) => step(dir),
      onClose: () => clear(),
    },
  });

  try {
    await run();
  } catch (e) {
    clear(); // a failed first analysis leaves no UI or marks behind
    throw e;
  }
  stats.firstMs = performance.now() - started;
  bindEvents();
  if (options.observe !== false) startObserver();
  return handle;

  /**
   * One pass: collect → (if the text changed) analyse → re-anchor → draw →
   * panel. On a re-run, marks whose text and surroundings are unchanged are
   * kept where they are (highlight mode: the same Range objects while their
   * nodes stay), marks in the changed stretch are dropped, and the new
   * analysis's marks there are drawn.
   */
  /**
   * Swaps in a fresh drawer and takes the old one's marks off: the wrap
   * fallback unwraps in batches, a frame each, so a big page never relayouts
   * all at once. A pass waits for an unwrap in progress; clear() finishes it.
   */
  function retire() {
    const old = drawer;
    drawer = createDrawer(drawerOptions);
    retiring.add(old);
    const done = Promise.resolve(old.clearGradually ? old.clearGradually() : old.clear())
      .then(() => { retiring.delete(old); if (observer) observer.takeRecords(); });
    unwrapping = done;
    return done;
  }

  async function run() {
    const gen = ++generation;
    const t0 = performance.now();
    if (unwrapping) await unwrapping;
    if (cleared || gen !== generation) return;
    if (detect && !root.isConnected) root = handle.root = findArticle(doc);
    if (!collected) drawer.prepare(root.nodeType ? root : root.commonAncestorContainer);
    let c = await collectSliced(root);
    if (cleared || gen !== generation) return;
    const old = collected;
    let unwrapped = false;
    if (drawer.mode === 'wrap' && old && c.text !== old.text) {
      // The page edited text the wrap fallback had split: unwrap first (the
      // page's edit kept), then read the page as it now is.
      await retire();
      if (cleared || gen !== generation) return;
      unwrapped = true;
      c = await collectSliced(root);
      if (cleared || gen !== generation) return;
    }
    stats.collectMs = performance.now() - t0;
    let analysis = handle.analysis;
    if (!old || c.text !== old.text) {
      const pageLang = lang === 'auto' ? pageLangOf(root, doc) : undefined;
      const tAnalyze = performance.now();
      analysis = await options.analyzer(c.text, pageLang ? { lang, pageLang } : { lang });
      if (cleared || gen !== generation) return;
      stats.analyzeMs = performance.now() - tAnalyze;
      stats.analyses += 1;
    } else {
      // Same text (a re-render, or changes that were not text): no analysis.
      stats.skipped += 1;
    }
    const anns = analysis.annotations || [];

    // Re-anchor: old marks map to new offsets through the common prefix and
    // suffix of the old and new text; a new annotation at the mapped place,
    // of the same class and text, keeps the old mark.
    const oldByKey = new Map();
    let shift = null;
    if (old) {
      const { prefix, suffix } = commonEnds(old.text, c.text);
      const delta = c.text.length - old.text.length;
      shift = (start, end) => {
        if (end <= prefix) return [start, end];
        if (start >= c.text.length - suffix) return [start - delta, end - delta];
        return null; // inside the changed stretch
      };
      for (const m of marks) oldByKey.set(`${m.ann.start}:${m.ann.end}:${m.cls}`, m);
    }
    const next = [];
    const kept = new Set();
    const toDraw = [];
    anns.forEach((ann, index) => {
      const cls = classOf(ann);
      const was = shift && shift(ann.start, ann.end);
      const prev = was && oldByKey.get(`${was[0]}:${was[1]}:${cls}`);
      if (prev && !kept.has(prev) && prev.ann.text === ann.text) {
        kept.add(prev);
        prev.index = index;
        prev.ann = ann;
        next.push(prev);
        if (drawer.mode === 'highlight' && !anchored(prev, c)) {
          drawer.remove([prev]); // its nodes were replaced: same offsets, new ranges
          toDraw.push(prev);
        } else if (drawer.mode === 'wrap' && !(prev.elements && prev.elements.length && prev.elements.every((e) => e.isConnected))) {
          toDraw.push(prev);
        }
      } else {
        const m = { index, ann, cls };
        next.push(m);
        toDraw.push(m);
      }
    });
    const dropped = marks.filter((m) => !kept.has(m));
    const changed = toDraw.length > 0 || dropped.length > 0 || analysis !== handle.analysis;

    drawer.setActive(null);
    drawer.setLit([]);
    let drawList = toDraw;
    if (unwrapped) {
      drawList = next;
    } else if (drawer.mode === 'wrap' && old && (toDraw.length || dropped.length)) {
      // The wrap fallback redraws everything: unwrap (restoring the page's
      // own text nodes exactly), collect those again, wrap.
      await retire();
      if (cleared || gen !== generation) return;
      const analysed = c.text;
      c = await collectSliced(root);
      if (cleared || gen !== generation) return;
      // The page changed again meanwhile: draw what still fits, and redo soon.
      if (c.text !== analysed) schedule();
      drawList = next;
    } else if (drawer.mode === 'highlight') {
      drawer.remove(dropped);
    }
    collected = c;
    handle.text = c.text;
    stats.kept = kept.size;
    stats.dropped = dropped.length;
    stats.drawn = drawList.length;
    const newAnalysis = analysis !== handle.analysis || !old;
    handle.analysis = analysis;
    marks = next;
    handle.marks = marks;
    byStart = marks.slice().sort((a, b) => a.ann.start - b.ann.start || b.ann.end - a.ann.end);
    maxLen = marks.reduce((m, x) => Math.max(m, x.ann.end - x.ann.start), 0);
    if (changed) {
      current = -1;
      litSource = null;
      ui.setLitSource(null);
      ui.hideTooltip();
    }
    if (newAnalysis) {
      // The panel in a task of its own (mapping and drawing have theirs).
      await yieldToBrowser();
      if (cleared) return;
      const tPanel = performance.now();
      ui.renderPanel(analysis);
      stats.panelMs = performance.now() - tPanel;
      await yieldToBrowser();
      // A newer pass took over; it draws whatever this one did not.
      if (cleared || gen !== generation) return;
    }
    const tDraw = performance.now();
    await drawer.draw(c, drawList);
    stats.drawMs = performance.now() - tDraw;
    if (observer && drawer.mode === 'wrap') observer.takeRecords();
    stats.lastMs = performance.now() - t0;
    if (options.onUpdate) options.onUpdate(handle);
  }

  /** Collects the root's text in time slices so a huge page keeps responding. */
  async function collectSliced(from) {
    const it = collectText(from);
    let sliceStart = performance.now();
    let res;
    while (!(res = it.next()).done) {
      if (performance.now() - sliceStart > (options.sliceMs ?? 8)) {
        await yieldToBrowser();
        sliceStart = performance.now();
      }
    }
    return res.value;
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
    ui.announce(ui.summarize(mark.ann, handle.analysis));
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
    ui.announce(entry ? ui.litMessage(entry.name, lit.length) : '');
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
          ui.announce(ui.summarize(m.ann, handle.analysis));
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

  /** Debounced: a burst of changes (a framework re-render) costs one pass. */
  function schedule() {
    const View = doc.defaultView;
    View.clearTimeout(timer);
    timer = View.setTimeout(() => { refresh(); }, options.debounceMs ?? 400);
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
    const rootNode = () => (root.nodeType ? root : root.commonAncestorContainer);
    // Only changes that can change the article's text count: inside the
    // article root (or the root itself replaced), outside the tool's UI and
    // outside subtrees the collection skips (a ticking clock in an <aside>
    // costs nothing). Attribute changes are not observed at all.
    const matters = (r) => {
      if (ui.host.contains(r.target)) return false;
      if (r.target === ui.host.parentNode && [...r.addedNodes, ...r.removedNodes].every((n) => n === ui.host)) return false;
      const home = rootNode();
      if (!home.isConnected) return true;
      if (!home.contains(r.target)) return false;
      for (let el = r.target.nodeType === 1 ? r.target : r.target.parentElement; el && el !== home; el = el.parentElement) {
        if (isSkipped(el)) return false;
      }
      return true;
    };
    observer = new View.MutationObserver((records) => {
      if (cleared || !records.some(matters)) return;
      schedule();
    });
    observer.observe(watch, { childList: true, subtree: true, characterData: true });
    cleanups.push(() => { observer.disconnect(); View.clearTimeout(timer); });
  }

  function clear() {
    if (cleared) return;
    cleared = true;
    while (cleanups.length) cleanups.pop()();
    for (const d of retiring) d.clear();
    drawer.clear();
    ui.destroy();
  }
}

/** Lengths of the common prefix and suffix of two strings (not overlapping). */
export function commonEnds(a, b) {
  const n = Math.min(a.length, b.length);
  let prefix = 0;
  // Coarse steps first: a 1 MB article compares in a few milliseconds.
  for (const step of [4096, 256, 16]) {
    while (prefix + step <= n && a.slice(prefix, prefix + step) === b.slice(prefix, prefix + step)) prefix += step;
  }
  while (prefix < n && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  const room = n - prefix;
  let suffix = 0;
  for (const step of [4096, 256, 16]) {
    while (suffix + step <= room && a.slice(a.length - suffix - step, a.length - suffix) === b.slice(b.length - suffix - step, b.length - suffix)) suffix += step;
  }
  while (suffix < room && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) suffix++;
  return { prefix, suffix };
}

/** Whether a highlight mark's ranges still sit exactly on its text in `c`. */
function anchored(mark, c) {
  const rs = mark.ranges || [];
  if (!rs.length) return false;
  const first = rs[0];
  const last = rs[rs.length - 1];
  for (const r of rs) if (!c.index.has(r.startContainer) || !c.index.has(r.endContainer)) return false;
  return offsetOf(c, first.startContainer, first.startOffset) === mark.ann.start
    && offsetOf(c, last.endContainer, last.endOffset) === mark.ann.end;
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
