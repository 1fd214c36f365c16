// demo.js — the demo page: paste or load an article, render it as text,
// annotate it with the shell, show the summary panel beside it. The page's
// own words follow the interface language (the browser's, or the #uilang
// switch, or `?ui=en|ro`), and so do the shell's tooltip and panel.
import { annotate, init, version, warmUp, resolveUiLang, plural, STRINGS } from './sourcelight.js';
import { bookmarkletHref } from './bookmarklet.js';

const $ = (id) => document.getElementById(id);
const textEl = $('text');
const articleEl = $('article');
const statusEl = $('status');
let handle = null;

/** The demo page's static text; keys match data-i18n* attributes in index.html. */
const DEMO = {
  en: {
    title: 'sourcelight — who is quoted, which numbers, from where',
    intro: 'Paste a news article (English or Romanian). sourcelight marks every direct quote and its speaker, every numeric claim and its value, and every source, and shows what is sourced and what is not. Everything runs in this page; nothing is sent anywhere.',
    formLabel: 'Article to analyse', textLabel: 'Article text', placeholder: 'Paste an article here, or load the sample.',
    annotate: 'Annotate', sample: 'Load sample', langLabel: 'Article language', langAuto: 'auto-detect', langEn: 'English', langRo: 'Romanian',
    uiLabel: 'Interface', uiAuto: 'browser language',
    articleLabel: 'Annotated article', articlePlaceholder: 'The annotated article appears here.', summaryLabel: 'Summary',
    helpMarks: 'Reading the marks', kQuote: 'quote', kSolid: 'solid underline', kQuoteAnonymous: 'anonymous quote', kDashed: 'dashed underline',
    kNumber: 'sourced number', kDouble: 'double underline', kNumberUnsourced: 'unsourced number', kWavy: 'wavy underline', kSource: 'source', kDotted: 'dotted underline',
    helpMove: 'Hover, tap or move to a mark', helpDetails: 'for its details;', helpCloses: 'closes. Click a source in the summary to light up its quotes and claims.',
    helpLive: 'Try it on a live page', helpConsole: 'Open a test page, then run the shell on it from the browser console with',
    helpBookmarklet: ', or drag this bookmarklet to your bookmarks bar:',
    fxNews: 'A news article with nested markup', fxTextNodes: 'A paragraph split over many text nodes', fxFrames: 'Same-origin iframe and open shadow root',
    fxSpa: 'A single-page app that re-renders its article', fxCsp: 'A page with a strict Content-Security-Policy',
    fxTricky: 'HTML-looking text, right-to-left text, emoji, combining marks', fxBig: 'A 1 MB article (speed)',
    pasteFirst: 'Paste an article first.', analysing: 'Analysing…',
    done: (ms, lang, counts) => `Done in ${ms} ms (${lang}): ${counts}.`,
    failed: (m) => `Could not analyse: ${m}`, engineFailed: (m) => `Could not load the engine: ${m}`,
    footer: (v) => `sourcelight ${v} · runs entirely in this page`,
  },
  ro: {
    title: 'sourcelight — cine e citat, ce cifre, de unde',
    intro: 'Lipiți un articol de știri (în engleză sau română). sourcelight marchează fiecare citat direct și pe cel care vorbește, fiecare afirmație cu cifre și valoarea ei, fiecare sursă, și arată ce are sursă și ce nu. Totul rulează în această pagină; nu se trimite nimic nicăieri.',
    formLabel: 'Articolul de analizat', textLabel: 'Textul articolului', placeholder: 'Lipiți aici un articol sau încărcați exemplul.',
    annotate: 'Adnotează', sample: 'Încarcă exemplul', langLabel: 'Limba articolului', langAuto: 'detectare automată', langEn: 'engleză', langRo: 'română',
    uiLabel: 'Interfață', uiAuto: 'limba browserului',
    articleLabel: 'Articolul adnotat', articlePlaceholder: 'Articolul adnotat apare aici.', summaryLabel: 'Rezumat',
    helpMarks: 'Cum se citesc marcajele', kQuote: 'citat', kSolid: 'subliniere continuă', kQuoteAnonymous: 'citat anonim', kDashed: 'subliniere întreruptă',
    kNumber: 'cifră cu sursă', kDouble: 'subliniere dublă', kNumberUnsourced: 'cifră fără sursă', kWavy: 'subliniere ondulată', kSource: 'sursă', kDotted: 'subliniere punctată',
    helpMove: 'Treceți cu mouse-ul, atingeți sau mergeți la un marcaj', helpDetails: 'pentru detalii;', helpCloses: 'închide. Un clic pe o sursă din rezumat îi evidențiază citatele și afirmațiile.',
    helpLive: 'Încercați pe o pagină reală', helpConsole: 'Deschideți o pagină de test, apoi rulați sourcelight pe ea din consola browserului cu',
    helpBookmarklet: ' sau trageți acest bookmarklet în bara de marcaje:',
    fxNews: 'Un articol de știri cu marcaj imbricat', fxTextNodes: 'Un paragraf împărțit în multe noduri de text', fxFrames: 'Iframe de pe aceeași origine și shadow root deschis',
    fxSpa: 'O aplicație de o pagină care își redesenează articolul', fxCsp: 'O pagină cu o politică Content-Security-Policy strictă',
    fxTricky: 'Text care arată ca HTML, text de la dreapta la stânga, emoji, diacritice combinate', fxBig: 'Un articol de 1 MB (viteză)',
    pasteFirst: 'Lipiți mai întâi un articol.', analysing: 'Se analizează…',
    done: (ms, lang, counts) => `Gata în ${ms} ms (${lang}): ${counts}.`,
    failed: (m) => `Analiza a eșuat: ${m}`, engineFailed: (m) => `Motorul nu a putut fi încărcat: ${m}`,
    footer: (v) => `sourcelight ${v} · rulează în întregime în această pagină`,
  },
};

