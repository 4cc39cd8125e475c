// The header's search link opens the search dialog: on a click, or on Ctrl+K (⌘K on Apple devices) anywhere, as on
// most documentation sites. The dialog's code loads when the reader heads for the link, so the first click answers.
// A module, so its names do not meet other scripts' in the global scope.
export {};

const opener = document.querySelector<HTMLAnchorElement>('a[data-search-dialog]');
let dialog: Promise<typeof import('../search/dialog')> | undefined;
const preload = () => (dialog ??= import('../search/dialog'));
const open = () => {
  if (opener) void preload().then(({ openSearchDialog }) => openSearchDialog(opener));
};

for (const heading of ['pointerenter', 'focus', 'touchstart'] as const) opener?.addEventListener(heading, () => void preload(), { passive: true });
opener?.addEventListener('click', (event) => {
  // A new tab or window still gets the search page itself.
  if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
  event.preventDefault();
  open();
});
addEventListener('keydown', (event) => {
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
    event.preventDefault();
    open();
  }
});
