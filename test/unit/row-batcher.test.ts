import { RowBatcher } from "../../src/graph/row-batcher";

/** A write that waits until the test lets it finish, recording the rows of each transaction. */
function controlledWrite() {
  const batches: unknown[][] = [];
  const finish: Array<(error?: Error) => void> = [];
  const write = (rows: unknown[]) =>
    new Promise<void>((resolve, reject) => {
      batches.push(rows);
      finish.push((error) => (error ? reject(error) : resolve()));
    });
  return { batches, finish, write };
}

const settle = () => new Promise((r) => setImmediate(r));

describe("RowBatcher", () => {
  it("writes the first rows at once and the rows added meanwhile together in the next transaction", async () => {
    const { batches, finish, write } = controlledWrite();
    const batcher = new RowBatcher(write);
    const settled: string[] = [];
    const a = batcher.add([{ n: 1 }]).then(() => settled.push("a"));
    await settle();
    expect(batches).toEqual([[{ n: 1 }]]);
    const b = batcher.add([{ n: 2 }]).then(() => settled.push("b"));
    const c = batcher.add([{ n: 3 }, { n: 4 }]).then(() => settled.push("c"));
    await settle();
    expect(batches).toHaveLength(1);
    finish[0]!();
    await a;
    await settle();
    expect(settled).toEqual(["a"]);
    expect(batches[1]).toEqual([{ n: 2 }, { n: 3 }, { n: 4 }]);
    finish[1]!();
    await Promise.all([b, c]);
    expect(settled).toEqual(["a", "b", "c"]);
  });

  it("fails only the requests of a failed transaction, and keeps to its row limit", async () => {
    const { batches, finish, write } = controlledWrite();
    const batcher = new RowBatcher(write, 2);
    const first = batcher.add([{ n: 1 }]);
    await settle();
    const second = batcher.add([{ n: 2 }, { n: 3 }]);
    const third = batcher.add([{ n: 4 }]);
    finish[0]!(new Error("deadlock"));
    await expect(first).rejects.toThrow("deadlock");
    await settle();
    expect(batches[1]).toEqual([{ n: 2 }, { n: 3 }]);
    finish[1]!();
    await expect(second).resolves.toBeUndefined();
    await settle();
    expect(batches[2]).toEqual([{ n: 4 }]);
    finish[2]!();
    await expect(third).resolves.toBeUndefined();
    await expect(batcher.add([])).resolves.toBeUndefined();
    expect(batches).toHaveLength(3);
  });
});
