/**
 * A model page's "Copy the matrix as Markdown": it copies the Markdown the page already shows under the table, so
 * without JavaScript (the button stays hidden) or without clipboard access the reader can still select it by hand.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-markdown]')) {
  const source = document.getElementById(button.dataset['copyMarkdown'] ?? '');
  const status = button.parentElement?.querySelector('[data-copy-status]');
  if (!source || !status) continue;
  button.hidden = false;
  button.addEventListener('click', () => {
    navigator.clipboard.writeText(source.textContent ?? '').then(
      () => {
        status.textContent = 'Copied: paste it into your onboarding page.';
      },
      () => {
        // Some browsers refuse the clipboard: show the Markdown and select it, ready for the reader to copy.
        const details = source.closest('details');
        if (details) details.open = true;
        const range = document.createRange();
        range.selectNodeContents(source);
        getSelection()?.removeAllRanges();
        getSelection()?.addRange(range);
        status.textContent = 'Your browser would not let the page copy: the Markdown is shown below, selected.';
      },
    );
  });
}
