// The extension's background: a service worker in Chromium, an event page's
// script in Firefox. It alone hosts the wasm engine (extension pages may run
// wasm under 'wasm-unsafe-eval'; web pages never see it), injects the content
// script into the active tab when the user asks, and answers the content
// script's one analyse request per analysis. No timers, no keep-alive, no
// network: the only fetch is the engine's own file inside the extension.
//
// Bundled by scripts/build-extension.mjs into one classic script (IIFE), so
// the same file works as a Chromium service worker and a Firefox background
// script.
import init, { analyze } from '../pkg/sourcelight.js';
import { DEFAULT_SETTINGS, normalizeSettings } from './settings.js';

const api = globalThis.browser ?? globalThis.chrome;
const msg = (name, ...subs) => api.i18n.getMessage(name, subs) || name;

let engineReady = null;
/** Loads the engine once per background lifetime, from the extension's own URL. */
function engine() {
  engineReady ??= init({ module_or_path: api.runtime.getURL('pkg/sourcelight_bg.wasm') }).catch((e) => {
    engineReady = null;
    throw e;
  });
  return engineReady;
}

/** The user's settings (kinds shown, language), with defaults filled in. */
export async function loadSettings() {
  const { settings } = await api.storage.local.get('settings');
  return normalizeSettings(settings);
}

export async function saveSettings(settings) {
  const clean = normalizeSettings(settings);
  await api.storage.local.set({ settings: clean });
  return clean;
}

/** A failure the popup shows as one short sentence. */
function failure(code, message) {
  return { ok: false, error: { code, message } };
}

function scriptingFailure(e) {
  // Chromium: "Cannot access a chrome:// URL", "Cannot access contents of the
  // page…", "The extensions gallery cannot be scripted."; Firefox: "Missing
  // host permission for the tab". All mean: this page is off limits.
  return failure('unscriptable', msg('errorUnscriptable') + (e?.message ? ` (${e.message})` : ''));
}

/** Runs `func(...args)` in the tab's content-script world; its (awaited) result. */
async function inTab(tabId, func, args = []) {
  const [first] = await api.scripting.executeScript({ target: { tabId }, func, args });
  // Firefox resolves with no result (or one carrying `error`) for pages it
  // will not script, such as about: pages, where Chromium rejects.
  if (!first) throw new Error('the page could not be scripted');
  if (first.error) throw new Error(String(first.error?.message ?? first.error));
  return first.result;
}

/** What the page says about its marks: null when sourcelight is not there. */
export async function statusTab(tabId) {
  try {
    const status = await inTab(tabId, () => globalThis.__sourcelightExt?.status() ?? null);
    return { ok: true, status: status ?? null };
  } catch (e) {
    return scriptingFailure(e);
  }
}

/** Annotates the tab's article with the current settings (re-annotates if already shown). */
export async function annotateTab(tabId) {
  if (tabId == null) return badge(undefined, failure('noTab', msg('errorNoTab')));
  const settings = await loadSettings();
  let result;
  try {
    await api.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
    result = await inTab(tabId, (s) => globalThis.__sourcelightExt.annotate(s), [settings]);
  } catch (e) {
    return badge(tabId, scriptingFailure(e));
  }
  if (!result) result = failure('analysis', msg('errorAnalysis', 'no answer from the page'));
  if (!result.ok && result.error && !result.error.message) {
    const { code, detail } = result.error;
    result.error.message =
      code === 'noArticle' ? msg('errorNoArticle') : msg('errorAnalysis', detail || String(code));
  }
  return badge(tabId, { ...result, settings });
}

/** Removes the marks; the page is as it was before. */
export async function clearTab(tabId) {
  if (tabId == null) return failure('noTab', msg('errorNoTab'));
  try {
    const status = await inTab(tabId, () => globalThis.__sourcelightExt?.clear() ?? null);
    return badge(tabId, { ok: true, status });
  } catch (e) {
    return badge(tabId, scriptingFailure(e));
  }
}

/** The toolbar shortcut: annotate, or clear when marks are shown. */
export async function toggleTab(tabId) {
  const state = await statusTab(tabId);
  if (!state.ok) return badge(tabId, state);
  return state.status?.annotated ? clearTab(tabId) : annotateTab(tabId);
}

/** The badge mirrors the last result: mark count, "!" on error, empty when cleared. */
async function badge(tabId, result) {
  if (tabId == null) return result;
  try {
    const shown = result.ok ? result.shown ?? null : null;
    const text = !result.ok ? '!' : shown ? String(Object.values(shown).reduce((a, b) => a + b, 0)) : '';
    await api.action.setBadgeText({ tabId, text });
    if (!result.ok) await api.action.setBadgeBackgroundColor({ tabId, color: '#b3261e' });
    else await api.action.setBadgeBackgroundColor({ tabId, color: '#5b4a00' });
    await api.action.setTitle({ tabId, title: result.ok ? msg('actionTitle') : msg('badgeError', result.error.message) });
  } catch {
    // The tab closed meanwhile: nothing to show.
  }
  return result;
}

/** One analysis: the content script's text in, the engine's plain object out. */
async function analyzeText(text, options) {
  try {
    await engine();
    return { ok: true, analysis: await analyze(text, options) };
  } catch (e) {
    return { ok: false, error: { code: 'analysis', detail: String(e?.message ?? e).replace(/^sourcelight: /, '') } };
  }
}

async function activeTabId() {
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

const handlers = {
  // From the content script (sender.tab is set) or an extension page.
  analyze: (m) => analyzeText(String(m.text ?? ''), m.options ?? {}),
  // From the popup.
  status: (m) => statusTab(m.tabId),
  annotate: (m) => annotateTab(m.tabId),
  clear: (m) => clearTab(m.tabId),
  toggle: (m) => toggleTab(m.tabId),
  settings: async (m) => ({ ok: true, settings: await saveSettings(m.settings) }),
  defaults: async () => ({ ok: true, settings: await loadSettings(), defaults: DEFAULT_SETTINGS }),
};

api.runtime.onMessage.addListener((m, sender, sendResponse) => {
  // Only this extension's own pages and content scripts can reach onMessage.
  if (sender.id !== api.runtime.id || typeof m?.type !== 'string' || !m.type.startsWith('sourcelight:')) return false;
  const handler = handlers[m.type.slice('sourcelight:'.length)];
  if (!handler) return false;
  handler(m).then(sendResponse, (e) => sendResponse(failure('analysis', String(e?.message ?? e))));
  return true; // answers asynchronously
});

api.commands.onCommand.addListener(async (command, tab) => {
  if (command === 'toggle-annotations') await toggleTab(tab?.id ?? (await activeTabId()));
});

// For tests and the devtools console of the background: the same paths the
// popup and the shortcut take.
globalThis.sourcelight = { annotateTab, clearTab, toggleTab, statusTab, loadSettings, saveSettings, activeTabId };
