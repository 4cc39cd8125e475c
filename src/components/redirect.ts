// An old address's page: the refresh alone would drop the link's #anchor and ?query; where scripts run, this keeps them.
const to = document.querySelector('[data-redirect-to]')?.getAttribute('data-redirect-to');
if (to) location.replace(to + location.search + location.hash);
