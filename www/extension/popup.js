// The toolbar popup. Opening it (the toolbar click) annotates the active tab
// at once; it then shows the counts, the kind toggles, the language and
// Clear. Every action goes through the background, the same path the
// keyboard shortcut takes. `popup.html?tab=N` targets tab N (tests, or the
// popup opened in a tab of its own).
const api = globalThis.browser ?? globalThis.chrome;
const $ = (id) => document.getElementById(id);
const t = (name, ...subs) => api.i18n.getMessage(name, subs) || name;

for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
document.documentElement.lang = api.i18n.getUILanguage?.() || 'en';

const OPTIONS = ['quote', 'number', 'source', 'unsourcedOnly'];
let tabId;
let annotated = false;

const send = (type, extra = {}) => api.runtime.sendMessage({ type: `sourcelight:${type}`, tabId, ...extra });

function showError(error) {
  $('error').hidden = !error;
  $('error').textContent = error ? error.message : '';
  if (error) $('status').textContent = '';
}

function render(result) {
  document.body.dataset.state = !result ? 'working' : !result.ok ? 'error' : annotated ? 'annotated' : 'cleared';
  if (!result) {
    $('status').textContent = t('statusWorking');
    showError(null);
    return;
  }
  if (!result.ok) {
    showError(result.error);
    $('counts').hidden = true;
    $('language').hidden = true;
    $('annotate').hidden = false;
    $('clear').hidden = true;
    return;
  }
  showError(null);
  const s = result.status ?? result;
  $('status').textContent = t(annotated ? 'statusAnnotated' : 'statusCleared');
  $('counts').hidden = !annotated;
  $('language').hidden = !annotated;
  if (annotated) {
    for (const kind of ['quote', 'number', 'source']) $(`count-${kind}`).textContent = String(s.counts?.[kind] ?? 0);
    $('count-unsourced').textContent = String(s.unsourced ?? 0);
    $('count-anonymous').textContent = String(s.anonymous ?? 0);
    const langName = { en: t('languageEn'), ro: t('languageRo') }[s.language] ?? s.language ?? '?';
    $('language').textContent = t('languageDetected', langName);
  }
  $('annotate').hidden = annotated;
  $('clear').hidden = !annotated;
}

async function run(type) {
  render(null);
  const result = await send(type);
  annotated = Boolean(result?.ok && (type === 'annotate' || (result.status?.annotated ?? false)));
  if (type === 'clear' && result?.ok) annotated = false;
  render(result ?? { ok: false, error: { message: t('errorAnalysis', 'no answer') } });
  (annotated ? $('clear') : $('annotate')).focus();
  return result;
}

async function saveOptions() {
  const settings = Object.fromEntries(OPTIONS.map((k) => [k, $(`opt-${k}`).checked]));
  settings.lang = $('opt-lang').value;
  await send('settings', { settings });
  if (annotated) await run('annotate');
}

// While an action runs the body carries data-busy (tests wait on it).
let busy = 0;
const track = (fn) => async (...args) => {
  if (busy++ === 0) document.body.setAttribute('data-busy', '');
  try {
    return await fn(...args);
  } finally {
    if (--busy === 0) document.body.removeAttribute('data-busy');
  }
};

async function main() {
  const param = new URLSearchParams(location.search).get('tab');
  tabId = param ? Number(param) : (await api.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  const { settings } = await send('defaults');
  for (const k of OPTIONS) $(`opt-${k}`).checked = settings[k];
  $('opt-lang').value = settings.lang;
  for (const k of [...OPTIONS, 'lang']) $(`opt-${k}`).addEventListener('change', track(saveOptions));
  $('annotate').addEventListener('click', track(() => run('annotate')));
  $('clear').addEventListener('click', track(() => run('clear')));

  if (tabId == null) return render({ ok: false, error: { message: t('errorNoTab') } });
  const state = await send('status');
  if (!state?.ok) return render(state);
  if (state.status?.annotated) {
    annotated = true;
    render(state);
    $('clear').focus();
  } else {
    // The toolbar click is the request: annotate now.
    await run('annotate');
  }
}

track(main)().then(
  () => document.body.setAttribute('data-ready', ''),
  (e) => {
    render({ ok: false, error: { message: String(e?.message ?? e) } });
    document.body.setAttribute('data-ready', '');
  },
);