/** The interface language chosen: `?ui=`, else the switch (auto: the browser's). */
function uiChoice() {
  return $('uilang').value;
}
const uiLang = () => resolveUiLang(uiChoice(), navigator.language);
const words = () => DEMO[uiLang()];

/** Puts the page's static text in the interface language (as text, never HTML). */
function translatePage() {
  const lang = uiLang();
  const t = DEMO[lang];
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t[el.dataset.i18n];
  for (const el of document.querySelectorAll('[data-i18n-placeholder]')) el.setAttribute('placeholder', t[el.dataset.i18nPlaceholder]);
  for (const el of document.querySelectorAll('[data-i18n-aria-label]')) el.setAttribute('aria-label', t[el.dataset.i18nAriaLabel]);
  if (versionText) $('version').textContent = t.footer(versionText);
}
let versionText = '';

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
  const t = words();
  if (!text.trim()) { statusEl.textContent = t.pasteFirst; return; }
  render(text);
  statusEl.textContent = t.analysing;
  const lang = $('lang').value;
  try {
    const t0 = performance.now();
    handle = await annotate(articleEl, {
      lang,
      uiLang: uiChoice(),
      panelContainer: $('summary'),
      observe: false, // the demo re-renders on Annotate; no need to watch
    });
    window.sourcelightDemo = handle; // for tests and the curious
    const c = handle.analysis.summary.counts;
    const s = STRINGS[handle.uiLang];
    const counts = [plural(c.quote, s.nQuotes), plural(c.number, s.nNumbers), plural(c.source, s.nSourceMentions)].join(', ');
    statusEl.textContent = t.done(Math.round(performance.now() - t0), handle.analysis.language, counts);
    document.body.dataset.state = 'annotated';
  } catch (e) {
    statusEl.textContent = t.failed(e.message);
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
$('uilang').addEventListener('change', () => {
  const url = new URL(location.href);
  if (uiChoice() === 'auto') url.searchParams.delete('ui'); else url.searchParams.set('ui', uiChoice());
  history.replaceState(null, '', url);
  translatePage();
  if (handle) run(); // the panel and tooltips speak the new language
});
$('bookmarklet').href = bookmarkletHref(location.origin);

const asked = new URLSearchParams(location.search).get('ui');
if (asked === 'en' || asked === 'ro') $('uilang').value = asked;
translatePage();

// The engine unpacks its language data on first use: do it while the
// reader is still pasting, not after they click Annotate.
init().then(() => { versionText = version(); $('version').textContent = words().footer(versionText); warmUp(); })
  .catch((e) => { statusEl.textContent = words().engineFailed(e.message); });
