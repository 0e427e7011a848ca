// The values crossing from the values worker to the page, top-level key by key: each message
// carries only the keys whose value changed since the one before, and the page keeps its own
// copy of the others. Typing into one field of a file of a megabyte of labels copied every label
// into the page twice per keystroke (the user's values and the coalesced ones), 12 ms of its main
// thread each time; now it copies the field's key. The unchanged keys are also the same objects
// as before on the page, so comparing them with the form's (sharedFormValues) costs nothing.
// Messages between the two arrive in the order they were sent, and every one that carries a table
// goes through the receiver: the two sides always hold the same last table.
import { deepEqual, type Table } from "../../src";

/** A table as sent: its keys in order, and the values of those that changed. */
export interface TKeptTable {
  keys: string[];
  changed: Table;
}

/** The worker's side of one kind of table: what it sent last. */
export class TableSender {
  private last: Table | undefined;

  send(table: Table): TKeptTable {
    const last = this.last;
    this.last = table;
    const keys = Object.keys(table);
    const changed: Table = {};
    for (const key of keys) {
      if (!last || !Object.hasOwn(last, key) || !deepEqual(last[key], table[key])) changed[key] = table[key];
    }
    return { keys, changed };
  }
}

/** The page's side of one kind of table: what it received last. */
export class TableReceiver {
  private last: Table = {};

  receive({ keys, changed }: TKeptTable): Table {
    const table: Table = {};
    for (const key of keys) table[key] = Object.hasOwn(changed, key) ? changed[key] : this.last[key];
    this.last = table;
    return table;
  }
}
