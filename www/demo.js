// demo.js — the demo page: paste or load an article, render it as text,
// annotate it with the shell, show the summary panel beside it.
import { annotate, init, version } from './sourcelight.js';
import { bookmarkletHref } from './bookmarklet.js';

const $ = (id) => document.getElementById(id);
const textEl = $('text');
const articleEl = $('article');
const statusEl = $('status');
let handle = null;

/**
 * Renders plain text as paragraphs. Page text is only ever inserted as text
 * nodes (textContent), never parsed as HTML: `<img onerror=…>` stays text.
 */
function render(text) {
  const paragraphs = text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n+/).filter((p) => p.trim());
  articleEl.replaceChildren(...paragraphs.map((para) => {
    const p = document.createElement('p');
    p.textContent = para.trim();
    return p;
  }));
}

async function run() {
  if (handle) { handle.clear(); handle = null; }
  const text = textEl.value;
  if (!text.trim()) { statusEl.textContent = 'Paste an article first.'; return; }
  render(text);
  statusEl.textContent = 'Analysing…';
  const lang = $('lang').value;
  try {
    const t0 = performance.now();
    handle = await annotate(articleEl, {
      lang,
      panelContainer: $('summary'),
      observe: false, // the demo re-renders on Annotate; no need to watch
    });
    window.sourcelightDemo = handle; // for tests and the curious
    const c = handle.analysis.summary.counts;
    statusEl.textContent = `Done in ${Math.round(performance.now() - t0)} ms (${handle.analysis.language}): ${c.quote} quotes, ${c.number} numeric claims, ${c.source} source mentions.`;
    document.body.dataset.state = 'annotated';
  } catch (e) {
    statusEl.textContent = `Could not analyse: ${e.message}`;
    console.warn(e);
  }
}

async function loadSample() {
  const res = await fetch('sample.txt');
  textEl.value = await res.text();
  await run();
}

$('input').addEventListener('submit', (e) => { e.preventDefault(); run(); });
$('sample').addEventListener('click', () => { loadSample(); });
$('lang').addEventListener('change', () => { if (handle) run(); });
$('bookmarklet').href = bookmarkletHref(location.origin);

init().then(() => { $('version').textContent = `sourcelight ${version()} · runs entirely in this page`; })
  .catch((e) => { statusEl.textContent = `Could not load the engine: ${e.message}`; });
