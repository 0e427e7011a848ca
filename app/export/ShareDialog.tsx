// Loaded when Share is first pressed (AppHeader.tsx): the share link of the current state, the
// non-default values and the release in the URL hash.
import { Modal } from "@mantine/core";
import ShareLink from "./ShareLink";

export default function ShareDialog({ onClose }: { onClose: () => void }) {
  return (
    <Modal opened onClose={onClose} title="Share these settings" size="lg">
      <ShareLink />
    </Modal>
  );
}
