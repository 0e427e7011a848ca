// Loaded with the share dialog (ShareDialog.tsx): the link, what it leaves out, and a copy button.
import { Alert, Button, Group, Stack, Text, TextInput } from "@mantine/core";
import { IconLock } from "@tabler/icons-react";
import { use, useMemo } from "react";
import { shareLinkFor, syntaxErrorText } from "../../src";

// Only upgrade mode's link reads what runs (a YAML parser): its code loads when there is one.
let deployedLink: Promise<typeof import("../../src/share/deployed-link")> | undefined;
const loadDeployedLink = () => (deployedLink ??= import("../../src/share/deployed-link"));
import { useWizard } from "../form/use-wizard";
import { copyAndNotify } from "./copy-and-notify";

const COPY_NOTICE = {
  copied: "Share link copied",
  message: "Anyone with the link can open these settings.",
  failed: "Could not copy the share link",
  hint: "You can also select the link above and copy it.",
};

export default function ShareLink() {
  const release = useWizard((state) => state.release);
  const syntaxError = useWizard((state) => state.syntaxError);
  const lastGood = useWizard((state) => state.lastGood);
  const unknownKeys = lastGood?.unknownKeys ?? [];
  const deployed = useWizard((state) => state.deployed);
  const withDeployed = deployed ? use(loadDeployedLink()).shareLinkWithDeployed : undefined;
  const { link: made, deployed: carried } = useMemo(
    () => (withDeployed ? withDeployed(release, lastGood?.userValues ?? {}, deployed) : { link: shareLinkFor(release, lastGood?.userValues ?? {}), deployed: undefined }),
    [release, lastGood, deployed, withDeployed],
  );
  const base = `${window.location.origin}${window.location.pathname}${window.location.search}`;
  const link = made.ok ? `${base}#${made.hash}` : undefined;
  const tokenLeftOut = lastGood?.secret !== undefined;
  const alsoAt = made.ok && made.leftOut.length ? ` It is also left out where else it stood: ${made.leftOut.join(", ")}.` : "";

  return (
    <Stack gap="sm">
      <Text size="sm">
        Whoever opens this link gets this wizard with the same release, namespace and values. It holds only what differs from the chart defaults,
        in the part of the address after #, which browsers do not send to the server. Comments in your values.yaml are not part of it.
      </Text>
      {syntaxError && (
        <Alert color="red" variant="light" title="The link holds the last valid values">
          {syntaxErrorText(syntaxError)}. Fix it to share what you typed since.
        </Alert>
      )}
      {unknownKeys.length > 0 && (
        <Alert color="orange" variant="light" title="Keys the chart does not know are left out">
          {unknownKeys.map((key) => key.path).join(", ")}: the chart has no such values, so a link with them would not open.
        </Alert>
      )}
      {carried && (
        <Alert color={carried.carried ? "grape" : "yellow"} variant="light" title={carried.carried ? "What runs is in the link too" : "What runs is not in the link"}>
          {carried.carried
            ? "Upgrade mode's baseline (what runs) travels with the link: whoever opens it sees the same upgrade check in the changes tab."
            : `Upgrade mode's baseline stays out of this link: ${carried.reason}. Whoever opens it sees your settings; to compare, they paste what runs themselves (Compare with what runs, in the changes tab).`}
        </Alert>
      )}
      {link ? (
        <TextInput label="Share link" value={link} readOnly onFocus={(event) => event.currentTarget.select()} description={`${link.length} characters`} />
      ) : (
        <Alert color="red" variant="light" title="No share link for these settings" role="alert">
          {made.ok ? "" : `${made.reason.charAt(0).toUpperCase()}${made.reason.slice(1)}.`}
        </Alert>
      )}
      <Alert color={tokenLeftOut ? "yellow" : "gray"} variant="light" icon={<IconLock aria-hidden />} title="The magicache token is never in a link">
        {tokenLeftOut
          ? `Your magicache token is left out of this link (and is never saved in this browser).${alsoAt} Whoever opens the link must enter their own token, or use an existing Secret.`
          : "A magicache token, when you set one, is left out of links and is never saved in this browser."}
      </Alert>
      <Group justify="flex-end">
        <Button disabled={!link} onClick={() => link && void copyAndNotify(link, COPY_NOTICE)}>
          Copy share link
        </Button>
      </Group>
    </Stack>
  );
}
