// ESLint flat config. The engine may import nothing from Office, React, the DOM or Node,
// and no code may evaluate text as code: a user's rule text is data.
const tseslint = require("typescript-eslint");

const NO_CODE_FROM_TEXT = {
  "no-eval": "error",
  "no-new-func": "error",
  "no-implied-eval": "error",
};

module.exports = tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "assets/**", "**/*.d.ts", "tests/e2e/screenshots/**"] },
  ...tseslint.configs.recommended,
  {
    rules: {
      ...NO_CODE_FROM_TEXT,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/engine/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["react", "react-dom", "@fluentui/*", "exceljs", "fs", "path", "os", "node:*", "stream", "child_process"],
              message: "The engine is pure: no UI, file or Node imports.",
            },
            {
              group: ["**/workbook/**", "**/excel/**", "**/xlsx/**", "**/taskpane/**", "**/cli/**", "**/functions/**", "**/commands/**"],
              message: "Arrows point one way: faces → workbook → engine.",
            },
          ],
        },
      ],
      "no-restricted-globals": ["error", "Excel", "Office", "CustomFunctions", "window", "document", "process"],
    },
  },
  {
    files: ["src/workbook/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/excel/**", "**/xlsx/**", "**/taskpane/**", "**/cli/**", "exceljs", "react"],
              message: "The orchestration knows only the WorkbookPort.",
            },
          ],
        },
      ],
      "no-restricted-globals": ["error", "Excel", "Office", "CustomFunctions"],
    },
  },
  {
    files: ["src/files/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/excel/**", "**/taskpane/**", "**/cli/**", "**/functions/**", "**/commands/**", "react", "fs", "path", "node:*"],
              message: "File formats are shared by the command line and the browser: no face, UI or Node file imports.",
            },
          ],
        },
      ],
    },
  },
  {
    // webpack.config.js is CommonJS; its tests import it the TypeScript way for CommonJS (`import x = require()`).
    files: ["tests/build/**/*.ts"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["**/*.js"],
    languageOptions: {
      sourceType: "commonjs",
      globals: {
        require: "readonly",
        module: "writable",
        process: "readonly",
        __dirname: "readonly",
        console: "readonly",
        Buffer: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
