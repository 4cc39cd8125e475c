// The header's search link opens the search dialog: on a click, or on Ctrl+K (⌘K on Apple devices) anywhere, as on
// most documentation sites. The dialog's code loads when the reader heads for the link or presses the keys, and what
// they type before it opens goes into its box, so no keystroke is lost.
// A module, so its names do not meet other scripts' in the global scope.
export {};

const opener = document.querySelector<HTMLAnchorElement>('a[data-search-dialog]');
let dialog: Promise<typeof import('../search/dialog')> | undefined;
const preload = () => (dialog ??= import('../search/dialog'));
/** What the reader typed while the dialog was loading, or undefined when it is not loading. */
let typedEarly: string | undefined;

const open = () => {
  if (!opener || typedEarly !== undefined) return;
  typedEarly = '';
  void preload()
    .then(({ openSearchDialog }) => openSearchDialog(opener, typedEarly ?? ''))
    .finally(() => (typedEarly = undefined));
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
  } else if (typedEarly !== undefined && event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
    event.preventDefault();
    typedEarly += event.key;
  }
});
