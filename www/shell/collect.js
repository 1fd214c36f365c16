// collect.js — finds the article on a page and turns it into one string plus
// a table from UTF-16 offsets in that string back to (text node, offset).
//
// Why one string: the core analyses a whole article in one call (quotes span
// paragraphs, a source in one sentence scopes claims in the next), and the
// offsets it returns are UTF-16 code units, the unit the DOM's Range takes.
//
// No top-level await and no import.meta here: the extension bundles this file
// into an IIFE content script.

/** Elements whose text is never article text (issue 6's skip list). */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION',
  'BUTTON', 'SVG', 'MATH', 'NAV', 'ASIDE', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO',
  'HEAD', 'TITLE', 'META', 'LINK',
  // the tool's own elements: its UI host and the wrap fallback's marks never
  // count as page text (the marks' *contents* do; see acceptNode)
  'SOURCELIGHT-UI',
]);

/**
 * Elements that start a new paragraph in the joined string. A tag list rather
 * than getComputedStyle: a style query per element would cost more than the
 * whole walk on a 1 MB page, and news markup uses these tags for its blocks.
 */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG',
  'DIR', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2',
  'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'HTML', 'LEGEND', 'LI', 'MAIN', 'MENU',
  'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD',
  'TR', 'UL', 'IFRAME',
]);

/** The paragraph break the core reads between blocks. */
export const PARAGRAPH_BREAK = '\n\n';

/**
 * Whether an element (and everything under it) is skipped.
 * @param {Element} el
 */
export function isSkipped(el) {
  const tag = el.tagName.toUpperCase();
  if (SKIP_TAGS.has(tag)) return true;
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const ce = el.getAttribute('contenteditable');
  // Editors must never be touched: users lose work when tools rewrite them.
  if (ce !== null && ce !== 'false') return true;
  const role = el.getAttribute('role');
  if (role === 'navigation' || role === 'complementary') return true;
  return false;
}

/**
 * Finds the article root the way reader modes do: `article`, `main`,
 * `[role=main]`, else the block holding the most paragraph text, else body.
 * @param {Document} doc
 * @returns {Element}
 */
export function findArticle(doc = document) {
  const textLen = (el) => (el.textContent || '').length;
  const articles = [...doc.querySelectorAll('article')].filter((a) => !a.closest('nav,aside,[hidden]'));
  if (articles.length) {
    // A page may list teasers as <article>s; the real one has the most text.
    // Nested articles (comments inside the story) count toward their parent.
    const top = articles.filter((a) => !articles.some((b) => b !== a && b.contains(a)));
    return top.reduce((best, a) => (textLen(a) > textLen(best) ? a : best));
  }
  const main = doc.querySelector('main, [role=main]');
  if (main) return main;
  // Score each paragraph's parent by the paragraph text it holds.
  const scores = new Map();
  for (const p of doc.querySelectorAll('p')) {
    if (p.closest('nav,aside,footer,header,[hidden]')) continue;
    const parent = p.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) || 0) + textLen(p));
  }
  let best = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) { best = el; bestScore = score; }
  }
  return best || doc.body || doc.documentElement;
}

/**
 * @typedef {object} Collected
 * @property {string} text the article as one string, paragraph breaks between blocks
 * @property {number[]} starts for each segment, its start offset in `text`
 * @property {Text[]} nodes for each segment, its text node
 * @property {number[]} nodeStarts for each segment, where in its node it starts (a selection may cut a node)
 * @property {number[]} lens for each segment, its length in UTF-16 code units
 * @property {Map<Text, number>} index text node → segment index (for hit testing)
 */

/**
 * Walks the text under `root` once and builds the string and its offset
 * table. A generator so the caller can spread the walk over several tasks on
 * huge pages: it yields every `batch` nodes and returns the Collected.
 *
 * Walks into open shadow roots (their slots pull in the light DOM assigned to
 * them) and same-origin iframes, each as its own block.
 *
 * @param {Element|Range} root an element, or a Range (the user's selection)
 * @param {{batch?: number}} [opts]
 * @returns {Generator<void, Collected>}
 */
