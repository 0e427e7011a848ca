// The service account of the CI jobs, which the client Role and RoleBinding are bound to.
import { TextInput } from "@mantine/core";
import { clientAccountProblem, type ClientAccount } from "../../../src";
import { FieldGrid } from "../../fields/FieldGrid";

export function ClientAccountFields({ account, onChange, engineNamespace }: { account: ClientAccount; onChange: (account: ClientAccount) => void; engineNamespace: string }) {
  // An empty name is not an error yet: the section asks for it in words.
  const problem = account.name || account.namespace ? clientAccountProblem(account) : undefined;
  const nameProblem = problem && (!account.name || problem.includes("service account name")) ? problem : undefined;
  const namespaceProblem = problem && !nameProblem ? problem : undefined;
  return (
    <FieldGrid cols={2}>
      <TextInput
        label="Service account of the CI jobs"
        description="The Role lets it exec into the engine pods; the RoleBinding binds it."
        placeholder="gitlab-runner"
        value={account.name}
        onChange={(event) => onChange({ ...account, name: event.currentTarget.value })}
        error={nameProblem}
        autoComplete="off"
        spellCheck={false}
      />
      <TextInput
        label="Its namespace"
        description={`Where the jobs run; empty for the engine's (${engineNamespace}).`}
        placeholder={engineNamespace}
        value={account.namespace ?? ""}
        onChange={(event) => onChange({ ...account, namespace: event.currentTarget.value })}
        error={namespaceProblem}
        autoComplete="off"
        spellCheck={false}
      />
    </FieldGrid>
  );
}
