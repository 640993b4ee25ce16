// Orchestration only: the toolbar button opens the side panel (which does all the work) and,
// being a user gesture, grants activeTab for the current page. Nothing runs in the page until
// the side panel asks; no text passes through here.
chrome.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});
