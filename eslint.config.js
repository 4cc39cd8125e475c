// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'dist-*/', '.astro/', '.bench/', '.scratch/'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname, extraFileExtensions: ['.astro'] },
    },
    rules: {
      // The TypeScript compiler already knows every global; ESLint's own check only misreads types as variables.
      'no-undef': 'off',
    },
  },
  astro.configs.recommended,
  {
    files: ['**/*.astro'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.astro'] } },
    // Type-aware rules cannot see the types of astro:content in a component's frontmatter; `astro check` checks those.
    extends: [tseslint.configs.disableTypeChecked],
    rules: {
      // Every inline script would need its hash in the page's Content-Security-Policy: scripts are files, bundled by Astro.
      'astro/no-unsafe-inline-scripts': 'error',
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    // Plain JavaScript files (configs, the benchmark) carry no types to check against.
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // Tests break the tiny guide's raw content on purpose, as an author would, so that content is loosely typed.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
    },
  },
  prettier,
);
