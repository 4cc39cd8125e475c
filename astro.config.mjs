// @ts-check
import { existsSync, readFileSync } from 'node:fs';

import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

import { contentSecurityPolicy } from './src/integrations/content-security-policy';
import { refuseEmbeddedCode } from './src/integrations/embedded-code';
import { announceSiteAddress, siteAddress } from './src/integrations/site-address';
import { editBaseUrl } from './src/knowledge/history';

// The public address and base path come from the environment, so one build fits any static host.
const address = siteAddress(process.env);
const base = process.env.BASE || '/';
// Pages offer "Suggest a change" only where the environment names the repository's edit address.
const editBase = editBaseUrl(process.env);

/** Where this build writes its pages: `--outDir` may move it, and the sitemap filter reads the pages there. */
let outDir = new URL('./dist/', import.meta.url);
/** @type {import('astro').AstroIntegration} */
const rememberOutDir = { name: 'ops-atlas:out-dir', hooks: { 'astro:config:done': ({ config }) => void (outDir = config.outDir) } };

/**
 * A page that asks not to be indexed (an old address's redirect page) stays out of the sitemap. The sitemap is written
 * after the build, so the page's own HTML says whether it is one.
 */
const indexable = (/** @type {string} */ page) => {
  const path = decodeURIComponent(new URL(page).pathname).slice(base.replace(/\/?$/, '/').length);
  const file = new URL(`${path}index.html`, outDir);
  return !existsSync(file) || !/<meta name="robots" content="noindex"/.test(readFileSync(file, 'utf8'));
};

export default defineConfig({
  site: address.site,
  base,
  trailingSlash: 'always',
  // Content may not carry scripts, styles, embeds or event handlers of its own (MDX extends this Markdown setting).
  markdown: { processor: unified({ remarkPlugins: [refuseEmbeddedCode] }) },
  // Components' styles go to cached files rather than into every page, so a page's HTML stays within one round trip.
  build: { concurrency: 4, inlineStylesheets: 'never' },
  vite: {
    build: {
      rolldownOptions: {
        // Astro marks every MDX entry with its own "use astro:head-inject" directive, which the bundler does not know and
        // warns about once per entry. Astro handles the directive itself; every other warning still shows.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('use astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
  integrations: [
    // Says which address the pages will name, and warns (or, with REQUIRE_SITE, stops) when that is localhost.
    announceSiteAddress(address, process.env),
    starlight({
      title: 'Ops Atlas',
      description: 'What the operations roles around software delivery really do, where they overlap and how company context shapes them.',
      routeMiddleware: './src/routeData.ts',
      markdown: { processedDirs: ['./content/'] },
      // Each page says when it last changed, from the git history at build time (src/knowledge/history.ts for entries).
      lastUpdated: true,
      ...(editBase ? { editLink: { baseUrl: editBase } } : {}),
      // Pagefind indexes the built pages; the guide's own header dialog and search page read it (src/search/).
      pagefind: true,
      customCss: ['./src/styles/guide.css'],
      components: {
        DraftContentNotice: './src/components/DraftContentNotice.astro',
        LastUpdated: './src/components/LastUpdated.astro',
        MarkdownContent: './src/components/MarkdownContent.astro',
        Search: './src/components/Search.astro',
      },
    }),
    mdx(),
    // Starlight adds a sitemap of its own unless one is configured; this one leaves out pages marked noindex.
    rememberOutDir,
    sitemap({ filter: indexable }),
    // Only the guide's own files, and inline code whose hash is in the policy, may run or style a page.
    contentSecurityPolicy(["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"]),
  ],
});
