// Firefox's orchestration (Firefox has no side panel API; the panel is a sidebar_action). The
// toolbar button opens the sidebar (open() must be called synchronously in the click handler to
// count as a user action) and, being a user gesture, grants activeTab for the page it was clicked
// on. A sidebar that is already open is asked to read that page; one that is just opening reads
// it by itself once its summarizer is ready. No text passes through here.
browser.action.onClicked.addListener((tab) => {
  browser.sidebarAction.open();
  browser.runtime.sendMessage({ op: 'read', tabId: tab.id }).catch(() => {}); // no sidebar listening yet
});
