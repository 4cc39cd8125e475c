/** A day as the guide shows it to readers: 7 December 2026. Content dates are days, so they are read in UTC. */
export const longDay = (date: Date) => date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
