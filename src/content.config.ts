import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';

import { entryPages, yamlEntries } from './knowledge/loaders';
import { collectionSchemas } from './knowledge/schemas';

const schemas = collectionSchemas(reference);

export const collections = {
  docs: defineCollection({ loader: glob({ base: './content/pages', pattern: '**/[^_]*.{md,mdx}' }), schema: docsSchema() }),
  roles: defineCollection({ loader: entryPages('roles'), schema: schemas.roles }),
  goals: defineCollection({ loader: entryPages('goals'), schema: schemas.goals }),
  factors: defineCollection({ loader: entryPages('factors'), schema: schemas.factors }),
  enablers: defineCollection({ loader: entryPages('enablers'), schema: schemas.enablers }),
  activities: defineCollection({ loader: entryPages('activities'), schema: schemas.activities }),
  glossary: defineCollection({ loader: entryPages('glossary'), schema: schemas.glossary }),
  comparisons: defineCollection({ loader: entryPages('comparisons'), schema: schemas.comparisons }),
  paths: defineCollection({ loader: entryPages('paths'), schema: schemas.paths }),
  sources: defineCollection({ loader: yamlEntries('./content/sources.yaml'), schema: schemas.sources }),
  // Starlight's interface strings, where the guide words them its own way: the footer's links follow the sidebar, which
  // a reader on a reading path must not mistake for the path's next step.
  i18n: defineCollection({
    loader: () => [{ id: 'en', 'page.previousLink': 'Previous in the sidebar', 'page.nextLink': 'Next in the sidebar' }],
    schema: i18nSchema(),
  }),
};
