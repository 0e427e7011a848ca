// One verdict of the upgrade check: what `helm upgrade` does, the field behind it (with a link to
// the wizard's field for the value that causes it), and the way through, as commands to copy.
import { ActionIcon, Anchor, Badge, Code, Group, List, Stack, Text } from "@mantine/core";
import { IconCopy } from "@tabler/icons-react";
import { shown, type UpgradeVerdict, type VerdictCause, type VerdictSeverity, type WayThrough } from "../../src";
import { copyAndNotify } from "../export/copy-and-notify";
import { goToField } from "../steps/navigation";
import classes from "./upgrade.module.css";

const LOOKS: Record<VerdictSeverity, { label: string; color: string }> = {
  refused: { label: "Refused by the API server", color: "red" },
  "server-side-apply": { label: "Refused with server-side apply (Helm 4)", color: "red" },
  replaced: { label: "Workload replaced", color: "orange" },
  "cache-lost": { label: "Cache lost", color: "orange" },
  "engine-version": { label: "Engine version changes", color: "blue" },
  restart: { label: "Pods restart", color: "yellow" },
};

export function verdictLook(verdict: UpgradeVerdict, cacheKept: boolean): { label: string; color: string } {
  if (verdict.severity === "restart" && cacheKept) return { label: "Pods restart, cache kept", color: "teal" };
  return LOOKS[verdict.severity];
}

const copy = (what: string, text: string) =>
  copyAndNotify(text, { copied: `${what} copied`, message: "Run it where kubectl and helm reach the cluster.", failed: `Could not copy ${what}`, hint: "You can also select it above." });

function FieldLink({ path }: { path: string }) {
  return (
    <Anchor component="button" type="button" size="xs" onClick={() => goToField(path)} aria-label={`Go to the field ${path}`}>
      {path}
    </Anchor>
  );
}

function Cause({ cause }: { cause: VerdictCause }) {
  return (
    <Text size="xs" component="div">
      <Code>{cause.field}</Code>: {shown(cause.before)} → {shown(cause.after)}
      {cause.valuesPath && (
        <>
          {" "}
          (set by <FieldLink path={cause.valuesPath} />)
        </>
      )}
    </Text>
  );
}

function WayThroughView({ way }: { way: WayThrough }) {
  const all = way.steps.map((step) => step.command).join("\n");
  return (
    <Stack gap={4} mt={4} aria-label="The way through">
      <Text size="xs" fw={600}>
        Way through: {way.summary}
      </Text>
      <List type="ordered" size="xs" spacing={4}>
        {way.steps.map((step) => (
          <List.Item key={step.command}>
            <Group gap={4} wrap="nowrap" align="flex-start">
              <Code block className={classes.command}>
                {step.command}
              </Code>
              <ActionIcon variant="subtle" size="sm" onClick={() => void copy("The command", step.command)} aria-label={`Copy: ${step.command}`}>
                <IconCopy size={14} aria-hidden />
              </ActionIcon>
            </Group>
            <Text size="xs" c="dimmed">
              {step.why}
            </Text>
          </List.Item>
        ))}
      </List>
      {way.steps.length > 1 && (
        <Anchor component="button" type="button" size="xs" style={{ alignSelf: "flex-start" }} onClick={() => void copy("The commands", all)}>
          Copy all {way.steps.length} commands
        </Anchor>
      )}
      {way.notes.map((note) => (
        <Text size="xs" key={note}>
          {note}
        </Text>
      ))}
    </Stack>
  );
}

export function VerdictItem({ verdict, cacheKept }: { verdict: UpgradeVerdict; cacheKept: boolean }) {
  const look = verdictLook(verdict, cacheKept);
  const restart = verdict.severity === "restart";
  return (
    <li className={classes.verdict} style={{ borderLeftColor: `var(--mantine-color-${look.color}-filled)` }} aria-label={`${look.label}: ${verdict.kind} ${verdict.name}`}>
      <Group gap="xs" wrap="wrap">
        <Badge color={look.color} variant="light">
          {look.label}
        </Badge>
        <Text size="xs" fw={600}>
          {verdict.kind} {verdict.name}
        </Text>
      </Group>
      <Text size="sm" mt={4}>
        {verdict.message}
      </Text>
      <Stack gap={2} mt={4}>
        {restart || verdict.causes.length > 1 ? (
          verdict.causes.map((cause) => <Cause cause={cause} key={`${cause.field}:${cause.valuesPath ?? ""}`} />)
        ) : verdict.duplicateKey ? (
          <Text size="xs">
            <Code>{verdict.field}</Code>: {verdict.duplicateKey} given twice{verdict.valuesPath && <> (set by <FieldLink path={verdict.valuesPath} />)</>}
          </Text>
        ) : (
          <Cause cause={{ field: verdict.field, valuesPath: verdict.valuesPath, before: verdict.before, after: verdict.after }} />
        )}
      </Stack>
      {verdict.wayThrough && <WayThroughView way={verdict.wayThrough} />}
    </li>
  );
}
