// Share links carry values (src/wizard/state.ts WizardState), the wizard holds a text
// (text-state.ts WizardTextState): the two conversions, apart from the first load, since only
// the share dialog and an opened link need them.
import { shareLink, type SharedDeployed, type ShareLinkResult } from "../share/share-link";
import { ZValues } from "../values/schema";
import { isTable, type Table } from "../values/tree";
import { describeNode, sectionFields, type SchemaNode } from "../values/walk";
import { secretOf } from "./secrets";
import { userValuesOf, valuesFrom, type WizardState } from "./state";
import { valuesTextOf, type WizardTextState } from "./text-state";

/** The text state of a values state (a share link's, an older saved state's). */
export function textStateFrom(state: WizardState): WizardTextState {
  return { release: { ...state.release }, valuesText: valuesTextOf(userValuesOf(state.values)) };
}

/**
 * The values state a share link carries for the user's values. Keys the chart does not know are
 * left out (a link with them would not open); the dialog says which.
 */
export function shareableState(release: WizardTextState["release"], userValues: Table): WizardState {
  return { release: { ...release }, values: valuesFrom(withoutUnknownKeys(userValues)) };
}

/**
 * The share link of the user's values. Their token is read first, as Helm reads it (through
 * merge keys, which the link leaves out as unknown), so it is left out wherever it stands.
 */
export function shareLinkFor(release: WizardTextState["release"], userValues: Table, deployed?: SharedDeployed): ShareLinkResult {
  return shareLink(shareableState(release, userValues), secretOf(userValues), deployed);
}

/** The values without the keys the chart has no place for (engine.kinds, a parent chart's tunnel:). */
export function withoutUnknownKeys(values: Table): Table {
  return known(values, describeNode(ZValues));
}

function known(values: Table, section: SchemaNode): Table {
  const fields = new Map(sectionFields(section));
  const out: Table = {};
  for (const [key, value] of Object.entries(values)) {
    const schema = fields.get(key);
    if (!schema) continue;
    const node = describeNode(schema);
    out[key] = node.isSection && isTable(value) ? known(value, node) : value;
  }
  return out;
}
