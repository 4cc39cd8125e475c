// Ctrl+K (⌘K on Apple devices) puts the cursor in the header's search box, as it does on most documentation sites.
const form = document.querySelector<HTMLFormElement>('form.header-search');
const input = form?.querySelector('input');
const shortcut = form?.querySelector<HTMLElement>('kbd[data-shortcut]');

if (input && shortcut) {
  // navigator.platform is deprecated but, unlike the user agent, is not spoofed by devtools.
  if (/Mac|iPhone|iPod|iPad/i.test(navigator.platform)) shortcut.textContent = '⌘ K';
  shortcut.hidden = false;
  input.addEventListener('focus', () => (shortcut.hidden = true));
  input.addEventListener('blur', () => (shortcut.hidden = false));
  window.addEventListener('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
      event.preventDefault();
      input.focus();
      input.select();
    }
  });
}
