/** "N members are acting on this": a count only, never who. */
export function ActingCount({ count }: { count: number }) {
  const text = count === 0 ? "No member is acting on this yet." : count === 1 ? "1 member is acting on this." : `${count} members are acting on this.`;
  return <span className="font-medium">{text}</span>;
}
