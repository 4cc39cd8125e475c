/** A day as machines read it, in a `datetime` attribute or an export: 2026-12-07, in UTC like every content date. */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

// One formatter for the whole build: toLocaleDateString would set up a new one for every date on every page.
const readersDay = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A day as the guide shows it to readers: 7 December 2026. Content dates are days, so they are read in UTC. */
export const longDay = (date: Date) => readersDay.format(date);
