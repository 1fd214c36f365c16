// bookmarklet.js — builds the "run sourcelight on this page" bookmarklet.
// The bookmarklet imports the shell from the local demo server (never from
// the internet) and annotates the article of the page it is clicked on, or
// the current selection. Clicking it again clears the marks.
// On a page of another origin the server's CORS header lets the page import
// the shell; the analysis then runs in a worker started from a blob: URL
// (shell/engine.js), or on the page's main thread if the page's CSP forbids
// that. When the page's CSP blocks the shell's scripts altogether, the
// bookmarklet says so (the browser extension is the way there).

/**
 * The bookmarklet's `javascript:` URL for a shell served at `origin`.
 * @param {string} origin e.g. `http://127.0.0.1:8080`
 */
export function bookmarkletHref(origin) {
  return `javascript:${encodeURIComponent(bookmarkletSource(origin))}`;
}

/** What the bookmarklet tells the reader when it cannot run (also in tests). */
export const BLOCKED_MESSAGE = 'sourcelight cannot run on this page: its Content-Security-Policy blocks scripts from ';

/** The bookmarklet's code (also what tests run on fixture pages). */
export function bookmarkletSource(origin) {
  const o = JSON.stringify(origin);
  return `(async()=>{const w=window,o=${o},say=(t)=>{console.warn(t);alert(t)};`
    + `if(w.__sourcelight){w.__sourcelight.clear();w.__sourcelight=null;return}let m;`
    + `try{m=await import(${JSON.stringify(`${origin}/sourcelight.js`)})}catch(e){say(${JSON.stringify(BLOCKED_MESSAGE)}+o+" (or that server is not running). Use the sourcelight browser extension here.");return}`
    + `const s=getSelection();`
    + `try{w.__sourcelight=await m.annotate(s&&!s.isCollapsed?s:undefined)}catch(e){say("sourcelight could not analyse this page: "+(e&&e.message||e))}})()`;
}
