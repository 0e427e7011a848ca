// Loaded when "Install and GitOps" is first pressed (ExportBar.tsx): the Helm commands, a Flux
// HelmRelease and an Argo CD Application for this release, in a dialog whose content (and the
// code that writes those files) loads when it opens.
import { Loader, Modal } from "@mantine/core";
import { lazy, Suspense } from "react";

const InstallPanel = lazy(() => import("./InstallPanel"));

export default function InstallDialog({ onClose, minimal }: { onClose: () => void; minimal: boolean }) {
  return (
    <Modal opened onClose={onClose} title="Install and GitOps" size="xl">
      <Suspense fallback={<Loader size="sm" role="status" aria-label="Loading the install commands" />}>
        <InstallPanel minimal={minimal} />
      </Suspense>
    </Modal>
  );
}
