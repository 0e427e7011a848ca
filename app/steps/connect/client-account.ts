// The service account the user's CI jobs run as, for the client Role and RoleBinding. It is not a
// chart value (the chart installs the engine, not the jobs' access), so it lives beside the saved
// settings in this browser rather than in values.yaml: what the user typed survives a step change
// and a reload.
import { useCallback, useState } from "react";
import type { ClientAccount } from "../../../src";
import { safeLocalStorage } from "../../form/start-state";

const KEY = "dagger-helm-wizard:connect-client";

function readAccount(): ClientAccount {
  try {
    const saved = JSON.parse(safeLocalStorage().getItem(KEY) ?? "{}") as Partial<ClientAccount>;
    return { name: typeof saved.name === "string" ? saved.name : "", namespace: typeof saved.namespace === "string" ? saved.namespace : "" };
  } catch {
    // A damaged entry is the browser's, not the user's text: start empty.
    return { name: "", namespace: "" };
  }
}

export function useClientAccount(): [ClientAccount, (account: ClientAccount) => void] {
  const [account, setAccount] = useState(readAccount);
  const update = useCallback((next: ClientAccount) => {
    setAccount(next);
    try {
      safeLocalStorage().setItem(KEY, JSON.stringify(next));
    } catch {
      // A full storage keeps the account for this visit only; the form still has it.
    }
  }, []);
  return [account, update];
}
