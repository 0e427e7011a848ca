// How CI jobs reach the engine these values install, computed by the core (src/connect/) from the
// values the form shows: for each way in, the runner host, the NOTES text, warnings and snippets;
// the client RBAC for the service account the user names; the CLI to install.
import { Alert, Badge, Group, Stack } from "@mantine/core";
import { useMemo } from "react";
import { clientAccountProblem, connectionMethods, type ClientAccount, type ConnectInfo, type ConnectMethod } from "../../../src";
import { FormSection } from "../../fields/FormSection";
import { useValuesCheck } from "../../fields/problems";
import { useWizard } from "../../form/use-wizard";
import { ClientAccountFields } from "./ClientAccountFields";
import { useClientAccount } from "./client-account";
import { MethodSection } from "./MethodSection";
import { NotesText } from "./NotesText";
import { TcpFields } from "./TcpFields";
import { UnavailableList } from "./UnavailableList";

function useConnectInfo(account: ClientAccount): { info?: ConnectInfo; problem?: string } {
  const { values } = useValuesCheck();
  const release = useWizard((state) => state.release);
  const refused = useWizard((state) => state.preview.problems[0]?.message);
  return useMemo(() => {
    // Snippets for values Helm refuses would name objects that are never installed.
    if (refused) return { problem: refused };
    try {
      const client = account.name ? account : undefined;
      return { info: connectionMethods(values, { releaseName: release.name, namespace: release.namespace }, { client }) };
    } catch (error) {
      return { problem: (error as Error).message };
    }
  }, [values, release, refused, account]);
}

const engines = (count: number) => `${count} ${count === 1 ? "engine" : "engines"}`;

export function ConnectStep() {
  const [account, setAccount] = useClientAccount();
  const { info, problem } = useConnectInfo(account);
  if (!info) {
    return (
      <Alert color="orange" variant="light" title="Fix the values first">
        {problem} The Review step lists every problem.
      </Alert>
    );
  }
  const accountProblem = account.name ? clientAccountProblem(account) : undefined;
  const section = (method: ConnectMethod) => {
    if (method.id === "kube-pod") {
      // The field says what is wrong with the account; the alert would say it twice.
      const shown = { ...method, warnings: method.warnings.filter((warning) => warning !== accountProblem) };
      const fields = <ClientAccountFields account={account} onChange={setAccount} engineNamespace={info.endpoints.namespace} />;
      return <MethodSection key={method.id} method={shown} fields={fields} />;
    }
    if (method.id === "tcp") {
      return (
        <MethodSection key={method.id} method={method}>
          <TcpFields daemonSet={info.endpoints.kind === "DaemonSet"} />
        </MethodSection>
      );
    }
    return <MethodSection key={method.id} method={method} />;
  };
  return (
    <Stack gap="md">
      <FormSection title="Dagger CLI in the jobs">
        <Group gap="xs">
          <Badge variant="light" size="lg" tt="none">
            {info.cli.version ? `dagger v${info.cli.version}` : "the engine's release"}
          </Badge>
          {/* The workload's name grows with the release's: on a phone the badge wraps, not cuts it off. */}
          <Badge variant="outline" size="lg" tt="none" radius="sm" maw="100%" h="auto" py={4} styles={{ label: { whiteSpace: "normal", overflowWrap: "anywhere" } }}>
            {info.endpoints.kind === "DaemonSet" ? `${info.endpoints.workload}: one engine per node` : `${info.endpoints.workload}: ${engines(info.endpoints.replicas ?? 0)}`}
          </Badge>
        </Group>
        <NotesText text={info.cli.text} copy={{ label: "Copy the install command", what: "Install command", next: "Run it in the job before dagger." }} />
      </FormSection>
      {info.methods.map(section)}
      <UnavailableList unavailable={info.unavailable} />
    </Stack>
  );
}
