import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      "server-only": path.resolve(import.meta.dirname, "tests/helpers/server-only-stub.ts"),
    },
  },
  test: {
    environment: "node",
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", "tests/e2e/**", ".next/**"],
    // Each test file gets its own SQLite file; files run in separate workers.
    pool: "forks",
    testTimeout: 20_000,
  },
});
