import { someOf } from './echo';

/**
 * Compare any roles: `<compare-roles>` wraps the role picker, its status line, the overlap matrix and the goal weights, shows only the
 * chosen roles' columns and says which activities they all take part in. It reads and changes only its own markup.
 */
class CompareRoles extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector<HTMLFormElement>('form');
    const status = this.querySelector<HTMLElement>('[role="status"]');
    if (!form || !status) return;
    const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="roles"]')];
    const titleOf = (id: string) => boxes.find((box) => box.value === id)?.parentElement?.textContent?.trim() ?? id;
    // A role is found by its id in any case, or by an id it had before a rename.
    const idOf = (raw: string) => {
      const id = raw.trim().toLowerCase();
      return boxes.find((box) => box.value === id || (box.dataset['former'] ?? '').split(' ').includes(id))?.value;
    };

    const show = (requested: string[]) => {
      const unknown = requested.filter((raw) => !idOf(raw));
      const chosen = [...new Set(requested.map(idOf).filter((id) => id !== undefined))];
      const note: (Node | string)[] =
        unknown.length > 0 ? [` Ignored ${unknown.length} unknown ${unknown.length === 1 ? 'role' : 'roles'}: `, ...someOf(unknown), '.'] : [];
      for (const box of boxes) box.checked = chosen.includes(box.value);
      const comparing = chosen.length >= 2 && chosen.length <= 4;
      for (const cell of this.querySelectorAll<HTMLElement>('[data-matrix] [data-role], [data-goals] [data-role]'))
        cell.hidden = comparing && !chosen.includes(cell.dataset['role'] ?? '');
      if (!comparing) {
        if (requested.length > 0) status.replaceChildren('Pick two to four different roles to compare; the matrix shows them all.', ...note);
        return;
      }
      const shared = [...this.querySelectorAll<HTMLTableRowElement>('[data-matrix] tbody tr')]
        .filter((row) => chosen.every((id) => row.querySelector(`[data-role="${id}"]`)?.getAttribute('data-level') !== 'rarely'))
        .map((row) => row.dataset['activity']);
      status.replaceChildren(
        `Comparing ${chosen.map(titleOf).join(', ')}. ` +
          (shared.length > 0 ? `All of them take part in: ${shared.join(', ')}.` : 'No activity is shared by all of them.'),
        ...note,
      );
    };

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const chosen = boxes.filter((box) => box.checked).map((box) => box.value);
      history.replaceState(null, '', chosen.length > 0 ? `?roles=${chosen.join(',')}` : location.pathname);
      show(chosen);
    });

    // The form's own address without JavaScript repeats the field (?roles=devops&roles=sre); a shared one joins them with commas.
    const requested = new URLSearchParams(location.search).getAll('roles').flatMap((value) => value.split(',').filter(Boolean));
    if (requested.length > 0) show(requested);
  }
}

customElements.define('compare-roles', CompareRoles);
