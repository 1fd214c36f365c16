// bookmarklet.js — builds the "run sourcelight on this page" bookmarklet.
// The bookmarklet imports the shell from the local demo server (never from
// the internet) and annotates the article of the page it is clicked on, or
// the current selection. Clicking it again clears the marks. Pages whose CSP
// forbids scripts from other origins block it; the browser extension is the
// way there.

/**
 * The bookmarklet's `javascript:` URL for a shell served at `origin`.
 * @param {string} origin e.g. `http://127.0.0.1:8080`
 */
export function bookmarkletHref(origin) {
  return `javascript:${encodeURIComponent(bookmarkletSource(origin))}`;
}

/** The bookmarklet's code (also what tests run on fixture pages). */
export function bookmarkletSource(origin) {
  return `(async()=>{const w=window;if(w.__sourcelight){w.__sourcelight.clear();w.__sourcelight=null;return}`
    + `const m=await import(${JSON.stringify(`${origin}/sourcelight.js`)});const s=getSelection();`
    + `w.__sourcelight=await m.annotate(s&&!s.isCollapsed?s:undefined)})()`;
}
