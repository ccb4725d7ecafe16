import { describe, expect, it } from "vitest";
import { MAX_SHARED_BUFFERS_MB, MIN_SHARED_BUFFERS_MB, availableMemoryBytes, sharedBuffersMb } from "@/lib/db/shared-buffers";

const GB = 1024 ** 3;

describe("sharedBuffersMb", () => {
  it.each([
    { host: "this 23.5 GiB benchmark machine", memory: 23.5 * GB, expected: MAX_SHARED_BUFFERS_MB },
    { host: "an 8 GB laptop", memory: 8 * GB, expected: 2048 },
    { host: "a 2 GB virtual machine", memory: 2 * GB, expected: 512 },
    { host: "a 256 MB container", memory: 256 * 1024 ** 2, expected: MIN_SHARED_BUFFERS_MB },
    { host: "a 64 GB server", memory: 64 * GB, expected: MAX_SHARED_BUFFERS_MB },
  ])("a quarter of the memory within bounds: $host", ({ memory, expected }) => {
    expect(sharedBuffersMb(memory)).toBe(expected);
  });

  it("takes the override as given", () => {
    expect(sharedBuffersMb(64 * GB, 256)).toBe(256);
    expect(sharedBuffersMb(256 * 1024 ** 2, 1024)).toBe(1024);
  });
});

describe("availableMemoryBytes", () => {
  it("uses a container's lower limit, and the host's memory when there is none", () => {
    expect(availableMemoryBytes(32 * GB, 2 * GB)).toBe(2 * GB);
    expect(availableMemoryBytes(32 * GB, undefined)).toBe(32 * GB);
    expect(availableMemoryBytes(32 * GB, 0)).toBe(32 * GB);
    // Node reports an unlimited cgroup as a very large number.
    expect(availableMemoryBytes(32 * GB, 2 ** 62)).toBe(32 * GB);
  });
});
