// The values sent key by key: the page gets each table whole again, in its key order, with the
// keys that did not change as the very objects it had, and a message carries only what changed.
import { describe, expect, it } from "vitest";
import type { Table } from "../../src";
import { TableReceiver, TableSender } from "./kept-keys";

/** Sends each table through a sender and a receiver as the worker and the page do, through a structured clone. */
function roundTrips(tables: Table[]) {
  const sender = new TableSender();
  const receiver = new TableReceiver();
  return tables.map((table) => {
    const sent = structuredClone(sender.send(table));
    return { sent, received: receiver.receive(sent) };
  });
}

describe("values sent key by key", () => {
  const labels = Object.fromEntries(Array.from({ length: 1000 }, (_, index) => [`label-${index}`, `value-${index}`]));

  it("sends the whole table first, then only the keys whose value changed", () => {
    const first = { nameOverride: "dagger", labels, engine: { kind: "StatefulSet" } };
    const second = { ...first, nameOverride: "daggerx" };
    const [one, two] = roundTrips([first, second]);
    expect(one!.sent.changed).toEqual(first);
    expect(two!.sent).toEqual({ keys: ["nameOverride", "labels", "engine"], changed: { nameOverride: "daggerx" } });
    expect(two!.received).toEqual(second);
  });

  it("gives the page the keys that did not change as the objects it already had", () => {
    const [one, two] = roundTrips([{ labels, nameOverride: "a" }, { labels: { ...labels }, nameOverride: "b" }]);
    // An equal copy in the worker (a new reading of the same labels) is not sent again.
    expect(two!.received.labels).toBe(one!.received.labels);
  });

  it("follows keys added, removed and moved, and values changed deep inside", () => {
    const tables: Table[] = [
      { a: 1, b: { c: [1, 2] }, d: null },
      { b: { c: [1, 3] }, a: 1, e: "new" },
      { e: "new" },
      {},
      { a: 1, b: { c: [1, 3] } },
    ];
    const trips = roundTrips(tables);
    trips.forEach(({ received }, index) => {
      expect(received).toEqual(tables[index]);
      expect(Object.keys(received)).toEqual(Object.keys(tables[index]!));
    });
    expect(trips[1]!.sent.changed).toEqual({ b: { c: [1, 3] }, e: "new" });
    expect(trips[3]!.sent).toEqual({ keys: [], changed: {} });
  });

  it("sends a value that became null, and keeps a key named like an Object method as data", () => {
    const trips = roundTrips([{ constructor: "x", engine: { port: 1 } }, { constructor: "y", engine: null }]);
    expect(trips[1]!.received).toEqual({ constructor: "y", engine: null });
  });
});
