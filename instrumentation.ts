// Runs once when a server process starts. The Node-only work lives in lib/boot.ts (the Edge runtime never loads it).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { boot } = await import("@/lib/boot");
    await boot();
  }
}