export function* collectText(root, { batch = 500 } = {}) {
  const range = isRange(root) ? root : null;
  let start = range ? range.commonAncestorContainer : root;
  if (start.nodeType === 3) start = start.parentNode;

  const parts = [];
  const starts = [];
  const nodes = [];
  const nodeStarts = [];
  const lens = [];
  const index = new Map();
  let length = 0;
  let lastBlock = null;
  let sinceYield = 0;

  // The nearest block ancestor decides where paragraphs break: when it
  // changes between two text nodes, a block boundary lies between them.
  const blockOf = (node) => {
    for (let el = node.parentNode; el; el = el.parentNode) {
      if (el.nodeType === 11) return el; // shadow root: its own block
      if (el.nodeType === 1 && BLOCK_TAGS.has(el.tagName.toUpperCase())) return el;
    }
    return null;
  };

  const addText = (node) => {
    let data = node.data;
    let from = 0;
    if (range) {
      if (!range.intersectsNode(node)) return;
      let to = data.length;
      if (node === range.startContainer) from = range.startOffset;
      if (node === range.endContainer) to = range.endOffset;
      data = data.slice(from, to);
    }
    if (!data) return;
    const block = blockOf(node);
    const blank = !/\S/.test(data);
    if (block !== lastBlock) {
      // Formatting whitespace between blocks is not text.
      if (blank) return;
      if (length > 0) { parts.push(PARAGRAPH_BREAK); length += PARAGRAPH_BREAK.length; }
      lastBlock = block;
    }
    // Source-code line breaks and tabs inside a paragraph read as spaces; the
    // same length keeps the offset table 1:1.
    parts.push(data.replace(/[\n\r\t\f]/g, ' '));
    starts.push(length);
    nodes.push(node);
    nodeStarts.push(from);
    lens.push(data.length);
    index.set(node, nodes.length - 1);
    length += data.length;
  };

  function* walk(container) {
    const doc = container.ownerDocument || container;
    const walker = doc.createTreeWalker(container, 0x1 | 0x4 /* elements, text */, {
      acceptNode(node) {
        if (node.nodeType === 3) return 1; // FILTER_ACCEPT
        return isSkipped(node) ? 2 /* FILTER_REJECT: skip the subtree */ : 1;
      },
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (++sinceYield >= batch) { sinceYield = 0; yield; }
      if (node.nodeType === 3) { addText(node); continue; }
      const tag = node.tagName.toUpperCase();
      if (node.shadowRoot) {
        // What renders is the shadow tree (with slotted light DOM), not the
        // light children as written.
        lastBlock = node.shadowRoot;
        yield* walk(node.shadowRoot);
        lastBlock = null;
        skipChildren(walker, node);
        continue;
      }
      if (tag === 'SLOT' && node.assignedNodes) {
        const assigned = node.assignedNodes({ flatten: true });
        if (assigned.length) {
          for (const a of assigned) {
            if (a.nodeType === 3) addText(a);
            else if (a.nodeType === 1 && !isSkipped(a)) yield* walk(a);
          }
          skipChildren(walker, node);
        }
        continue;
      }
      if (tag === 'IFRAME') {
        let inner = null;
        try { inner = node.contentDocument; } catch { inner = null; } // cross-origin: skip
        if (inner && inner.body) {
          lastBlock = inner;
          yield* walk(inner.body);
          lastBlock = null;
        }
      }
    }
  }

  if (range && range.startContainer.nodeType === 3 && range.startContainer === range.endContainer) {
    addText(range.startContainer);
  } else {
    // An explicitly passed root is walked even if it would be skipped as a
    // descendant: the caller chose it.
    yield* walk(start);
  }
  return { text: parts.join(''), starts, nodes, nodeStarts, lens, index };
}

/** Runs collectText to completion in one go (small pages, tests). */
export function collectTextSync(root) {
  const it = collectText(root, { batch: Infinity });
  for (;;) {
    const { value, done } = it.next();
    if (done) return value;
  }
}

/** Moves a TreeWalker past `node`'s descendants (the next nextNode() leaves it). */
function skipChildren(walker, node) {
  walker.currentNode = node;
  let last = node;
  while (last.lastChild) last = last.lastChild;
  walker.currentNode = last;
}

function isRange(x) {
  return x && typeof x.commonAncestorContainer !== 'undefined' && typeof x.setStart === 'function';
}

/**
 * The segment holding offset `pos` (the last one starting at or before it).
 * @param {Collected} c
 */
export function segmentAt(c, pos) {
  const { starts } = c;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= pos) lo = mid; else hi = mid - 1;
  }
  return lo;
}

/**
 * DOM ranges covering [start, end) of the collected string. Usually one; a
 * mark that crosses into another tree (a shadow root, an iframe) is split per
 * tree, because one Range cannot span trees. Paragraph breaks the walk added
 * map to no node and are skipped.
 * @param {Collected} c
 * @param {number} start
 * @param {number} end
 * @returns {Range[]}
 */
export function rangesFor(c, start, end) {
  const { starts, nodes, nodeStarts } = c;
  if (!nodes.length || end <= start) return [];
  const out = [];
  let i = segmentAt(c, start);
  // start may fall in a paragraph break after segment i: move to the next.
  if (start >= starts[i] + segLen(c, i)) i += 1;
  let current = null;
  let currentRoot = null;
  let lastNode = null;
  let lastOffset = 0;
  for (; i < nodes.length && starts[i] < end; i++) {
    const node = nodes[i];
    const len = segLen(c, i);
    const from = Math.max(start - starts[i], 0);
    const to = Math.min(end - starts[i], len);
    if (to <= from) continue;
    const root = node.getRootNode();
    if (!current || root !== currentRoot) {
      if (current) { current.setEnd(lastNode, lastOffset); out.push(current); }
      current = node.ownerDocument.createRange();
      current.setStart(node, nodeStarts[i] + from);
      currentRoot = root;
    }
    lastNode = node;
    lastOffset = nodeStarts[i] + to;
  }
  if (current) { current.setEnd(lastNode, lastOffset); out.push(current); }
  return out;
}

/** Length of segment i's text (up to the next segment or its node's end). */
function segLen(c, i) {
  return c.lens[i];
}

/** The string offset of a (text node, offset) point, or -1 if not collected. */
export function offsetOf(c, node, offset) {
  const i = c.index.get(node);
  if (i === undefined) return -1;
  return c.starts[i] + offset - c.nodeStarts[i];
}
