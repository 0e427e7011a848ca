// Loaded only through React.lazy (InstallDialog.tsx): one tab per way to install the release.
import { Tabs } from "@mantine/core";
import { GitOpsFile } from "./GitOpsFile";
import InstallCommands from "./InstallCommands";

export default function InstallPanel({ minimal }: { minimal: boolean }) {
  return (
    <Tabs defaultValue="helm" keepMounted={false}>
      <Tabs.List mb="sm">
        <Tabs.Tab value="helm">Helm</Tabs.Tab>
        <Tabs.Tab value="flux">Flux</Tabs.Tab>
        <Tabs.Tab value="argocd">Argo CD</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="helm">
        <InstallCommands />
      </Tabs.Panel>
      <Tabs.Panel value="flux">
        <GitOpsFile kind="flux" minimal={minimal} />
      </Tabs.Panel>
      <Tabs.Panel value="argocd">
        <GitOpsFile kind="argocd" minimal={minimal} />
      </Tabs.Panel>
    </Tabs>
  );
}
