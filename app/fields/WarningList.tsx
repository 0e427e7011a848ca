import { Alert, Stack } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useWarnings, type TWarningPath } from "./problems";

/** The wizard's warnings whose paths start with one of the prefixes, as alerts. */
export function WarningList({ prefixes }: { prefixes: TWarningPath[] }) {
  const warnings = useWarnings(...prefixes);
  if (!warnings.length) return null;
  return (
    <Stack gap="xs">
      {warnings.map((warning) => (
        <Alert key={`${warning.path}:${warning.message}`} color="orange" variant="light" icon={<IconAlertTriangle size={18} />} title="Check this" role="alert">
          {warning.message}
        </Alert>
      ))}
    </Stack>
  );
}
