// Lint for what tests cannot see: regular expressions that could backtrack
// catastrophically (every pattern in the code and in the rule tables), and
// the regexp mistakes eslint-plugin-regexp knows. Style is left to review.
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'docs/api/', 'coverage/', '.scratch/', 'node_modules/', '.pack-test/'] },
  {
    files: ['src/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts', 'test/**/*.ts', 'examples/**/*.mjs'],
    languageOptions: { parser: tseslint.parser },
    plugins: { regexp },
    rules: {
      ...regexp.configs['flat/recommended'].rules,
      'regexp/no-super-linear-backtracking': ['error', { report: 'potential' }],
      'regexp/no-super-linear-move': 'error',
    },
  },
);
