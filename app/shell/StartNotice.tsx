// Why the wizard shows what it shows: a share link was opened, or could not be. A link opened
// over other settings offers them back here ("Restore your earlier settings"), after a reload
// too: the browser keeps them until they are taken back or the offer is dismissed.
import { Alert, Button } from "@mantine/core";
import { useState } from "react";
import { forgetSetAside, type TStartNotice } from "../form/start-state";
import { useWizard, useWizardStore } from "../form/use-wizard";

export function StartNotice() {
  const store = useWizardStore();
  const notice = useWizard((state) => state.notice);
  // The notice dismissed, not a flag: a link pasted later brings a new notice that shows again.
  const [dismissed, setDismissed] = useState<TStartNotice | undefined>(undefined);
  if (!notice || notice === dismissed) return null;
  const restore = notice.restore;
  return (
    <Alert
      color={notice.color}
      title={notice.title}
      withCloseButton
      closeButtonLabel="Dismiss"
      onClose={() => {
        if (notice.keptAs !== undefined) forgetSetAside(notice.keptAs);
        setDismissed(notice);
      }}
      role={notice.color === "red" ? "alert" : "status"}
      mb="md"
    >
      {notice.message}
      {restore && (
        <>
          {" "}
          <Button
            size="compact-sm"
            variant="light"
            onClick={() => {
              if (notice.keptAs !== undefined) forgetSetAside(notice.keptAs);
              store.reset(restore);
              store.setNotice({
                color: "blue",
                title: "Your earlier settings are back",
                message: "The settings from the share link were put aside; open the link again to see them.",
              });
            }}
          >
            Restore your earlier settings
          </Button>
        </>
      )}
    </Alert>
  );
}
