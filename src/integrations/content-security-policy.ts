import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import type { AstroIntegration } from 'astro';

import { htmlFiles } from './built-pages';

const pagesAtOnce = 16;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const decodeAttribute = (value: string) =>
  value.replace(
    /&(quot|#39|#x27|lt|gt|amp);/g,
    (_, entity: string) => ({ quot: '"', '#39': "'", '#x27': "'", lt: '<', gt: '>', amp: '&' })[entity] ?? '',
  );

/**
 * The policy one page needs: its own files, plus the hash of every inline script, style element and
 * style attribute it carries. Starlight writes some of these inline (the theme script, icon sizes),
 * which Astro's own CSP support does not hash, so the hashes are taken from the finished HTML.
 */
export function policyFor(html: string, directives: readonly string[]): string {
  const unique = (hashes: string[]) => [...new Set(hashes)].join(' ');
  const scripts = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => sha256(match[1] ?? ''));
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => sha256(match[1] ?? ''));
  const styleAttributes = [...html.matchAll(/\sstyle="([^"]*)"/g)].map((match) => sha256(decodeAttribute(match[1] ?? '')));
  return [
    ...directives,
    `script-src 'self' ${unique(scripts)}`.trim(),
    `style-src 'self' ${unique(styles)}`.trim(),
    styleAttributes.length > 0 ? `style-src-attr 'unsafe-hashes' ${unique(styleAttributes)}` : "style-src-attr 'none'",
  ].join('; ');
}

/** Adds a hash-based Content-Security-Policy `<meta>` to every built page. */
export function contentSecurityPolicy(directives: readonly string[]): AstroIntegration {
  return {
    name: 'ops-atlas:content-security-policy',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const files = await htmlFiles(fileURLToPath(dir));
        const addPolicy = async (file: string) => {
          const html = await readFile(file, 'utf8');
          const meta = `<meta http-equiv="content-security-policy" content="${policyFor(html, directives)}">`;
          const withPolicy = html.replace(/<meta charset="utf-8"\s*\/?>/i, (charset) => charset + meta);
          if (withPolicy === html) throw new Error(`${file}: no <meta charset="utf-8"> to place the Content-Security-Policy after.`);
          await writeFile(file, withPolicy);
        };
        // A few pages at a time: reading every page at once would hold the whole site in memory twice over.
        for (let start = 0; start < files.length; start += pagesAtOnce) await Promise.all(files.slice(start, start + pagesAtOnce).map(addPolicy));
        logger.info(`Content-Security-Policy added to ${files.length} pages.`);
      },
    },
  };
}
