// Ctrl+K (⌘K on Apple devices) puts the cursor in the header's search box, as on most documentation sites.
const box = document.querySelector<HTMLInputElement>('form.header-search input');
addEventListener('keydown', (event) => {
  if (box && (event.ctrlKey || event.metaKey) && event.key === 'k') {
    event.preventDefault();
    box.select();
  }
});
