// Loaded with the Engine step's config section (ConfigSection.tsx): engine.json as fields, checked
// by the rules of the engine release the values run, with every problem listed and linked to its
// field, and the text itself below for anything the fields do not show.
import { Alert, Anchor, Badge, Group, List, Stack, Tabs, Text } from "@mantine/core";
import { IconAlertCircle } from "@tabler/icons-react";
import { useState } from "react";
import { CodeField } from "../../../fields/CodeField";
import { EngineJsonProvider, settingId, useEngineJson } from "./engine-json-state";
import { GcSettings } from "./GcSettings";
import { GeneralSettings } from "./GeneralSettings";
import { RegistrySettings } from "./RegistrySettings";

type TTab = "gc" | "registries" | "general";

/** The tab that shows a setting: engine.json's top-level key decides. */
function tabOf(path: string): TTab | undefined {
  const key = path.split(/[.[]/)[0];
  return key === "gc" ? "gc" : key === "registries" ? "registries" : key === "logLevel" || key === "security" ? "general" : undefined;
}

/** Focuses a problem's field, or the closest enclosing one (gc.policies[0].x → gc.policies[0] → gc), else the text. */
function focusSetting(path: string): void {
  let current = path;
  for (;;) {
    const element = document.getElementById(settingId(current));
    if (element) {
      element.scrollIntoView({ block: "center", behavior: "smooth" });
      const focusable = element.matches("input, textarea, button") ? element : element.querySelector<HTMLElement>("input, textarea, button");
      (focusable ?? element).focus({ preventScroll: true });
      return;
    }
    if (!current) return;
    const cut = Math.max(current.lastIndexOf("."), current.lastIndexOf("["));
    current = cut > 0 ? current.slice(0, cut) : "";
  }
}

function ProblemSummary({ onGo }: { onGo: (path: string) => void }) {
  const { problems } = useEngineJson();
  if (!problems.length) return null;
  const errors = problems.filter((problem) => problem.severity === "error").length;
  return (
    <Alert color={errors ? "red" : "orange"} variant="light" icon={<IconAlertCircle size={18} />} title={errors ? "The engine would refuse this engine.json" : "Check engine.json"} role="alert">
      <List size="sm" spacing={4}>
        {problems.map((problem, index) => (
          <List.Item key={index}>
            {problem.line ? `Line ${problem.line}: ` : ""}
            {problem.message}{" "}
            <Anchor component="button" type="button" size="sm" ta="left" onClick={() => onGo(problem.path)}>
              {problem.path ? `Go to ${problem.path}` : "Go to the text"}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

function VersionLine() {
  const { version, editable } = useEngineJson();
  return (
    <Stack gap={4}>
      <Text size="sm">
        Checked against engine{" "}
        <Badge variant="light" size="md" tt="none" component="span">
          {version.kind === "release" ? `v${version.version}` : "newest (the image names no release)"}
        </Badge>
        , the image chosen in the Release step: the engine refuses to start on a key it does not know.
      </Text>
      {!editable && (
        <Text size="sm" c="red">
          engine.json is not a JSON object, so the fields cannot change it: fix the text below first.
        </Text>
      )}
    </Stack>
  );
}

function TabLabel({ tab, children }: { tab: TTab; children: string }) {
  const { problems } = useEngineJson();
  const count = problems.filter((problem) => tabOf(problem.path) === tab).length;
  return (
    <Group gap={6} wrap="nowrap">
      {children}
      {count > 0 && (
        <Badge size="xs" color="red" circle aria-label={`${count} problem${count > 1 ? "s" : ""}`}>
          {count}
        </Badge>
      )}
    </Group>
  );
}

function Fields() {
  const [tab, setTab] = useState<TTab>("gc");
  const goTo = (path: string) => {
    const target = tabOf(path);
    if (target) setTab(target);
    // The tab's fields are there once it has rendered.
    requestAnimationFrame(() => focusSetting(path));
  };
  return (
    <Stack gap="md">
      <VersionLine />
      <ProblemSummary onGo={goTo} />
      <Tabs value={tab} onChange={(next) => next && setTab(next as TTab)} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="gc">
            <TabLabel tab="gc">Garbage collection</TabLabel>
          </Tabs.Tab>
          <Tabs.Tab value="registries">
            <TabLabel tab="registries">Registries</TabLabel>
          </Tabs.Tab>
          <Tabs.Tab value="general">
            <TabLabel tab="general">Logs and security</TabLabel>
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="gc" pt="sm">
          <GcSettings />
        </Tabs.Panel>
        <Tabs.Panel value="registries" pt="sm">
          <RegistrySettings />
        </Tabs.Panel>
        <Tabs.Panel value="general" pt="sm">
          <GeneralSettings />
        </Tabs.Panel>
      </Tabs>
      <CodeField path="engine.configJson" label="engine.json" language="json" height={180} description="The file itself: the fields above write here, and keys they do not show are kept as written." />
    </Stack>
  );
}

export default function EngineJsonForm() {
  return (
    <EngineJsonProvider>
      <Fields />
    </EngineJsonProvider>
  );
}
