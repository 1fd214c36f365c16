// strings.js — the shell's own UI strings (tooltip, panel, screen-reader
// announcements) in English and Romanian, and the number format of each.
// One key per string; counts go through plural(), which knows Romanian's
// three forms (1 citat · 2 citate · 20 de citate).
//
// Bundleable into an IIFE: no top-level await, no import.meta, no Intl on
// the hot path (the first Intl formatter costs ~15 ms of ICU loading).

/** The UI languages the shell speaks. */
export const UI_LANGS = ['en', 'ro'];

const EN = {
  // Tooltip titles and rows.
  quote: 'Quote',
  quoteAnonymous: 'Anonymous quote',
  numeric: 'Numeric claim',
  numericUnsourced: 'Numeric claim — unsourced',
  source: 'Source',
  speaker: 'Speaker',
  speakerAnonymous: 'not named (anonymous quote)',
  cue: 'Cue',
  value: 'Value',
  range: 'Range',
  rangeText: (low, high) => `${low} to ${high}`,
  approximation: 'Approximation',
  exact: 'exact as stated',
  sourced: 'sourced',
  noSource: 'no source found',
  name: 'Name',
  type: 'Type',
  supports: 'Supports',
  // Approximators: what `>`, `~`… read as.
  approx: { '>': 'more than', '>=': 'at least', '<': 'less than', '<=': 'up to', '~': 'about' },
  // Source types.
  types: { person: 'person', outlet: 'news outlet', organization: 'organisation', document: 'document', photo: 'photo credit' },
  // Counted nouns: [one, other] (English has two forms).
  nQuotes: ['quote', 'quotes'],
  nNumbers: ['numeric claim', 'numeric claims'],
  nSourceMentions: ['source mention', 'source mentions'],
  nMentions: ['mention', 'mentions'],
  nClaims: ['claim', 'claims'],
  nMarks: ['mark', 'marks'],
  // Panel.
  panelLabel: 'sourcelight summary',
  languageLabel: 'language',
  languages: { en: 'English', ro: 'Romanian' },
  headSources: 'Sources cited',
  headUnsourced: 'Unsourced numeric claims',
  headAnonymous: 'Anonymous quotes',
  none: 'none',
  showMore: (n, rest) => `Show ${n} more of ${rest}`,
  prev: '◀ Prev',
  next: 'Next ▶',
  prevTitle: 'Previous mark (Alt+Shift+P)',
  nextTitle: 'Next mark (Alt+Shift+N)',
  close: 'Close sourcelight',
  legend: 'Legend',
  legendQuote: 'quote (solid underline)',
  legendQuoteAnonymous: 'anonymous quote (dashed)',
  legendNumber: 'sourced number (double)',
  legendNumberUnsourced: 'unsourced number (wavy)',
  legendSource: 'source (dotted)',
  keyboardHelp: 'Alt+Shift+N / Alt+Shift+P: next / previous mark; Escape closes the details.',
  lit: (name, marks) => `${name}: ${marks} lit`,
  // Numbers: thousands separator and decimal mark.
  group: ',',
  decimal: '.',
};

const RO = {
  quote: 'Citat',
  quoteAnonymous: 'Citat anonim',
  numeric: 'Afirmație cu cifre',
  numericUnsourced: 'Afirmație cu cifre — fără sursă',
  source: 'Sursă',
  speaker: 'Vorbitor',
  speakerAnonymous: 'nenumit (citat anonim)',
  cue: 'Indiciu',
  value: 'Valoare',
  range: 'Interval',
  rangeText: (low, high) => `între ${low} și ${high}`,
  approximation: 'Aproximare',
  exact: 'exact, așa cum e dat',
  sourced: 'cu sursă',
  noSource: 'nicio sursă găsită',
  name: 'Nume',
  type: 'Tip',
  supports: 'Susține',
  approx: { '>': 'peste', '>=': 'cel puțin', '<': 'sub', '<=': 'până la', '~': 'aproximativ' },
  types: { person: 'persoană', outlet: 'publicație', organization: 'organizație', document: 'document', photo: 'credit foto' },
  // Romanian: [one, few (0, 2–19, …01–…19), other (20 de …)], the last with “de”.
  nQuotes: ['citat', 'citate', 'de citate'],
  nNumbers: ['cifră', 'cifre', 'de cifre'],
  nSourceMentions: ['mențiune de sursă', 'mențiuni de surse', 'de mențiuni de surse'],
  nMentions: ['mențiune', 'mențiuni', 'de mențiuni'],
  nClaims: ['afirmație', 'afirmații', 'de afirmații'],
  nMarks: ['marcaj', 'marcaje', 'de marcaje'],
  panelLabel: 'rezumat sourcelight',
  languageLabel: 'limba',
  languages: { en: 'engleză', ro: 'română' },
  headSources: 'Surse citate',
  headUnsourced: 'Cifre fără sursă',
  headAnonymous: 'Citate anonime',
  none: 'niciunul',
  showMore: (n, rest) => `Încă ${n} din ${rest}`,
  prev: '◀ Înapoi',
  next: 'Înainte ▶',
  prevTitle: 'Marcajul anterior (Alt+Shift+P)',
  nextTitle: 'Marcajul următor (Alt+Shift+N)',
  close: 'Închide sourcelight',
  legend: 'Legendă',
  legendQuote: 'citat (subliniere continuă)',
  legendQuoteAnonymous: 'citat anonim (linie întreruptă)',
  legendNumber: 'cifră cu sursă (linie dublă)',
  legendNumberUnsourced: 'cifră fără sursă (linie ondulată)',
  legendSource: 'sursă (linie punctată)',
  keyboardHelp: 'Alt+Shift+N / Alt+Shift+P: marcajul următor / anterior; Escape închide detaliile.',
  lit: (name, marks) => `Evidențiate pentru ${name}: ${marks}`,
  group: '.',
  decimal: ',',
};

export const STRINGS = { en: EN, ro: RO };

/**
 * The UI language to use: 'en' or 'ro'.
 * @param {string} [uiLang='auto'] 'auto' | 'en' | 'ro' (a tag like 'ro-RO' works too)
 * @param {string} [browserLang] navigator.language, used on 'auto'
 * @throws {Error} on anything else
 */
export function resolveUiLang(uiLang = 'auto', browserLang) {
  const want = String(uiLang == null ? 'auto' : uiLang).trim().toLowerCase();
  if (want === 'auto' || want === '') {
    const primary = String(browserLang || '').trim().toLowerCase().split(/[-_]/)[0];
    return UI_LANGS.includes(primary) ? primary : 'en';
  }
  const primary = want.split(/[-_]/)[0];
  if (UI_LANGS.includes(primary)) return primary;
  throw new Error(`sourcelight: unknown uiLang ${JSON.stringify(uiLang)} (expected 'auto', 'en' or 'ro')`);
}

/** The string table of a UI language ('en' when unknown). */
export function stringsFor(lang) {
  return STRINGS[lang] || EN;
}

/**
 * `n` with the right form of a counted noun: plural(3, EN.nQuotes) → '3 quotes';
 * plural(20, RO.nQuotes) → '20 de citate'.
 */
export function plural(n, forms) {
  const count = Math.abs(n);
  let form;
  if (forms.length < 3) form = count === 1 ? forms[0] : forms[1];
  else if (count === 1) form = forms[0];
  else if (count === 0 || (count % 100 >= 1 && count % 100 <= 19)) form = forms[1];
  else form = forms[2];
  return `${n} ${form}`;
}
