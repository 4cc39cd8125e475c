import type { CollectionName } from './schemas';

/** How each collection is named in the guide's navigation and labels. */
export const kindLabels: Record<CollectionName, { plural: string; singular: string }> = {
  roles: { plural: 'Roles', singular: 'Role' },
  goals: { plural: 'Goals', singular: 'Goal' },
  factors: { plural: 'Company context', singular: 'Company context factor' },
  enablers: { plural: 'Enablers', singular: 'Enabler' },
  sources: { plural: 'Sources', singular: 'Source' },
};
