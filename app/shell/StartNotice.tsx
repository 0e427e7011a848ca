// Why the wizard shows what it shows: a share link was opened, or could not be.
import { Alert } from "@mantine/core";
import { useState } from "react";
import { useWizard } from "../form/use-wizard";

export function StartNotice() {
  const notice = useWizard((state) => state.notice);
  const [shown, setShown] = useState(true);
  if (!notice || !shown) return null;
  return (
    <Alert
      color={notice.color}
      title={notice.title}
      withCloseButton
      closeButtonLabel="Dismiss"
      onClose={() => setShown(false)}
      role={notice.color === "red" ? "alert" : "status"}
      mb="md"
    >
      {notice.message}
    </Alert>
  );
}
