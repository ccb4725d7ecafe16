// Counted nouns for the UI ("1 confirmation", "2 confirmations"). No zod or rule code: client components import this.

/** `n` followed by the singular or the plural form of a noun. */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
