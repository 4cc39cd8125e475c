// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'dist-*/', '.astro/', '.bench/', '.scratch/'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname, extraFileExtensions: ['.astro'] },
    },
  },
  astro.configs.recommended,
  {
    files: ['**/*.astro'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.astro'] } },
    rules: {
      // Every inline script must be hashed into the page's Content-Security-Policy; the guide's own scripts are modules.
      'astro/no-unsafe-inline-scripts': 'error',
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    // Plain JavaScript files (configs, the benchmark) carry no types to check against.
    extends: [tseslint.configs.disableTypeChecked],
  },
  prettier,
);
