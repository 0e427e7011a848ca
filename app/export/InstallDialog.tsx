// Install and GitOps: the Helm commands, a Flux HelmRelease and an Argo CD Application for this
// release, in a dialog whose content (and the code that writes those files) loads when it opens.
import { Loader, Modal } from "@mantine/core";
import { lazy, Suspense } from "react";

const InstallPanel = lazy(() => import("./InstallPanel"));

export function InstallDialog({ opened, onClose, minimal }: { opened: boolean; onClose: () => void; minimal: boolean }) {
  return (
    <Modal opened={opened} onClose={onClose} title="Install and GitOps" size="xl">
      {opened && (
        <Suspense fallback={<Loader size="sm" aria-label="Loading the install commands" />}>
          <InstallPanel minimal={minimal} />
        </Suspense>
      )}
    </Modal>
  );
}
