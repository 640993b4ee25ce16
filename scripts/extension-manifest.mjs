// The extension's manifest for one browser: what both share (web/extension/manifest.base.json)
// plus what only that browser understands. Chromium opens sidepanel.html in its side panel (the
// sidePanel permission and API) from a background service worker; Firefox has no side panel API
// and no background service worker, so it opens the same page as a sidebar_action from an event
// page (background.scripts). The Chromium build declares both background forms, the
// cross-browser pattern Mozilla's web-ext lint asks for (a service worker with no scripts
// fallback is a lint error): Chromium runs the service worker and ignores the scripts, listing
// "'background.scripts' requires manifest version of 2 or lower" among the manifest messages it
// shows in developer mode (the extension loads and works; tests/e2e/extension.test.js allows that
// one message and no other). Firefox ignores service_worker and rejects the sidePanel permission,
// so its build has neither. browser_specific_settings stays in both: Chromium ignores it without
// a message (checked on chrome://extensions in Chromium 156) and web-ext lint requires the add-on
// id for any Manifest V3 package.
//   node scripts/extension-manifest.mjs chromium|firefox BASE_JSON OUT_JSON
import { readFileSync, writeFileSync } from 'node:fs';

// The lowest Firefox the Firefox build was tested on (tests/e2e/extension-firefox.test.js with
// Debian's firefox-esr; see docs/MEASUREMENTS.md).
export const FIREFOX_MIN_VERSION = '153.0';
export const CHROMIUM_MIN_VERSION = '116'; // chrome.sidePanel.setPanelBehavior

const GECKO = {
  id: 'precis@precis.local',
  strict_min_version: FIREFOX_MIN_VERSION,
  data_collection_permissions: { required: ['none'] }, // nothing is collected or sent
};

export function manifestFor(browser, base) {
  const m = structuredClone(base);
  const panel = 'sidepanel.html';
  if (browser === 'chromium') {
    m.side_panel = { default_path: panel };
    m.background = { service_worker: 'background.js', scripts: ['background.js'], type: 'module' };
    m.permissions = [...m.permissions, 'sidePanel'];
    m.minimum_chrome_version = CHROMIUM_MIN_VERSION;
  } else if (browser === 'firefox') {
    m.sidebar_action = { default_panel: panel, default_title: 'Précis', default_icon: m.icons,
                         open_at_install: false }; // opened by the toolbar button, on a page
    m.background = { scripts: ['background.js'] };
    // In the toolbar from the start (Firefox puts a new extension's button in its extensions
    // menu otherwise): the button is how the sidebar opens and how a page is granted.
    m.action = { ...m.action, default_area: 'navbar' };
  } else {
    throw new Error(`unknown browser ${browser} (chromium or firefox)`);
  }
  m.browser_specific_settings = { gecko: GECKO };
  return m;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [browser, base, out] = process.argv.slice(2);
  writeFileSync(out, `${JSON.stringify(manifestFor(browser, JSON.parse(readFileSync(base, 'utf8'))), null, 2)}\n`);
}
