// Reset to defaults asks first: it throws away every setting and the copy saved in this browser.
// The dialog's code loads when it is first opened.
import { Button } from "@mantine/core";
import { IconRestore } from "@tabler/icons-react";
import { lazy, Suspense, useState } from "react";

const ResetDialog = lazy(() => import("./ResetDialog"));

export function ResetButton() {
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button variant="default" leftSection={<IconRestore size={16} aria-hidden />} onClick={() => setOpened(true)}>
        Reset
      </Button>
      {opened && (
        <Suspense fallback={null}>
          <ResetDialog onClose={() => setOpened(false)} />
        </Suspense>
      )}
    </>
  );
}
