import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Dependency directions from docs/architecture.md, enforced where a mistake is most likely.
const noDbOutsideDataLayer = {
  patterns: [
    { group: ["@/lib/db/*", "**/lib/db/*"], message: "Use lib/data (it authorises); only the data layer talks to the database." },
  ],
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", "node_modules/**", "lib/db/generated/**", ".data/**", "tests/e2e/.artifacts/**", "next-env.d.ts"],
  },
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/actions/**/*.ts"],
    rules: { "no-restricted-imports": ["error", noDbOutsideDataLayer] },
  },
  {
    // Components render DTOs; they may import their types but never call the data layer.
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": "off",
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            ...noDbOutsideDataLayer.patterns,
            {
              group: ["@/lib/data/*", "@/lib/data/**"],
              allowTypeImports: true,
              message: "Components get data as props from pages.",
            },
          ],
        },
      ],
    },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
];
export default config;
