// The share link of the current state: the non-default values and the release, in the URL hash.
// The link's code (compression, key codes) loads when the dialog first opens.
import { Loader, Modal } from "@mantine/core";
import { lazy, Suspense } from "react";

const ShareLink = lazy(() => import("./ShareLink"));

export function ShareDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title="Share these settings" size="lg">
      {opened && (
        <Suspense fallback={<Loader size="sm" aria-label="Loading the share link" />}>
          <ShareLink />
        </Suspense>
      )}
    </Modal>
  );
}
