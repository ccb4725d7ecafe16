import { afterEach, beforeEach, expect } from "vitest";

// A test that logs console.error fails: errors must be asserted, not printed. Both test projects load this.
let consoleErrors: unknown[][] = [];
const originalError = console.error;
beforeEach(() => {
  consoleErrors = [];
  console.error = (...args: unknown[]) => {
    consoleErrors.push(args);
    originalError(...args);
  };
});
afterEach(() => {
  console.error = originalError;
  expect(consoleErrors, "console.error was called during this test").toEqual([]);
});
