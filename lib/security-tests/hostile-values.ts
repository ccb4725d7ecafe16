// Shared by the hostile-input suites: what a leaked internal error looks like in an answer, and the numbers that
// break naive code.

/** Substrings that mean an internal error (stack, SQL, driver, path, PostgreSQL error code) reached a user. */
export const LEAKS = [
  "    at ",
  "SELECT ",
  "INSERT ",
  "syntax error",
  "violates",
  "constraint",
  'relation "',
  "Prisma",
  "P20",
  "/work/",
  "node_modules",
  "Invalid `",
  "TypeError",
  "ReferenceError",
  "22P02",
  "22021",
  "22008",
];

/** Edge-case numbers: not-a-number, infinities, signed zero, the extremes of a double. */
export const EDGE_NUMBERS = [NaN, Infinity, -Infinity, -0, 0, 1e308, -1e308, 5e-324];
