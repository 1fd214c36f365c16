// STAND-IN for the shared shell (www/shell/annotate.js, branch `shell`):
// the same contract, the least code. Replaced by the shell once it lands.
//   annotate(root?, { analyzer }) → { analysis, clear(), next(), prev() }
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'SVG', 'MATH', 'NAV', 'ASIDE']);
const BLOCK = /^(P|DIV|LI|H[1-6]|BLOCKQUOTE|ARTICLE|SECTION|MAIN|FIGCAPTION|TD|TH|PRE|HEADER|FOOTER|BR)$/;
const KINDS = ['quote', 'number', 'source'];

function findRoot() {
  return document.querySelector('article, main, [role=main]') ?? document.body;
}

function collect(root) {
  let text = '';
  const nodes = []; // [start, node]
  let lastBlock = null;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode(n) {
      for (let e = n.parentElement; e && e !== root.parentElement; e = e.parentElement) {
        if (SKIP.has(e.tagName.toUpperCase()) || e.hidden || e.getAttribute('aria-hidden') === 'true' || e.isContentEditable) return NodeFilter.FILTER_REJECT;
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    let block = n.parentElement;
    while (block && block !== root && !BLOCK.test(block.tagName)) block = block.parentElement;
    if (lastBlock && block !== lastBlock && text) text += '\n\n';
    lastBlock = block;
    nodes.push([text.length, n]);
    text += n.data;
  }
  return { text, nodes };
}

function locate(nodes, offset, end) {
  let lo = 0, hi = nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (nodes[mid][0] < offset || (nodes[mid][0] === offset && !end)) lo = mid; else hi = mid - 1;
  }
  const [start, node] = nodes[lo];
  return [node, Math.min(offset - start, node.data.length)];
}

export async function annotate(root, options = {}) {
  root ??= findRoot();
  const { text, nodes } = collect(root);
  const analysis = await options.analyzer(text, { lang: options.lang, pageLang: document.documentElement.lang || undefined });
  const highlights = {};
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(
    '::highlight(sourcelight-quote){background:rgba(255,214,0,.35);text-decoration:underline wavy}' +
      '::highlight(sourcelight-number){background:rgba(0,160,255,.25);text-decoration:underline}' +
      '::highlight(sourcelight-source){background:rgba(0,200,90,.25);text-decoration:underline dotted}',
  );
  const ranges = [];
  for (const kind of KINDS) highlights[kind] = new Highlight();
  for (const a of analysis.annotations) {
    if (!nodes.length) break;
    const range = document.createRange();
    range.setStart(...locate(nodes, a.start, false));
    range.setEnd(...locate(nodes, a.end, true));
    highlights[a.kind]?.add(range);
    ranges.push(range);
  }
  for (const kind of KINDS) CSS.highlights.set(`sourcelight-${kind}`, highlights[kind]);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  let at = -1;
  const go = (step) => {
    if (!ranges.length) return;
    at = (at + step + ranges.length) % ranges.length;
    ranges[at].startContainer.parentElement?.scrollIntoView({ block: 'center' });
  };
  return {
    analysis,
    clear() {
      for (const kind of KINDS) CSS.highlights.delete(`sourcelight-${kind}`);
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    },
    next: () => go(1),
    prev: () => go(-1),
  };
}
